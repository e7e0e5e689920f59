// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Lagoon {

/** What one budget row found in its benchmark's JSON. */
struct BudgetFigures
{
    double measured = 0;
    double baseline = 0;
    double ratio = 0;      ///< measured / baseline, or baseline / measured for a speedup
    QString measuredText;  ///< for people, with units
    QString baselineText;  ///< the baseline the benchmark ran beside it, with units
    QString missing;       ///< non-empty: the JSON lacks the figures, and this says why
};

/**
 * One line of the report: a budget of shared/design/architecture.md ("## Budgets"), where its
 * limit is, and how to read the figures from its benchmark's JSON file. The limits live here and
 * nowhere else in the report tool; architectureWhat/architectureLimit quote the document so the
 * tool can tell when the document and this table drift apart.
 */
struct BudgetLine
{
    enum class Kind
    {
        MaxRatio,   ///< ratio ≤ limit
        MinSpeedup, ///< ratio (baseline / measured) ≥ limit
        MaxMs,      ///< measured ≤ limit, in milliseconds
        MaxBytes    ///< measured ≤ limit, in bytes
    };

    QString id;
    QString label;
    QString bench;             ///< the benchmark program; its JSON file is <bench>.json
    Kind kind = Kind::MaxRatio;
    double limit = 0;
    QString architectureWhat;  ///< the start of the budget's "what" cell in architecture.md
    QString architectureLimit; ///< text its "budget" cell must contain
    std::function<BudgetFigures(const QJsonObject &)> read;

    QString limitText() const;
    /** Whether the figures are inside the budget; nullopt when they are missing. */
    std::optional<bool> inside(const BudgetFigures &figures) const;
    QString ratioText(const BudgetFigures &figures) const;

    /** Every budget of architecture.md, in the document's order. */
    static QList<BudgetLine> all();
};

} // namespace Lagoon
