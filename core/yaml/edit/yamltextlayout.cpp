// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/edit/yamltextlayout_p.h"

namespace Lagoon {

YamlTextLayout::YamlTextLayout(const QByteArray &text, const YamlNode &root)
    : m_text(text)
{
    const qsizetype lf = text.indexOf('\n');
    m_crlf = lf > 0 && text.at(lf - 1) == '\r';
    // Style is learned from the first few hundred nodes: files are consistent, and this keeps an
    // edit of a huge file cheap.
    learnStyle(root, 400);
    if (m_step <= 0)
        m_step = 2;
    if (m_sequenceOffset >= 0)
        m_indentedSequences = m_sequenceOffset > 0;
}

void YamlTextLayout::learnStyle(const YamlNode &node, int depthBudget)
{
    if (depthBudget <= 0 || node.isAlias() || node.isFlow())
        return;
    if (node.isMap()) {
        const QList<YamlEntry> entries = node.entries();
        for (const YamlEntry &entry : entries) {
            if (--depthBudget <= 0)
                return;
            const YamlNode &value = entry.value;
            if (value.isAlias() || value.isFlow() || !entry.key.isValid())
                continue;
            const qsizetype keyStart = entry.key.range().start.offset;
            if (!onlySpacesBefore(keyStart) && dashBefore(keyStart) < 0)
                continue;
            const int keyColumn = column(keyStart);
            if (value.isMap() && value.size() > 0) {
                const int childColumn = column(value.range().start.offset);
                const int step = childColumn - keyColumn;
                if (step > 0 && (m_step <= 0 || step < m_step))
                    m_step = step;
            } else if (value.isSequence() && value.size() > 0 && m_sequenceOffset < 0) {
                const qsizetype dash = dashBefore(value.at(0).range().start.offset);
                if (dash >= 0 && onlySpacesBefore(dash))
                    m_sequenceOffset = column(dash) - keyColumn;
            }
            learnStyle(value, depthBudget / 2);
        }
    } else if (node.isSequence()) {
        const qsizetype n = qMin<qsizetype>(node.size(), 8);
        for (qsizetype i = 0; i < n; ++i)
            learnStyle(node.at(i), depthBudget / 2);
    }
}

qsizetype YamlTextLayout::lineStart(qsizetype offset) const
{
    offset = qBound<qsizetype>(0, offset, m_text.size());
    const qsizetype lf = offset > 0 ? m_text.lastIndexOf('\n', offset - 1) : -1;
    // A byte order mark is no indentation: the first line starts after it.
    if (lf < 0 && m_text.startsWith("\xEF\xBB\xBF") && offset >= 3)
        return 3;
    return lf + 1;
}

qsizetype YamlTextLayout::lineContentEnd(qsizetype offset) const
{
    const qsizetype lf = m_text.indexOf('\n', qMax<qsizetype>(0, offset));
    if (lf < 0)
        return m_text.size();
    return lf > 0 && m_text.at(lf - 1) == '\r' ? lf - 1 : lf;
}

qsizetype YamlTextLayout::nextLineStart(qsizetype offset) const
{
    const qsizetype lf = m_text.indexOf('\n', qMax<qsizetype>(0, offset));
    return lf < 0 ? m_text.size() : lf + 1;
}

bool YamlTextLayout::onlySpacesBefore(qsizetype offset) const
{
    for (qsizetype i = lineStart(offset); i < offset; ++i) {
        if (m_text.at(i) != ' ')
            return false;
    }
    return true;
}

qsizetype YamlTextLayout::skipSpaces(qsizetype offset) const
{
    const qsizetype end = lineContentEnd(offset);
    for (qsizetype i = offset; i < end; ++i) {
        if (m_text.at(i) != ' ' && m_text.at(i) != '\t')
            return i;
    }
    return -1;
}

qsizetype YamlTextLayout::endOfTrailing(qsizetype offset) const
{
    const qsizetype next = skipSpaces(offset);
    if (next < 0)
        return lineContentEnd(offset);
    if (m_text.at(next) == '#' && (next == 0 || m_text.at(next - 1) == ' ' || m_text.at(next - 1) == '\t'))
        return lineContentEnd(offset);
    return offset;
}

qsizetype YamlTextLayout::propertiesStart(qsizetype offset) const
{
    qsizetype i = offset;
    for (;;) {
        qsizetype j = i;
        while (j > 0 && (m_text.at(j - 1) == ' ' || m_text.at(j - 1) == '\t'))
            --j;
        qsizetype tokenStart = j;
        while (tokenStart > 0 && m_text.at(tokenStart - 1) != ' ' && m_text.at(tokenStart - 1) != '\t'
               && m_text.at(tokenStart - 1) != '\n')
            --tokenStart;
        if (tokenStart < j && (m_text.at(tokenStart) == '&' || m_text.at(tokenStart) == '!')) {
            i = tokenStart;
            continue;
        }
        return i;
    }
}

qsizetype YamlTextLayout::dashBefore(qsizetype itemStart) const
{
    qsizetype i = propertiesStart(itemStart);
    while (i > 0 && (m_text.at(i - 1) == ' ' || m_text.at(i - 1) == '\t'))
        --i;
    if (i > 0 && m_text.at(i - 1) == '-')
        return i - 1;
    // An empty item ("-" at the end of a line) starts right after its dash.
    if (i == itemStart && i > 0 && m_text.at(i - 1) == '-')
        return i - 1;
    return -1;
}

qsizetype YamlTextLayout::colonAfter(qsizetype keyEnd) const
{
    for (qsizetype i = keyEnd; i < m_text.size(); ++i) {
        const char c = m_text.at(i);
        if (c == ':')
            return i + 1;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return -1;
    }
    return -1;
}

} // namespace Lagoon
