// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// bench_table: reads the JSON files the benchmarks wrote into one folder and prints one table with
// a row for every budget of shared/design/architecture.md: the measured figure, the baseline the
// benchmark ran beside it, the ratio, the limit and whether the figure is inside it. It writes the
// same as JSON. A budget whose benchmark did not run, failed or lacks the figures says so: no row
// is ever filled in from anywhere else. Exit code 1 when any row has no figure (or architecture.md
// and the tool's budget table disagree), 0 otherwise: being outside a budget is information, not a
// failure, like every timing on these shared machines.

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "tests/bench/benchbudgets.h"

using namespace Lagoon;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
}

struct ArchitectureRow
{
    QString what;
    QString budget;
    bool covered = false;
};

/** The rows of the "## Budgets" table; empty when the file or the table is missing. */
QList<ArchitectureRow> readArchitecture(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<ArchitectureRow> rows;
    bool inBudgets = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"## "_s)) {
            inBudgets = line.startsWith(u"## Budgets"_s);
            continue;
        }
        if (!inBudgets || !line.startsWith(u'|'))
            continue;
        const QStringList cells = line.split(u'|');
        if (cells.size() < 4)
            continue;
        const QString what = cells.at(1).trimmed(), budget = cells.at(2).trimmed();
        if (what == u"what"_s || what.startsWith(u"---"_s))
            continue;
        rows.append({what, budget});
    }
    return rows;
}

/** A benchmark's JSON file, or why there is none. */
struct BenchFile
{
    QJsonObject json;
    QString problem; ///< "not run: …" or "failed: …"; empty when the figures can be read
};

