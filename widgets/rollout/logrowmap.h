// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

#include "widgets/common/badge.h"

namespace Lagoon {

/** A foldable run of log lines, e.g. one rollout step. */
struct LogSection
{
    qsizetype firstLine = 0;
    qsizetype lineCount = 0;
    QString title;
    /** How the section ended, for its header's colour. */
    Badge::Tone tone = Badge::Tone::Neutral;
    /** A line to mark in the tone, the one saying why a step failed or warned; -1 for none. */
    qsizetype markLine = -1;
};

/**
 * Maps a log's lines onto the rows a view shows when some sections are folded: a folded section
 * takes one header row. Prefix sums run over sections, not lines, so a million-line log with a
 * few dozen sections maps rows and lines in O(log sections) and refolds in O(sections).
 */
class LogRowMap final
{
public:
    struct Row
    {
        qsizetype line = -1;
        /** The section the row belongs to, or -1. */
        int section = -1;
        /** The one row of a folded section. */
        bool header = false;
    };

    /**
     * Replaces the sections (any order; overlapping ones are clipped at the next one's start).
     * Sections starting on the same line as before keep their folded state.
     */
    void setSections(const QList<LogSection> &sections);
    void setLineCount(qsizetype lineCount);
    qsizetype lineCount() const { return m_lineCount; }

    int sectionCount() const { return static_cast<int>(m_sections.size()); }
    const LogSection &section(int index) const { return m_sections.at(index).section; }
    /** The lines the section holds among those known (it may extend past the log's end while it streams). */
    qsizetype sectionLength(int index) const;
    /** The section holding `line`, or -1. */
    int sectionOf(qsizetype line) const;
    bool isFolded(int index) const { return m_sections.at(index).folded; }
    void setFolded(int index, bool folded);
    void setAllFolded(bool folded);
    bool anyFolded() const;

    qsizetype rowCount() const;
    /** The row showing `line` (a folded section's header for its lines). */
    qsizetype rowOfLine(qsizetype line) const;
    Row rowAt(qsizetype row) const;

private:
    struct Entry
    {
        LogSection section;
        bool folded = false;
    };
    void recount();
    /** The last section starting at or before `line`, or -1. */
    int lastStartingAtOrBefore(qsizetype line) const;

    QList<Entry> m_sections;
    /** m_hidden[i]: lines hidden by the folded sections before section i; one more entry than sections. */
    QList<qsizetype> m_hidden{0};
    qsizetype m_lineCount = 0;
};

} // namespace Lagoon
