// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/benchreport.h"

#include <QJsonObject>

namespace Lagoon {

namespace {

using namespace Qt::Literals::StringLiterals;

double quotient(double a, double b)
{
    return a > 0 && b > 0 ? a / b : 0;
}

QString milliseconds(double value)
{
    return QString::number(value, 'f', value >= 100 ? 0 : 1);
}

QString yesNo(std::optional<bool> value)
{
    return !value ? u"n/a"_s : *value ? u"yes"_s : u"NO"_s;
}

} // namespace

BenchReport::BenchReport(BenchBudget budget) : m_budget(budget)
{
}

void BenchReport::add(const BenchRow &row)
{
    m_rows.append(row);
}

const BenchRow *BenchReport::row(const QString &id) const
{
    for (const BenchRow &r : m_rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

double BenchReport::ratio(const BenchRow &row) const
{
    const BenchRow *base = row.baseline.isEmpty() ? nullptr : this->row(row.baseline);
    return base ? quotient(row.summary.medianMs, base->summary.medianMs) : 0;
}

double BenchReport::ratioByMin(const BenchRow &row) const
{
    const BenchRow *base = row.baseline.isEmpty() ? nullptr : this->row(row.baseline);
    return base ? quotient(row.summary.minMs, base->summary.minMs) : 0;
}

double BenchReport::cpuRatio(const BenchRow &row) const
{
    const BenchRow *base = row.baseline.isEmpty() ? nullptr : this->row(row.baseline);
    return base ? quotient(row.summary.userCpuMedianMs, base->summary.userCpuMedianMs) : 0;
}

double BenchReport::speedup(const BenchRow &row) const
{
    const BenchRow *other = row.competitor.isEmpty() ? nullptr : this->row(row.competitor);
    return other ? quotient(other->summary.medianMs, row.summary.medianMs) : 0;
}

double BenchReport::cpuSpeedup(const BenchRow &row) const
{
    const BenchRow *other = row.competitor.isEmpty() ? nullptr : this->row(row.competitor);
    return other ? quotient(other->summary.userCpuMedianMs, row.summary.userCpuMedianMs) : 0;
}

std::optional<bool> BenchReport::withinRatio(const BenchRow &row) const
{
    const double r = ratio(row);
    if (m_budget.maxRatio <= 0 || r <= 0)
        return std::nullopt;
    return r <= m_budget.maxRatio;
}

std::optional<bool> BenchReport::withinSpeedup(const BenchRow &row) const
{
    const double s = speedup(row);
    if (m_budget.minSpeedup <= 0 || s <= 0)
        return std::nullopt;
    return s >= m_budget.minSpeedup;
}

QString BenchReport::ratioText(double ratio)
{
    return ratio > 0 ? QString::number(ratio, 'f', ratio >= 10 ? 1 : 2) + u'x' : QString();
}

QStringList BenchReport::table() const
{
    qsizetype labelWidth = 9;
    for (const BenchRow &r : m_rows)
        labelWidth = qMax(labelWidth, r.label.size());
    // A budget that is only a ratio (bench_stack's) has no speedup half to judge.
    const bool speedupBudget = m_budget.minSpeedup > 0;
    const QString budget = speedupBudget ? u"budget %1x / %2x"_s.arg(m_budget.maxRatio).arg(m_budget.minSpeedup)
                                         : u"budget %1x"_s.arg(m_budget.maxRatio);
    QStringList lines;
    lines << u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10"_s.arg(u"contender"_s, -int(labelWidth))
                 .arg(u"runs"_s, 4)
                 .arg(u"median ms"_s, 9)
                 .arg(u"min ms"_s, 8)
                 .arg(u"p95 ms"_s, 8)
                 .arg(u"cpu ms"_s, 8)
                 .arg(u"x base"_s, 7)
                 .arg(u"by min"_s, 7)
                 .arg(u"speedup"_s, 8)
                 .arg(budget);
    lines << QString(lines.first().size(), u'-');
    for (const BenchRow &r : m_rows) {
        const BenchSummary &s = r.summary;
        QString verdict;
        if (r.judged) {
            verdict = yesNo(withinRatio(r));
            if (speedupBudget)
                verdict += u" / "_s + yesNo(withinSpeedup(r));
            if (!r.budgeted)
                verdict += u" (ref)"_s;
        }
        lines << u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10"_s.arg(r.label, -int(labelWidth))
                     .arg(s.runs, 4)
                     .arg(milliseconds(s.medianMs), 9)
                     .arg(milliseconds(s.minMs), 8)
                     .arg(milliseconds(s.p95Ms), 8)
                     .arg(milliseconds(s.userCpuMedianMs), 8)
                     .arg(ratioText(ratio(r)), 7)
                     .arg(ratioText(ratioByMin(r)), 7)
                     .arg(ratioText(speedup(r)), 8)
                     .arg(verdict);
    }
    return lines;
}

QJsonArray BenchReport::toJson() const
{
    QJsonArray array;
    for (const BenchRow &r : m_rows) {
        QJsonObject o = r.summary.toJson();
        o[u"id"_s] = r.id;
        o[u"label"_s] = r.label;
        o[u"budgeted"_s] = r.budgeted;
        if (!r.baseline.isEmpty()) {
            o[u"baseline"_s] = r.baseline;
            o[u"ratio"_s] = ratio(r);
            o[u"ratioByMin"_s] = ratioByMin(r);
            o[u"cpuRatio"_s] = cpuRatio(r);
        }
        if (!r.competitor.isEmpty()) {
            o[u"competitor"_s] = r.competitor;
            o[u"speedup"_s] = speedup(r);
            o[u"cpuSpeedup"_s] = cpuSpeedup(r);
        }
        if (r.judged) {
            const auto inRatio = withinRatio(r);
            const auto inSpeedup = withinSpeedup(r);
            o[u"withinRatioBudget"_s] = inRatio ? QJsonValue(*inRatio) : QJsonValue();
            o[u"withinSpeedupBudget"_s] = inSpeedup ? QJsonValue(*inSpeedup) : QJsonValue();
        }
        array.append(o);
    }
    return array;
}

} // namespace Lagoon
