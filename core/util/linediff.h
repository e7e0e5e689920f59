// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringList>

namespace Lagoon {

/** One line of a line-by-line comparison. */
struct DiffLine
{
    enum class Kind
    {
        Same,
        Removed, ///< only in the first text
        Added    ///< only in the second text
    };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; ///< 1-based; 0 for added lines
    int newLine = 0; ///< 1-based; 0 for removed lines
};

/**
 * A line diff of two texts (a longest common subsequence of lines), for showing the user what
 * another program changed in a file they are editing. The common start and end are matched
 * first, so the usual small edit costs little; a changed middle larger than `maxCells` line
 * pairs is shown as removed-then-added instead of being searched.
 */
class LineDiff final
{
public:
    static QList<DiffLine> compare(const QStringList &before, const QStringList &after, qsizetype maxCells = 16'000'000);
};

} // namespace Lagoon