BenchFile readBench(const QDir &dir, const QString &bench)
{
    QFile file(dir.filePath(bench + u".json"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        // run-all.sh leaves <bench>.notrun with the reason when it could not start or finish a benchmark.
        QFile reason(dir.filePath(bench + u".notrun"_s));
        if (reason.open(QIODevice::ReadOnly))
            return {{}, u"not run: "_s + QString::fromUtf8(reason.readAll()).trimmed()};
        return {{}, u"not run: no %1.json in the results"_s.arg(bench)};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return {{}, u"not run: %1.json is not a JSON object (%2)"_s.arg(bench, error.errorString())};
    const QJsonArray failures = doc.object().value(u"failures"_s).toArray();
    if (!failures.isEmpty())
        return {doc.object(), u"failed: "_s + failures.first().toString()};
    return {doc.object(), {}};
}

double loadAtStart(const QJsonObject &json)
{
    if (json.contains(u"load1"_s))
        return json.value(u"load1"_s).toDouble();
    return json.value(u"machine"_s).toObject().value(u"loadAverageStart"_s).toArray().at(0).toDouble(-1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"One table of every budget in architecture.md from the benchmarks' JSON files."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"results"_s, u"The folder with bench_*.json (run-all.sh's bench-results)."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write the table as JSON to FILE (default: <results>/report.json)."_s,
                                        u"FILE"_s);
    const QCommandLineOption archOption(u"architecture"_s, u"architecture.md to check the budgets against."_s, u"FILE"_s,
                                        QStringLiteral(LAGOON_BENCH_ARCHITECTURE));
    parser.addOptions({jsonOption, archOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: bench_table [--json FILE] [--architecture FILE] RESULTS_DIR\n");
        return 2;
    }
    const QDir dir(parser.positionalArguments().constFirst());
    if (!dir.exists()) {
        std::fprintf(stderr, "bench_table: %s does not exist\n", qPrintable(dir.path()));
        return 2;
    }

    const QString archPath = parser.value(archOption);
    QList<ArchitectureRow> architecture = readArchitecture(archPath);
    bool complete = true;
    QHash<QString, BenchFile> benches;
    QJsonArray jsonRows;
    QList<QStringList> table{{u"budget"_s, u"measured"_s, u"baseline (same run)"_s, u"ratio"_s, u"limit"_s, u"inside?"_s}};

    for (const BudgetLine &line : BudgetLine::all()) {
        if (!benches.contains(line.bench))
            benches.insert(line.bench, readBench(dir, line.bench));
        const BenchFile &bench = benches.value(line.bench);
        BudgetFigures figures;
        if (!bench.problem.isEmpty())
            figures.missing = bench.problem;
        else if (figures = line.read(bench.json); !figures.missing.isEmpty())
            figures.missing = u"not run: "_s + figures.missing;

        // The limit must still be what architecture.md says.
        QString documented;
        for (ArchitectureRow &row : architecture) {
            if (row.what.startsWith(line.architectureWhat) && row.budget.contains(line.architectureLimit)) {
                row.covered = true;
                documented = row.what + u": "_s + row.budget;
            }
        }
        QString problem = figures.missing;
        if (!architecture.isEmpty() && documented.isEmpty()) {
            complete = false;
            problem = u"architecture.md no longer says \"%1\" for \"%2\": update benchbudgets.cpp"_s.arg(
                line.architectureLimit, line.architectureWhat);
        }
        // Two plain bools: GCC 12 warns about a maybe-uninitialized std::optional<bool> here.
        const std::optional<bool> verdict = line.inside(figures);
        const bool measured = problem.isEmpty() && verdict.has_value();
        const bool inside = measured && verdict.value_or(false);
        complete = complete && measured;

        if (measured) {
            table.append({line.label, figures.measuredText, figures.baselineText, line.ratioText(figures),
                          line.limitText(), inside ? u"yes"_s : u"NO"_s});
        } else {
            table.append({line.label, problem, {}, {}, line.limitText(), u"-"_s});
        }
        QJsonObject row{{u"id"_s, line.id},
                        {u"budget"_s, line.label},
                        {u"bench"_s, line.bench},
                        {u"limit"_s, line.limit},
                        {u"limitText"_s, line.limitText()},
                        {u"architecture"_s, documented}};
        if (measured) {
            row.insert(u"status"_s, u"measured"_s);
            row.insert(u"measured"_s, figures.measured);
            row.insert(u"measuredText"_s, figures.measuredText);
            row.insert(u"baseline"_s, figures.baseline);
            row.insert(u"baselineText"_s, figures.baselineText);
            row.insert(u"ratio"_s, figures.ratio);
            row.insert(u"ratioText"_s, line.ratioText(figures));
            row.insert(u"inside"_s, inside);
        } else {
            row.insert(u"status"_s, problem.startsWith(u"failed"_s) ? u"failed"_s : u"not run"_s);
            row.insert(u"reason"_s, problem);
        }
        jsonRows.append(row);
    }
    // A budget the document gained that this tool does not know yet is a row without a figure too.
    for (const ArchitectureRow &row : std::as_const(architecture)) {
        if (row.covered)
            continue;
        complete = false;
        table.append({row.what, u"not covered by bench_table (benchbudgets.cpp)"_s, {}, {}, row.budget, u"-"_s});
        jsonRows.append(QJsonObject{{u"budget"_s, row.what}, {u"status"_s, u"not covered"_s}, {u"limitText"_s, row.budget}});
    }

    QList<qsizetype> widths(table.constFirst().size(), 0);
    for (const QStringList &cells : std::as_const(table)) {
        for (qsizetype c = 0; c < cells.size(); ++c)
            widths[c] = qMax(widths[c], cells.at(c).size());
    }
    for (qsizetype r = 0; r < table.size(); ++r) {
        QString text;
        for (qsizetype c = 0; c < table.at(r).size(); ++c)
            text += (c ? u" | "_s : QString()) + table.at(r).at(c).leftJustified(c + 1 < table.at(r).size() ? widths[c] : 0);
        say(text);
        if (r == 0) {
            QString rule;
            for (qsizetype c = 0; c < widths.size(); ++c)
                rule += (c ? u"-+-"_s : QString()) + QString(widths[c], u'-');
            say(rule);
        }
    }

    QJsonObject loads;
    QStringList loadText;
    for (auto it = benches.cbegin(); it != benches.cend(); ++it) {
        if (it->json.isEmpty())
            continue;
        const double load = loadAtStart(it->json);
        loads.insert(it.key(), load);
        loadText << u"%1 %2"_s.arg(it.key()).arg(load, 0, 'f', 2);
    }
    loadText.sort();
    say(u"load average (1 min) at each benchmark's start: "_s + (loadText.isEmpty() ? u"-"_s : loadText.join(u", "_s)));
    if (architecture.isEmpty())
        say(u"note: %1 not found or without a Budgets table; limits not checked against it"_s.arg(archPath));
    else
        say(u"limits: bench_table's budget table, checked against "_s + archPath);
    say(complete ? u"every budget has a figure"_s : u"some budgets have no figure (see above): exit code 1"_s);

    const QString jsonPath = parser.isSet(jsonOption) ? parser.value(jsonOption) : dir.filePath(u"report.json"_s);
    const QJsonObject out{{u"generatedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                          {u"results"_s, dir.absolutePath()},
                          {u"architecture"_s, architecture.isEmpty() ? QString() : archPath},
                          {u"complete"_s, complete},
                          {u"loadAtStart"_s, loads},
                          {u"rows"_s, jsonRows}};
    QFile file(jsonPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(out).toJson()) < 0) {
        std::fprintf(stderr, "bench_table: cannot write %s\n", qPrintable(jsonPath));
        return 2;
    }
    return complete ? 0 : 1;
}
