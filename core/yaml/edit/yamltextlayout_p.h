// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include "core/yaml/yamlnode.h"

namespace Lagoon {

/**
 * Line-level facts about a YAML text that the editor needs to place a patch: where lines start
 * and end, what follows a node on its line, and the writing style the file already uses
 * (indentation step, whether block sequences under a key are indented, LF or CRLF).
 * All positions are byte offsets.
 */
class YamlTextLayout final
{
public:
    YamlTextLayout(const QByteArray &text, const YamlNode &root);

    const QByteArray &text() const { return m_text; }
    qsizetype size() const { return m_text.size(); }

    qsizetype lineStart(qsizetype offset) const;
    /** The end of the line's content: before its "\n" or "\r\n". */
    qsizetype lineContentEnd(qsizetype offset) const;
    /** Just after the line's break; size() on the last line without one. */
    qsizetype nextLineStart(qsizetype offset) const;
    int column(qsizetype offset) const { return int(offset - lineStart(offset)); }
    bool onlySpacesBefore(qsizetype offset) const;
    /** lineContentEnd() when only spaces or a comment follow `offset` on its line, else `offset`. */
    qsizetype endOfTrailing(qsizetype offset) const;
    /** The first non-space byte at or after `offset` on the same line, or -1. */
    qsizetype skipSpaces(qsizetype offset) const;
    /**
     * The start of a node with its properties: moves back from `offset` over spaces and `&anchor`
     * / `!tag` tokens.
     */
    qsizetype propertiesStart(qsizetype offset) const;
    /** The `-` introducing the block sequence item that starts at `itemStart`, or -1. */
    qsizetype dashBefore(qsizetype itemStart) const;
    /** Just after the `:` that follows a key ending at `keyEnd`, or -1. */
    qsizetype colonAfter(qsizetype keyEnd) const;

    QByteArray lineBreak() const { return m_crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"); }
    int indentStep() const { return m_step; }
    bool indentedSequences() const { return m_indentedSequences; }

private:
    void learnStyle(const YamlNode &node, int depthBudget);

    QByteArray m_text;
    bool m_crlf = false;
    int m_step = 0;
    int m_sequenceOffset = -1;
    bool m_indentedSequences = true;
};

} // namespace Lagoon
