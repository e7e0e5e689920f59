// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include "widgets/editor/editorcolors.h"

namespace Lagoon {

/**
 * A small YAML highlighter for builds without KSyntaxHighlighting (Debian 12 has no KF6).
 *
 * It knows what a person editing `.lagoon.yml` or a compose file needs to see: keys, comments
 * (a `#` only at line start or after whitespace, never inside quotes), quoted strings, anchors and
 * aliases, tags, numbers/booleans/null, document markers, list dashes, and block scalars, whose
 * content lines are coloured as a string by carrying the key's indentation in the block state.
 */
class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlHighlighter)

public:
    enum class Style
    {
        Key,
        String,
        Number,
        Comment,
        Anchor,
        Tag,
        Punctuation,
        DocumentMarker,
    };

    YamlHighlighter(QTextDocument *document, const EditorColors &colors);

    /** Re-colours everything, e.g. after the palette switched between light and dark. */
    void setColors(const EditorColors &colors);

    QTextCharFormat styleFormat(Style style) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State
    {
        Normal = -1,
        InDoubleQuoted = 1,
        InSingleQuoted = 2,
        // States from here on mean "inside a block scalar whose parent sits at column state - BlockScalarBase".
        BlockScalarBase = 100,
    };

    int scanValue(const QString &text, int from, int parentIndent);
    int scanQuoted(const QString &text, int from, QChar quote) const;
    int keyEnd(const QString &text, int from, int *colon) const;
    void formatAs(int start, int length, Style style);

    EditorColors m_colors;
};

} // namespace Lagoon
