// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "tests/bench/benchmeasure.h"

namespace Lagoon {

/** A budget as architecture.md states them: a ratio to a baseline and a speedup over a competitor. */
struct BenchBudget
{
    double maxRatio = 0;   ///< median / baseline median must stay at or below this (0: no such budget)
    double minSpeedup = 0; ///< competitor median / median must reach this (0: no such budget)
};

/** One line of a benchmark's table. */
struct BenchRow
{
    QString id;    ///< stable, for JSON reports
    QString label; ///< for people
    BenchSummary summary;
    QString baseline;      ///< id of the row the ratio is taken against; empty: no ratio
    QString competitor;    ///< id of the slower tool the speedup is taken against; empty: none
    bool judged = false;   ///< show budget verdicts for this row
    bool budgeted = false; ///< the row the budget is about; other judged rows are for reference
};

/**
 * Rows of contenders and the ratios between them, printed as a fixed-width table and as JSON.
 * Verdicts are information for people: nothing here fails a run.
 */
class BenchReport final
{
public:
    explicit BenchReport(BenchBudget budget);

    void add(const BenchRow &row);
    const BenchRow *row(const QString &id) const;
    const QList<BenchRow> &rows() const { return m_rows; }

    /** Median over the baseline's median; 0 when the row has no baseline or it was not measured. */
    double ratio(const BenchRow &row) const;
    double ratioByMin(const BenchRow &row) const;
    double cpuRatio(const BenchRow &row) const;
    /** The competitor's median over this row's median; 0 when there is none. */
    double speedup(const BenchRow &row) const;
    /** The same with user CPU times (the competitor's children's CPU time for a subprocess). */
    double cpuSpeedup(const BenchRow &row) const;
    /** Whether the row meets each half of the budget; nullopt when it cannot be judged. */
    std::optional<bool> withinRatio(const BenchRow &row) const;
    std::optional<bool> withinSpeedup(const BenchRow &row) const;

    QStringList table() const;
    QJsonArray toJson() const;

    static QString ratioText(double ratio);

private:
    BenchBudget m_budget;
    QList<BenchRow> m_rows;
};

} // namespace Lagoon
