// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// bench_validate: the "validate a large project" budget of shared/design/architecture.md, measured
// as ratios against baselines run in the same invocation (see tests/bench/README.md). Timings are
// reported, never asserted; only correctness (the model is complete, results are stable) may fail.

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <utility>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include "tests/bench/benchmeasure.h"
#include "tests/bench/benchreport.h"
#include "tests/bench/largeprojectgenerator.h"
#include "tests/bench/validatecontenders.h"

using namespace Lagoon;
using namespace Lagoon::ValidateBench;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double MaxRatioToYamlCpp = 1.5;
constexpr double MinSpeedupOverCompose = 20.0;

enum ExitCode
{
    Ok = 0,
    CorrectnessFailed = 1,
    UsageError = 2,
    DockerComposeMissing = 3
};

struct Options
{
    int runs = 15;
    int warmup = 2;
    int composeRuns = 5;
    bool skipCompose = false;
    QString jsonFile;
    QString keepDir;
};

void say(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

void complain(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

// ---- the report ---------------------------------------------------------------------------------

QJsonArray loadJson(const std::array<double, 3> &load)
{
    return {load[0], load[1], load[2]};
}

QString sizeText(const QByteArray &text)
{
    return u"%1 KiB, %2 lines"_s.arg(double(text.size()) / 1024.0, 0, 'f', 1).arg(text.count('\n'));
}

// Identifies the generated input, so reports from different runs can tell whether they measured the same bytes.
QString digest(const QByteArray &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16));
}

void printDiagnostics(const Diagnostics &diagnostics)
{
    QMap<QString, int> byRule;
    QMap<QString, const Diagnostic *> example;
    int errors = 0, warnings = 0;
    for (const Diagnostic &d : diagnostics) {
        if (++byRule[d.ruleId] == 1)
            example[d.ruleId] = &d;
        errors += d.severity == Diagnostic::Severity::Error;
        warnings += d.severity == Diagnostic::Severity::Warning;
    }
    say(u"  diagnostics: %1 (%2 errors, %3 warnings, %4 info); by rule, with the first of each:"_s
            .arg(diagnostics.size())
            .arg(errors)
            .arg(warnings)
            .arg(diagnostics.size() - errors - warnings));
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it) {
        const Diagnostic &d = *example.value(it.key());
        say(u"  %1 %2  %3:%4: %5"_s.arg(it.value(), 6).arg(it.key(), d.file).arg(d.line).arg(d.message.left(110)));
    }
}

QJsonObject projectJson(const LargeProjectSpec &spec, const LargeProjectStats &stats)
{
    QJsonObject byType;
    for (auto it = stats.servicesByType.cbegin(); it != stats.servicesByType.cend(); ++it)
        byType[it.key()] = it.value();
    return {{u"seed"_s, QString::number(spec.seed)},
            {u"composeSha256"_s, digest(stats.composeFile)},
            {u"lagoonYmlSha256"_s, digest(stats.lagoonYml)},
            {u"composeBytes"_s, stats.composeFile.size()},
            {u"composeLines"_s, stats.composeFile.count('\n')},
            {u"lagoonYmlBytes"_s, stats.lagoonYml.size()},
            {u"lagoonYmlLines"_s, stats.lagoonYml.count('\n')},
            {u"services"_s, stats.services},
            {u"servicesByType"_s, byType},
            {u"sites"_s, stats.sites},
            {u"environments"_s, stats.environments},
            {u"routes"_s, stats.routes()},
            {u"alternativeNames"_s, stats.alternativeNames},
            {u"cronjobs"_s, stats.cronjobs},
            {u"preRolloutTasks"_s, stats.preRolloutTasks},
            {u"postRolloutTasks"_s, stats.postRolloutTasks},
            {u"plantedMissingDockerfiles"_s, stats.dockerfilesMissing},
            {u"plantedRestrictedAnnotations"_s, stats.restrictedAnnotations},
            {u"plantedMisspelledKeys"_s, stats.misspelledKeys}};
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures load + validate of a generated 1,000-service Lagoon project "
                                     u"against yaml-cpp and docker-compose (see tests/bench/README.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption runs(u"runs"_s, u"Timed runs of the in-process contenders (default 15)."_s, u"n"_s);
    const QCommandLineOption warmup(u"warmup"_s, u"Untimed runs first (default 2)."_s, u"n"_s);
    const QCommandLineOption composeRuns(u"compose-runs"_s, u"Timed docker-compose runs (default 5)."_s, u"n"_s);
    const QCommandLineOption skip(u"skip-docker-compose"_s, u"Do not run docker-compose (for profiling)."_s);
    const QCommandLineOption json(u"json"_s, u"Also write the figures as JSON to this file."_s, u"file"_s);
    const QCommandLineOption keep(u"keep"_s, u"Generate the project into this folder and keep it."_s, u"dir"_s);
    parser.addOptions({runs, warmup, composeRuns, skip, json, keep});
    parser.process(app);
    Options o;
    auto number = [&](const QCommandLineOption &option, int fallback, int minimum) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < minimum) {
            complain(u"--%1 needs a number >= %2"_s.arg(option.names().first()).arg(minimum));
            std::exit(UsageError);
        }
        return value;
    };
    o.runs = number(runs, o.runs, 1);
    o.warmup = number(warmup, o.warmup, 0);
    o.composeRuns = number(composeRuns, o.composeRuns, 1);
    o.skipCompose = parser.isSet(skip);
    o.jsonFile = parser.value(json);
    o.keepDir = parser.value(keep);
    return o;
}

