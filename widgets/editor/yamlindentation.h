// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace Lagoon {

/**
 * The indentation decisions of the YAML text editor, as plain text logic so they can be tested
 * without a widget. Columns count QChars; indentation is spaces only, because YAML forbids tabs
 * in indentation, so nothing here ever produces a tab.
 */
class YamlIndentation final
{
public:
    /** The step used when a document gives no hint (empty, or everything at one level). */
    static constexpr int DefaultStep = 2;

    /**
     * The document's indentation step: the smallest positive difference in indentation between
     * consecutive non-blank, non-comment lines, so a file written with 4 spaces keeps getting 4.
     * Returns DefaultStep when there is no such pair; never more than 8.
     */
    static int detectStep(QStringView text);

    /** Number of leading spaces of `line`. */
    static int indentOf(QStringView line);

    /** True when `line` holds nothing but spaces and tabs. */
    static bool isBlank(QStringView line);

    /**
     * Where the comment of `line` starts, or -1. A `#` starts a comment only at the start of the
     * line or after whitespace, and never inside a quoted scalar (`"a # b"`, `'it''s # x'`).
     */
    static qsizetype commentStart(QStringView line);

    /**
     * The column the next line should start at when Enter is pressed with `lineBeforeCursor` to
     * the left of the cursor:
     * - the same indentation as the line, by default;
     * - one step deeper after a line ending in `:` (a mapping that opens a block) or in a block
     *   scalar indicator (`|`, `>-`, `|2`...), measured from the key, so `- run:` opens its block
     *   under `run` plus a step;
     * - the column of the key after `- key: value`, so the next key belongs to the same list item.
     * Trailing comments and spaces are ignored.
     */
    static int indentAfter(QStringView lineBeforeCursor, int step);

    /** The next indentation stop right of `column` (what Tab moves to). */
    static int nextStop(int column, int step);

    /** The previous indentation stop left of `column`, never below 0 (what Backspace in leading spaces moves to). */
    static int previousStop(int column, int step);

    /** `line` with its leading spaces reduced by up to one step, to the previous stop (Shift+Tab). */
    static QString dedented(const QString &line, int step);

private:
    /** Column where the content of `line` starts after leading spaces and any `- ` list markers. */
    static int contentColumn(QStringView line);
};

} // namespace Lagoon
