// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>

#include "core/yaml/yamllineindex_p.h"

namespace Lagoon {

/**
 * Lexical questions about a YAML text that yaml-cpp's events do not answer: where a token ends
 * (yaml-cpp reports only where nodes start) and cheap whole-text checks. The token rules mirror
 * yaml-cpp 0.7's scanner (scanscalar.cpp, scantoken.cpp) so that ranges agree with what it parsed;
 * they assume text yaml-cpp accepted, and every answer stays inside the text whatever the input.
 * Columns here are yaml-cpp's: bytes from the start of the line.
 */
class YamlSourceScanner final
{
public:
    YamlSourceScanner(const QByteArray &text, const YamlLineIndex &lines);

    qsizetype size() const { return m_size; }
    /** The byte at `p`, or 0 past the end (texts with NUL bytes are never scanned). */
    char at(qsizetype p) const { return p >= 0 && p < m_size ? m_data[p] : '\0'; }
    int byteColumn(qsizetype p) const { return int(p - m_lines.lineStartOf(p)); }

    /** Length of the line break at `p` ("\n" or "\r\n"), 0 if there is none. */
    int breakLength(qsizetype p) const;
    bool isBlank(qsizetype p) const { return at(p) == ' ' || at(p) == '\t'; }
    /** Past spaces and tabs. */
    qsizetype skipBlanks(qsizetype p) const;
    /** Past spaces, tabs, line breaks and comments: what yaml-cpp skips between tokens. */
    qsizetype skipSeparation(qsizetype p) const;

    struct Properties
    {
        qsizetype end = 0;          ///< just after the last property
        qsizetype contentStart = 0; ///< where the node's content starts
        int count = 0;
        bool tag = false;      ///< one of them is a tag
        qsizetype anchor = -1; ///< where the `&` of an anchor is
    };
    /** Skips at most `maxCount` properties (`&anchor`, `!tag`) starting at `p`. */
    Properties skipProperties(qsizetype p, int maxCount) const;
    /**
     * Whether yaml-cpp, in block context, may start a simple key at `p`: at the start of a line,
     * after `- `, `? ` or a `: ` that begins its line, with no tab in between. A property there
     * opens an indentation level of its own, which changes where a plain scalar after it ends.
     */
    bool simpleKeyAllowedAt(qsizetype p) const;
    /** End of an anchor or alias name that starts at `p` (after `&` or `*`). */
    qsizetype anchorNameEnd(qsizetype p) const;

    /**
     * End of the plain scalar starting at `start` (trailing blanks and comments excluded).
     * `indent` is yaml-cpp's: 0 in flow context, else the enclosing block collection's column + 1.
     * Continuation lines at or after `bound` (where the next node starts) are never included.
     */
    qsizetype plainScalarEnd(qsizetype start, bool flow, int indent, qsizetype bound) const;
    /**
     * End of the quoted scalar whose quote is at `start` (the closing quote included), or -1 if
     * the text ends first: yaml-cpp accepts that when the text ends with a line break.
     */
    qsizetype quotedScalarEnd(qsizetype start) const;
    /** End of the block scalar whose `|`/`>` is at `start`: its last non-empty line, break excluded. */
    qsizetype blockScalarEnd(qsizetype start, int parentIndent) const;
    /** True if the block scalar at `start` keeps trailing line breaks (`|+`, `>+`). */
    bool blockScalarKeeps(qsizetype start) const;
    /** Length of the null token (`~`, `null`, `Null`, `NULL`) at `p`, 0 if there is none. */
    qsizetype nullTokenLength(qsizetype p, bool flow, int indent, qsizetype bound) const;
    /** Position of the closing `close` bracket of a flow collection whose last child ends at `p`, or -1. */
    qsizetype closingBracket(qsizetype p, char close) const;

    struct PreScan
    {
        qsizetype tooDeepAt = -1; ///< the bracket that nests flow collections deeper than allowed
        qsizetype tooManyAt = -1; ///< the flow entry that makes more nodes than allowed
        /// `&` and `*` where a node may start: outside quotes, comments, block and plain scalars.
        QList<qsizetype> properties;
    };
    /**
     * A linear pass over the whole text that finds flow nesting and flow entries beyond the
     * limits before yaml-cpp sees them: yaml-cpp queues every token of a line that starts a flow
     * collection before parsing any of it, so one 20 MiB line of `[` would cost gigabytes.
     * Approximate on purpose: it may miss nesting (yaml-cpp's own guards still apply), but
     * counts only brackets that open a collection, so it does not report what is not there.
     */
    PreScan preScan(int maxDepth, qsizetype maxEntries) const;

    /** Offsets of the first tab in the indentation of each line that has one before content. */
    QList<qsizetype> tabIndentations() const;

private:
    bool endsPlain(qsizetype p, bool flow) const;
    bool isDocumentIndicator(qsizetype p) const;
    bool isBlankOrBreakOrEnd(qsizetype p) const;
    qsizetype tagEnd(qsizetype p) const;
    qsizetype skipLine(qsizetype p) const;

    const char *m_data = nullptr;
    qsizetype m_size = 0;
    const YamlLineIndex &m_lines;
};

} // namespace Lagoon
