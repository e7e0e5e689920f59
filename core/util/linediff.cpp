// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/util/linediff.h"

#include <vector>

namespace Lagoon {

QList<DiffLine> LineDiff::compare(const QStringList &before, const QStringList &after, qsizetype maxCells)
{
    QList<DiffLine> out;
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before.at(head) == after.at(head)) {
        out.append({DiffLine::Kind::Same, before.at(head), int(head + 1), int(head + 1)});
        ++head;
    }
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;

    const qsizetype n = before.size() - head - tail;
    const qsizetype m = after.size() - head - tail;
    if (n * m > maxCells) {
        for (qsizetype i = 0; i < n; ++i)
            out.append({DiffLine::Kind::Removed, before.at(head + i), int(head + i + 1), 0});
        for (qsizetype j = 0; j < m; ++j)
            out.append({DiffLine::Kind::Added, after.at(head + j), 0, int(head + j + 1)});
    } else {
        // lcs[i][j]: the longest common subsequence of before[i..] and after[j..] (middle part).
        std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> quint32 & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                at(i, j) = before.at(head + i) == after.at(head + j) ? at(i + 1, j + 1) + 1
                                                                     : qMax(at(i + 1, j), at(i, j + 1));
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.at(head + i) == after.at(head + j)) {
                out.append({DiffLine::Kind::Same, before.at(head + i), int(head + i + 1), int(head + j + 1)});
                ++i;
                ++j;
            } else if (j < m && (i == n || at(i, j + 1) > at(i + 1, j))) {
                out.append({DiffLine::Kind::Added, after.at(head + j), 0, int(head + j + 1)});
                ++j;
            } else {
                out.append({DiffLine::Kind::Removed, before.at(head + i), int(head + i + 1), 0});
                ++i;
            }
        }
    }
    for (qsizetype k = tail; k > 0; --k) {
        const qsizetype oi = before.size() - k;
        const qsizetype ni = after.size() - k;
        out.append({DiffLine::Kind::Same, before.at(oi), int(oi + 1), int(ni + 1)});
    }
    return out;
}

} // namespace Lagoon