constexpr const char *ComposeMissingBanner =
    "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
    "!! docker-compose is NOT installed: the '>= 20x faster than docker-compose    !!\n"
    "!! config -q' half of the budget was NOT measured. Install Debian's package:  !!\n"
    "!!     apt-get install --no-install-recommends docker-compose                 !!\n"
    "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!";

// One project folder: its files, and what the loader must make of them.
struct BenchProject
{
    QString root;
    LargeProjectStats stats;
    std::string composeBytes; // the files' bytes, read once, for yaml-cpp
    std::string lagoonBytes;
    Figures expected; // from the reference run, compared with every timed run
};

bool prepare(BenchProject &project, const QString &root, const LargeProjectSpec &spec)
{
    project.root = root;
    if (!QDir().mkpath(root)) {
        complain(u"Cannot create the project folder %1"_s.arg(root));
        return false;
    }
    const auto written = LargeProjectGenerator(spec).writeTo(root);
    if (!written) {
        complain(written.error().message + u": "_s + written.error().detail);
        return false;
    }
    project.stats = *written;
    // The baseline parses the bytes on disk, read before its clock starts.
    for (auto [name, bytes] : {std::pair{u"docker-compose.yml"_s, &project.composeBytes},
                               std::pair{u".lagoon.yml"_s, &project.lagoonBytes}}) {
        QFile file(QDir(root).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            complain(u"Cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
            return false;
        }
        *bytes = file.readAll().toStdString();
    }
    return true;
}

// The reference run: the model must hold everything that was written, and the validator must
// find the planted problems.
QStringList checkModel(BenchProject &project, const QString &name, const QString &projectName)
{
    const OurRun run = runOurs(project.root, projectName, true);
    const LargeProjectStats &stats = project.stats;
    project.expected = run.figures;
    say(u"%1 model: %2"_s.arg(name, describe(run.figures)));
    printDiagnostics(run.diagnostics);
    QStringList failures;
    if (run.figures.services != stats.services)
        failures << u"%1: the model has %2 services, the compose file %3"_s.arg(name)
                        .arg(run.figures.services)
                        .arg(stats.services);
    if (run.figures.routes != stats.routes())
        failures << u"%1: the model has %2 routes, the .lagoon.yml %3"_s.arg(name)
                        .arg(run.figures.routes)
                        .arg(stats.routes());
    if (run.figures.cronjobs != stats.cronjobs)
        failures << u"%1: the model has %2 cronjobs, the .lagoon.yml %3"_s.arg(name)
                        .arg(run.figures.cronjobs)
                        .arg(stats.cronjobs);
    const int planted = stats.dockerfilesMissing + stats.restrictedAnnotations + stats.misspelledKeys;
    if (run.figures.diagnostics < planted)
        failures
            << u"%1: %2 diagnostics, but %3 problems are planted"_s.arg(name).arg(run.figures.diagnostics).arg(planted);
    if (hasPlanner() && run.figures.planServices != stats.services)
        failures << u"%1: the plan has %2 services, the compose file %3"_s.arg(name)
                        .arg(run.figures.planServices)
                        .arg(stats.services);
    const YamlCppRun yaml = runYamlCpp(project.composeBytes, project.lagoonBytes);
    if (!yaml.error.isEmpty() || yaml.services != std::size_t(stats.services))
        failures << u"%1: yaml-cpp did not read the project: %2"_s.arg(name, yaml.error);
    return failures;
}

void printProject(const BenchProject &project, const LargeProjectSpec &spec)
{
    const LargeProjectStats &stats = project.stats;
    say(u"project: %1 (seed %2; sha256 %3 / %4)"_s.arg(project.root)
            .arg(spec.seed)
            .arg(digest(stats.composeFile), digest(stats.lagoonYml)));
    say(u"  docker-compose.yml  %1: %2 services in %3 sites"_s.arg(sizeText(stats.composeFile))
            .arg(stats.services)
            .arg(stats.sites));
    QStringList types;
    for (auto it = stats.servicesByType.cbegin(); it != stats.servicesByType.cend(); ++it)
        types << u"%1 %2"_s.arg(it.key()).arg(it.value());
    say(u"      types: "_s + types.join(u", "_s));
    say(u"  .lagoon.yml         %1: %2 environments, %3 routes (+%4 alternative names, %5 with annotations), "
        u"%6 cronjobs, %7 pre-/%8 post-rollout tasks"_s.arg(sizeText(stats.lagoonYml))
            .arg(stats.environments)
            .arg(stats.routes())
            .arg(stats.alternativeNames)
            .arg(stats.annotatedRoutes)
            .arg(stats.cronjobs)
            .arg(stats.preRolloutTasks)
            .arg(stats.postRolloutTasks));
    say(u"  planted problems: %1 missing Dockerfiles, %2 restricted annotations, %3 misspelled keys"_s
            .arg(stats.dockerfilesMissing)
            .arg(stats.restrictedAnnotations)
            .arg(stats.misspelledKeys));
}

const QStringList ComposeConfigArguments = {u"-f"_s, u"docker-compose.yml"_s, u"config"_s, u"-q"_s};
const QStringList ComposeVersionArguments = {u"version"_s, u"--short"_s};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    const auto loadAtStart = benchLoadAverage();

    const QString composeProgram =
        options.skipCompose ? QString() : QStandardPaths::findExecutable(u"docker-compose"_s);
    const bool composeAvailable = !composeProgram.isEmpty();
    if (!options.skipCompose && !composeAvailable)
        complain(QString::fromLatin1(ComposeMissingBanner));

    // 1. The projects, written once. "full" is the budget's project; "compose-only" has the same
    //    compose bytes and a .lagoon.yml that only names it, for a like-for-like docker-compose match.
    QTemporaryDir tempDir;
    if (options.keepDir.isEmpty() && !tempDir.isValid()) {
        complain(u"Cannot create a temporary folder: "_s + tempDir.errorString());
        return UsageError;
    }
    const QDir base(options.keepDir.isEmpty() ? tempDir.path() : QDir(options.keepDir).absolutePath());
    LargeProjectSpec spec;
    LargeProjectSpec composeOnlySpec = spec;
    composeOnlySpec.fullLagoonYml = false;
    BenchProject full, composeOnly;
    if (!prepare(full, base.filePath(u"full"_s), spec) ||
        !prepare(composeOnly, base.filePath(u"compose-only"_s), composeOnlySpec))
        return UsageError;

    say(u"bench_validate: validate a large Lagoon project (budget: <= %1x a bare yaml-cpp parse of the same "
        u"files, >= %2x faster than docker-compose config -q)"_s.arg(MaxRatioToYamlCpp)
            .arg(MinSpeedupOverCompose));
#if !defined(__OPTIMIZE__)
    say(u"WARNING: this binary is not optimized (configure with -DCMAKE_BUILD_TYPE=Release); numbers are not "
        u"representative."_s);
#endif
    printProject(full, spec);

    // 2. Correctness first: a fast wrong answer is no answer.
    QStringList failures = checkModel(full, u"full"_s, spec.projectName);
    failures << checkModel(composeOnly, u"compose-only"_s, spec.projectName);
    QString composeVersion;
    if (composeAvailable) {
        composeVersion = QString::fromUtf8(runProcess(composeProgram, ComposeVersionArguments, full.root).output);
        const ProcessRun check = runProcess(composeProgram, ComposeConfigArguments, full.root);
        if (!check.ok)
            failures << u"docker-compose rejected the generated file, so its time means nothing: "_s + check.problem;
    }
    if (!failures.isEmpty()) {
        for (const QString &failure : std::as_const(failures))
            complain(u"FAIL: "_s + failure);
        return CorrectnessFailed;
    }

    // 3. Timed runs, interleaved: the in-process contenders take turns going first and docker-compose
    //    runs are spread over the rounds, so load from other users of the machine hits all alike.
    QHash<QString, QList<BenchSample>> samples;
    auto yamlCpp = [&](const BenchProject &project, const QString &id) {
        const YamlCppRun run = runYamlCpp(project.composeBytes, project.lagoonBytes);
        if (!run.error.isEmpty() || run.services != std::size_t(project.stats.services))
            failures << u"unstable yaml-cpp result: "_s + run.error;
        samples[id] << run.sample;
        BenchSample cycle = run.sample;
        cycle += run.free;
        samples[id + u"+free"_s] << cycle;
    };
    auto ours = [&](const BenchProject &project, const QString &prefix) {
        const OurRun run = runOurs(project.root, spec.projectName, false);
        if (!(run.figures == project.expected))
            failures << u"unstable result (%1): %2"_s.arg(prefix, describe(run.figures));
        BenchSample total = run.load;
        total += run.validate;
        samples[prefix] << total;
        BenchSample cycle = total;
        cycle += run.free;
        samples[prefix + u"+free"_s] << cycle;
        total += run.plan;
        samples[prefix + u"+plan"_s] << total;
        samples[prefix + u":load"_s] << run.load;
        samples[prefix + u":validate"_s] << run.validate;
        samples[prefix + u":plan"_s] << run.plan;
    };
    const QList<std::function<void()>> contenders = {
        [&] { yamlCpp(full, u"yaml-cpp"_s); },
        [&] { ours(full, u"load+validate"_s); },
        [&] { yamlCpp(composeOnly, u"yaml-cpp-compose"_s); },
        [&] { ours(composeOnly, u"load+validate-compose"_s); },
    };
    auto dockerCompose = [&] {
        const ProcessRun start = runProcess(composeProgram, ComposeVersionArguments, full.root);
        const ProcessRun run = runProcess(composeProgram, ComposeConfigArguments, full.root);
        if (!run.ok)
            failures << run.problem;
        samples[u"docker-compose-start"_s] << start.sample;
        samples[u"docker-compose"_s] << run.sample;
    };
    for (int i = 0; i < options.warmup; ++i) {
        for (const auto &contender : contenders)
            contender();
    }
    samples.clear();
    if (composeAvailable)
        runProcess(composeProgram, ComposeConfigArguments, full.root); // warm the page cache for Python
    int composeDone = 0;
    for (int round = 0; round < options.runs; ++round) {
        std::fputs(qPrintable(u"\rround %1/%2 "_s.arg(round + 1).arg(options.runs)), stderr);
        for (qsizetype i = 0; i < contenders.size(); ++i)
            contenders.at((round + i) % contenders.size())();
        for (; composeAvailable && composeDone < (round + 1) * options.composeRuns / options.runs; ++composeDone)
            dockerCompose();
    }
    std::fputs("\n", stderr);
    const auto loadAtEnd = benchLoadAverage();

    // 4. The report.
    BenchReport report({MaxRatioToYamlCpp, MinSpeedupOverCompose});
    const QString compose = composeAvailable ? u"docker-compose"_s : QString();
    auto row = [&](const QString &id, const QString &label, const QString &baseline, const QString &competitor,
                   bool judged = false, bool budgeted = false) {
        report.add({id, label, BenchSummary::of(samples.value(id)), baseline, competitor, judged, budgeted});
    };
    row(u"yaml-cpp"_s, u"yaml-cpp YAML::Load, both files (baseline)"_s, u"yaml-cpp"_s, compose);
    row(u"load+validate"_s, u"load + validate  <- the budget"_s, u"yaml-cpp"_s, compose, true, true);
    row(u"load+validate:load"_s, u"  of which load"_s, u"yaml-cpp"_s, {});
    row(u"load+validate:validate"_s, u"  of which validate"_s, u"yaml-cpp"_s, {});
    if (hasPlanner()) {
        row(u"load+validate+plan"_s, u"load + validate + plan(main)"_s, u"yaml-cpp"_s, compose, true);
        row(u"load+validate:plan"_s, u"  of which plan"_s, u"yaml-cpp"_s, {});
    }
    row(u"yaml-cpp+free"_s, u"yaml-cpp YAML::Load + freeing the trees"_s, u"yaml-cpp+free"_s, compose);
    row(u"load+validate+free"_s, u"load + validate + freeing the results"_s, u"yaml-cpp+free"_s, compose, true);
    row(u"yaml-cpp-compose"_s, u"yaml-cpp YAML::Load, compose-only project"_s, u"yaml-cpp-compose"_s, compose);
    row(u"load+validate-compose"_s, u"load + validate, compose-only project"_s, u"yaml-cpp-compose"_s, compose, true);
    if (composeAvailable) {
        row(u"docker-compose"_s, u"docker-compose config -q"_s, {}, {});
        row(u"docker-compose-start"_s, u"  docker-compose version (start-up only)"_s, {}, {});
    }

    say(QString());
    say(u"machine: %1 cores, load average %2 at start, %3 at end: other users of the machine slow every "
        u"contender, so compare ratios, not milliseconds"_s.arg(QThread::idealThreadCount())
            .arg(loadAtStart[0])
            .arg(loadAtEnd[0]));
    say(u"runs: %1 timed + %2 warm-up per in-process contender, interleaved; %3 timed docker-compose %4 runs"_s
            .arg(options.runs)
            .arg(options.warmup)
            .arg(composeAvailable ? options.composeRuns : 0)
            .arg(composeVersion));
    say(u"columns: x base = median / its baseline's median (by min: the same with minima); speedup = "
        u"docker-compose median / this median; budget = within <= %1x / within >= %2x"_s.arg(MaxRatioToYamlCpp)
            .arg(MinSpeedupOverCompose));
    say(QString());
    for (const QString &line : report.table())
        say(line);
    say(QString());
    const BenchRow &budgeted = *report.row(u"load+validate"_s);
    say(u"verdict: load + validate takes %1 of a bare yaml-cpp parse of the same files (median; %2 by minimum, "
        u"%3 by user CPU time): %4 the %5x budget."_s
            .arg(BenchReport::ratioText(report.ratio(budgeted)), BenchReport::ratioText(report.ratioByMin(budgeted)),
                 BenchReport::ratioText(report.cpuRatio(budgeted)),
                 report.withinRatio(budgeted).value_or(false) ? u"within"_s : u"OVER"_s)
            .arg(MaxRatioToYamlCpp));
    const BenchRow &cycle = *report.row(u"load+validate+free"_s);
    say(u"         counting the freeing of the results too (yaml-cpp's node trees take %1 ms to free, our results "
        u"%2 ms): %3 (%4 by user CPU time)."_s
            .arg(report.row(u"yaml-cpp+free"_s)->summary.medianMs - report.row(u"yaml-cpp"_s)->summary.medianMs, 0, 'f',
                 1)
            .arg(cycle.summary.medianMs - budgeted.summary.medianMs, 0, 'f', 1)
            .arg(BenchReport::ratioText(report.ratio(cycle)), BenchReport::ratioText(report.cpuRatio(cycle))));
    if (composeAvailable) {
        say(u"         it is %1 faster than docker-compose config -q (%2 by user CPU time): %3 the %4x budget."_s
                .arg(BenchReport::ratioText(report.speedup(budgeted)),
                     BenchReport::ratioText(report.cpuSpeedup(budgeted)),
                     report.withinSpeedup(budgeted).value_or(false) ? u"within"_s : u"OUTSIDE"_s)
                .arg(MinSpeedupOverCompose));
        const BenchRow &composeOnlyRow = *report.row(u"load+validate-compose"_s);
        say(u"         like for like, on the compose file alone that docker-compose reads: %1 (%2 by user CPU time)."_s
                .arg(BenchReport::ratioText(report.speedup(composeOnlyRow)),
                     BenchReport::ratioText(report.cpuSpeedup(composeOnlyRow))));
    } else {
        say(options.skipCompose ? u"         docker-compose was skipped (--skip-docker-compose)."_s
                                : QString::fromLatin1(ComposeMissingBanner));
    }
    say(u"Timings are information, never pass/fail: this program fails only on wrong or unstable results."_s);

    if (!options.jsonFile.isEmpty()) {
        QMap<QString, int> byRule;
        for (const Diagnostic &d : runOurs(full.root, spec.projectName, true).diagnostics)
            ++byRule[d.ruleId];
        QJsonObject rules;
        for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
            rules[it.key()] = it.value();
        const QJsonObject json{
            {u"benchmark"_s, u"validate-large-project"_s},
            {u"schemaVersion"_s, 1},
            {u"finishedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {u"budget"_s, QJsonObject{{u"maxRatio"_s, MaxRatioToYamlCpp},
                                      {u"minSpeedup"_s, MinSpeedupOverCompose},
                                      {u"budgetedRow"_s, budgeted.id}}},
            {u"machine"_s, QJsonObject{{u"cores"_s, QThread::idealThreadCount()},
                                       {u"loadAverageStart"_s, loadJson(loadAtStart)},
                                       {u"loadAverageEnd"_s, loadJson(loadAtEnd)},
                                       {u"qt"_s, QString::fromLatin1(qVersion())},
                                       {u"compiler"_s, QString::fromLatin1(__VERSION__)},
                                       {u"yamlCpp"_s, QString::fromLatin1(LAGOON_YAML_CPP_VERSION)},
                                       {u"dockerCompose"_s, composeVersion}}},
            {u"options"_s, QJsonObject{{u"runs"_s, options.runs},
                                       {u"warmup"_s, options.warmup},
                                       {u"composeRuns"_s, composeAvailable ? options.composeRuns : 0}}},
            {u"project"_s, projectJson(spec, full.stats)},
            {u"diagnostics"_s, QJsonObject{{u"count"_s, full.expected.diagnostics},
                                           {u"stable"_s, failures.isEmpty()},
                                           {u"byRule"_s, rules},
                                           {u"planProblems"_s, full.expected.planProblems}}},
            {u"dockerComposeMeasured"_s, composeAvailable},
            {u"contenders"_s, report.toJson()},
        };
        QFile file(options.jsonFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0) {
            complain(u"Cannot write %1: %2"_s.arg(options.jsonFile, file.errorString()));
            return UsageError;
        }
        say(u"JSON written to "_s + options.jsonFile);
    }

    if (!failures.isEmpty()) {
        failures.removeDuplicates();
        for (const QString &failure : std::as_const(failures))
            complain(u"FAIL: "_s + failure);
        return CorrectnessFailed;
    }
    if (!options.skipCompose && !composeAvailable) {
        complain(QString::fromLatin1(ComposeMissingBanner));
        return DockerComposeMissing;
    }
    return Ok;
}
