// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace Lagoon {

/** One step from the document root towards a line: a mapping key, or an item of a block list. */
struct YamlPathSegment
{
    QString key; ///< empty for a list item
    bool item = false;
};

/**
 * The parts of one line of block-style YAML, found by looking at that line alone. Offsets are
 * byte offsets into the whole text, columns count bytes from the line start (YAML indents with
 * spaces only, so they are columns too).
 */
struct YamlLine
{
    qsizetype start = 0;
    qsizetype end = 0;               ///< before "\n" (and a "\r" in front of it)
    bool blank = true;               ///< only spaces and/or a comment
    bool documentMarker = false;     ///< "---" or "..."
    QVarLengthArray<int, 4> markers; ///< columns of the "- " item markers, outermost first
    int contentColumn = 0;           ///< where the key or scalar after the markers starts
    qsizetype contentStart = 0;
    qsizetype contentEnd = 0; ///< end of the content without a trailing comment and spaces
    bool hasKey = false;
    qsizetype keyStart = 0; ///< the key as written, quotes included
    qsizetype keyEnd = 0;
    qsizetype keyTextStart = 0; ///< the key without quotes
    qsizetype keyTextEnd = 0;
    qsizetype colon = -1;
    qsizetype valueStart = 0; ///< the inline value as written (empty range when none)
    qsizetype valueEnd = 0;

    int firstColumn() const { return markers.isEmpty() ? contentColumn : markers.first(); }
    QString key(const QByteArray &text) const;
    /** The value starts a block scalar (`|`, `>-`, ...): the lines below belong to it. */
    bool opensBlockScalar(const QByteArray &text) const;

    static YamlLine parse(const QByteArray &text, qsizetype start, qsizetype end);
};

/**
 * What the cursor is on in a YAML text that is being typed and therefore often not valid YAML:
 * the key path of the cursor's line (from the less-indented `key:` lines and `- ` items above
 * it), whether the cursor is on a key or on a value, and the word it would replace.
 *
 * Found by scanning lines backwards from the cursor only until the root is reached, so the cost
 * is independent of the text after the cursor unless siblings are asked for.
 */
class YamlCursorContext final
{
public:
    enum class Position
    {
        None,  ///< in a comment, a block scalar, indentation, or after the value
        Key,   ///< where a mapping key (or a plain list item) is typed
        Value, ///< after `key: `
    };

    /** Also collect the keys and plain items next to the cursor's line (scans forward too). */
    enum class Siblings
    {
        Skip,
        Collect
    };

    static YamlCursorContext at(const QByteArray &text, qsizetype offset, Siblings siblings = Siblings::Skip);

    Position position = Position::None;
    /// The mapping (or list item) that holds the cursor line's content; ends with an item when
    /// the content follows a `- ` marker on the cursor line.
    QList<YamlPathSegment> path;
    YamlLine line;
    bool afterMarker = false;
    QString key;                ///< Value: the key on the line; Key: the word under the cursor
    QString typed;              ///< the text from replaceStart to the cursor
    qsizetype replaceStart = 0; ///< the word or value the cursor is in (quotes excluded)
    qsizetype replaceEnd = 0;
    bool colonFollows = false; ///< Key: the line already has `:` after the word
    bool quoted = false;       ///< the replaced text is inside quotes
    QStringList siblingKeys;   ///< other keys of the cursor's mapping (Siblings::Collect)
    QStringList siblingItems;  ///< plain scalars of the cursor's list (Siblings::Collect)

    bool isValid() const { return position != Position::None; }
    /** "environments.main.cronjobs[].schedule" style, for titles. */
    static QString pathText(const QList<YamlPathSegment> &path);
};

} // namespace Lagoon
