// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <algorithm>

#include "core/yaml/yamllineindex_p.h"

namespace Lagoon {

namespace {

// UTF-16 units a byte contributes: lead bytes count, 4-byte sequences need a surrogate pair,
// continuation bytes count nothing. Works at any byte boundary, so prefix sums can be sampled.
int utf16Weight(unsigned char b)
{
    if ((b & 0xC0) == 0x80)
        return 0;
    return b >= 0xF0 && b < 0xF8 ? 2 : 1;
}

} // namespace

YamlLineIndex::YamlLineIndex(const QByteArray &text) : m_text(text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        m_bom = 3;
    m_lineStarts.push_back(m_bom);
    const char *data = text.constData();
    const qsizetype size = text.size();
    bool ascii = true;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\n')
            m_lineStarts.push_back(i + 1);
        else if (static_cast<unsigned char>(data[i]) >= 0x80)
            ascii = false;
    }
    if (ascii)
        return;
    m_units.reserve(size_t(size / Block + 1));
    qsizetype units = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (i % Block == 0)
            m_units.push_back(units);
        units += utf16Weight(static_cast<unsigned char>(data[i]));
    }
    if (size % Block == 0)
        m_units.push_back(units);
}

qsizetype YamlLineIndex::unitsBefore(qsizetype offset) const
{
    if (m_units.empty())
        return offset;
    const qsizetype block = offset / Block;
    qsizetype units = m_units[size_t(block)];
    const char *data = m_text.constData();
    for (qsizetype i = block * Block; i < offset; ++i)
        units += utf16Weight(static_cast<unsigned char>(data[i]));
    return units;
}

size_t YamlLineIndex::lineIndexOf(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return it == m_lineStarts.begin() ? 0 : size_t(it - m_lineStarts.begin() - 1);
}

qsizetype YamlLineIndex::lineStartOf(qsizetype offset) const
{
    if (m_lineStarts.empty())
        return 0;
    return m_lineStarts[lineIndexOf(offset)];
}

Yaml::Position YamlLineIndex::position(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    if (m_lineStarts.empty())
        return {1, 1, offset};
    const size_t line = lineIndexOf(offset);
    const qsizetype start = m_lineStarts[line];
    // Inside the BOM: it is not a column of its own.
    const qsizetype column = offset < start ? 0 : unitsBefore(offset) - unitsBefore(start);
    return {int(line + 1), int(column + 1), offset};
}

} // namespace Lagoon
