// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/logsplicer.h"

#include <algorithm>

namespace Lagoon {

namespace {

// Eight lines of a build log hardly repeat by chance (banners carry times, images their names).
constexpr qsizetype TailLines = 8;
// A stream that never lines up is dropped rather than held without bound.
constexpr qsizetype MaxHeldLines = 1'000'000;
constexpr qsizetype MinOverlap = 2;

} // namespace

QList<QByteArray> LogSplicer::take(const QList<QByteArray> &lines, bool fromStart)
{
    if (fromStart) {
        m_buffer.clear();
        m_aligning = m_count > 0;
    }
    if (!m_aligning) {
        remember(lines);
        return lines;
    }
    m_buffer += lines;
    const std::optional<qsizetype> from = align(m_buffer);
    if (!from) {
        if (m_buffer.size() > MaxHeldLines)
            m_buffer.clear();
        return {};
    }
    QList<QByteArray> fresh = m_buffer.mid(*from);
    m_buffer.clear();
    m_aligning = false;
    remember(fresh);
    return fresh;
}

bool LogSplicer::tailEndsAt(const QList<QByteArray> &lines, qsizetype end) const
{
    const qsizetype n = m_tail.size();
    if (end < n || end > lines.size())
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (lines.at(end - n + i) != m_tail.at(i))
            return false;
    }
    return true;
}

std::optional<qsizetype> LogSplicer::align(const QList<QByteArray> &lines) const
{
    if (m_tail.isEmpty())
        return 0;
    if (tailEndsAt(lines, m_count))
        return m_count;
    std::optional<qsizetype> best;
    for (qsizetype end = m_tail.size(); end <= lines.size(); ++end) {
        if (tailEndsAt(lines, end) && (!best || qAbs(end - m_count) < qAbs(*best - m_count)))
            best = end;
    }
    if (best)
        return best;
    // A stream that starts from a short tail overlaps the log by fewer lines than the tail kept
    // here: its first lines are then the log's last ones. The longest such overlap wins; one
    // line alone could be a blank line repeating by chance, so two are needed.
    for (qsizetype overlap = qMin(m_tail.size() - 1, lines.size()); overlap >= MinOverlap; --overlap) {
        if (std::equal(lines.cbegin(), lines.cbegin() + overlap, m_tail.cend() - overlap))
            return overlap;
    }
    return std::nullopt;
}

void LogSplicer::remember(const QList<QByteArray> &appended)
{
    m_count += appended.size();
    m_tail += appended.mid(qMax<qsizetype>(0, appended.size() - TailLines));
    if (m_tail.size() > TailLines)
        m_tail.remove(0, m_tail.size() - TailLines);
}

} // namespace Lagoon
