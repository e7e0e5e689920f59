// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/rollout/logrowmap.h"

#include <algorithm>

namespace Lagoon {

void LogRowMap::setSections(const QList<LogSection> &sections)
{
    QList<Entry> entries;
    entries.reserve(sections.size());
    for (const LogSection &s : sections) {
        if (s.firstLine >= 0 && s.lineCount > 0)
            entries.append({s, false});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.section.firstLine < b.section.firstLine; });
    // A producer may log for another step inside a step's range: the later start wins the lines.
    QList<Entry> clipped;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Entry e = entries.at(i);
        if (!clipped.isEmpty() && clipped.last().section.firstLine == e.section.firstLine)
            continue;
        if (i + 1 < entries.size())
            e.section.lineCount =
                std::min(e.section.lineCount, entries.at(i + 1).section.firstLine - e.section.firstLine);
        if (e.section.lineCount > 0)
            clipped.append(e);
    }
    for (Entry &e : clipped) {
        const auto old = std::find_if(m_sections.cbegin(), m_sections.cend(),
                                      [&e](const Entry &o) { return o.section.firstLine == e.section.firstLine; });
        e.folded = old != m_sections.cend() && old->folded;
    }
    m_sections = std::move(clipped);
    recount();
}

void LogRowMap::setLineCount(qsizetype lineCount)
{
    m_lineCount = lineCount;
    recount();
}

qsizetype LogRowMap::sectionLength(int index) const
{
    const LogSection &s = m_sections.at(index).section;
    return std::clamp(m_lineCount - s.firstLine, qsizetype(0), s.lineCount);
}

void LogRowMap::setFolded(int index, bool folded)
{
    if (index < 0 || index >= sectionCount() || m_sections.at(index).folded == folded)
        return;
    m_sections[index].folded = folded;
    recount();
}

void LogRowMap::setAllFolded(bool folded)
{
    for (Entry &e : m_sections)
        e.folded = folded;
    recount();
}

bool LogRowMap::anyFolded() const
{
    return std::any_of(m_sections.cbegin(), m_sections.cend(), [](const Entry &e) { return e.folded; });
}

void LogRowMap::recount()
{
    m_hidden.resize(m_sections.size() + 1);
    m_hidden[0] = 0;
    for (int i = 0; i < sectionCount(); ++i) {
        const qsizetype length = sectionLength(i);
        m_hidden[i + 1] = m_hidden.at(i) + (m_sections.at(i).folded && length > 0 ? length - 1 : 0);
    }
}

int LogRowMap::lastStartingAtOrBefore(qsizetype line) const
{
    const auto it = std::upper_bound(m_sections.cbegin(), m_sections.cend(), line,
                                     [](qsizetype l, const Entry &e) { return l < e.section.firstLine; });
    return static_cast<int>(it - m_sections.cbegin()) - 1;
}

int LogRowMap::sectionOf(qsizetype line) const
{
    const int i = lastStartingAtOrBefore(line);
    if (i < 0 || line >= m_sections.at(i).section.firstLine + m_sections.at(i).section.lineCount)
        return -1;
    return i;
}

qsizetype LogRowMap::rowCount() const
{
    return m_lineCount - m_hidden.last();
}

qsizetype LogRowMap::rowOfLine(qsizetype line) const
{
    const int i = lastStartingAtOrBefore(line);
    if (i >= 0 && m_sections.at(i).folded && line < m_sections.at(i).section.firstLine + sectionLength(i))
        return m_sections.at(i).section.firstLine - m_hidden.at(i);
    return line - m_hidden.at(i + 1);
}

LogRowMap::Row LogRowMap::rowAt(qsizetype row) const
{
    // Section starts in rows grow strictly, since sections never overlap: binary search them.
    int lo = 0;
    int hi = sectionCount();
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_sections.at(mid).section.firstLine - m_hidden.at(mid) <= row)
            lo = mid + 1;
        else
            hi = mid;
    }
    const int i = lo - 1;
    if (i >= 0 && m_sections.at(i).folded && sectionLength(i) > 0 &&
        row == m_sections.at(i).section.firstLine - m_hidden.at(i))
        return {m_sections.at(i).section.firstLine, i, true};
    const qsizetype line = row + m_hidden.at(i + 1);
    return {line, sectionOf(line), false};
}

} // namespace Lagoon
