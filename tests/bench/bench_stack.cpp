// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// bench_stack: the local stack's budgets of shared/design/architecture.md on the real Docker
// engine, each against a baseline run in the same invocation (see tests/bench/README.md):
// Docker event → local stack model updated (p95 ≤ 100 ms), and `stack up` through the app against
// docker-compose alone (≤ 10 % overhead). Timings are reported, never asserted; the program fails
// only when a result is wrong (a state not reached, an event missing) or Docker cannot be used.

#include <cstdio>
#include <cstdlib>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include "core/stack/dockerendpoint.h"

#include "tests/bench/benchdocker.h"
#include "tests/bench/benchmeasure.h"
#include "tests/bench/benchreport.h"
#include "tests/bench/eventlatencybench.h"
#include "tests/bench/stackbenchproject.h"
#include "tests/bench/stackupbench.h"

using namespace Lagoon;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double EventBudgetP95Ms = 100.0;
constexpr double UpMaxRatio = 1.10;

enum ExitCode
{
    Ok = 0,
    CorrectnessFailed = 1,
    UsageError = 2,
    DockerUnusable = 3
};

struct Options
{
    int events = 120;
    int warmupEvents = 6;
    int rounds = 7;
    int warmupRounds = 1;
    bool measureEvents = true;
    bool measureUp = true;
    QString cli;
    QString jsonFile;
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

QString ms(double value)
{
    return QString::number(value, 'f', qAbs(value) >= 100 ? 0 : (qAbs(value) >= 10 ? 1 : 2));
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures the local stack on the real Docker engine: event latency against a bare "
        u"/events reader, `stack up` against docker-compose (see tests/bench/README.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption events(u"events"_s, u"Timed pause/unpause events (default 120; the budget wants >= 60)."_s,
                                    u"n"_s);
    const QCommandLineOption warmupEvents(u"warmup-events"_s, u"Untimed events first (default 6)."_s, u"n"_s);
    const QCommandLineOption rounds(u"rounds"_s, u"Timed `up` rounds of every contender (default 7)."_s, u"n"_s);
    const QCommandLineOption warmupRounds(u"warmup-rounds"_s, u"Untimed rounds first (default 1)."_s, u"n"_s);
    const QCommandLineOption only(u"only"_s, u"Measure only one half: events or up."_s, u"half"_s);
    const QCommandLineOption cli(u"cli"_s, u"The lagoon-desktop-cli to run (default: the one built with this)."_s,
                                 u"path"_s);
    const QCommandLineOption json(u"json"_s, u"Also write the figures as JSON to this file."_s, u"file"_s);
    parser.addOptions({events, warmupEvents, rounds, warmupRounds, only, cli, json});
    parser.process(app);
    Options o;
    auto number = [&](const QCommandLineOption &option, int fallback, int minimum) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < minimum) {
            complain(u"--%1 needs a number >= %2"_s.arg(option.names().constFirst()).arg(minimum));
            std::exit(UsageError);
        }
        return value;
    };
    o.events = number(events, o.events, 2);
    o.warmupEvents = number(warmupEvents, o.warmupEvents, 0);
    o.rounds = number(rounds, o.rounds, 1);
    o.warmupRounds = number(warmupRounds, o.warmupRounds, 0);
    // Pause and unpause come in pairs, so every container ends running.
    o.events += o.events % 2;
    o.warmupEvents += o.warmupEvents % 2;
    if (parser.isSet(only)) {
        const QString half = parser.value(only);
        if (half != u"events"_s && half != u"up"_s) {
            complain(u"--only takes events or up"_s);
            std::exit(UsageError);
        }
        o.measureEvents = half == u"events"_s;
        o.measureUp = half == u"up"_s;
    }
    o.cli = parser.isSet(cli) ? parser.value(cli) : QStringLiteral(LAGOON_BENCH_CLI);
    o.jsonFile = parser.value(json);
    return o;
}

QJsonArray loadJson(const std::array<double, 3> &load)
{
    return {load[0], load[1], load[2]};
}

QString composeVersionText(const QString &program)
{
    QProcess process;
    process.start(program, {u"version"_s, u"--short"_s});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput().trimmed());
}

void reportEvents(const EventLatencyBench::Outcome &outcome, const Options &options, QJsonObject &json,
                  QStringList &verdicts)
{
    const BenchSummary baseline = BenchSummary::of(outcome.baseline);
    const BenchSummary ours = BenchSummary::of(outcome.ours);
    const BenchSummary difference = BenchSummary::of(outcome.difference);
    const BenchSummary delivered = BenchSummary::of(outcome.delivered);
    say(QString());
    say(u"1. Docker event -> local stack model updated: %1 pause/unpause events (after %2 untimed), one at a time"_s
            .arg(options.events)
            .arg(options.warmupEvents));
    const auto line = [](const QString &label, const QString &count, const QStringList &figures) {
        say(u"%1 %2 %3 %4 %5 %6"_s.arg(label, -50)
                .arg(count, 6)
                .arg(figures.value(0), 8)
                .arg(figures.value(1), 8)
                .arg(figures.value(2), 8)
                .arg(figures.value(3), 8));
    };
    const auto row = [&](const QString &label, const BenchSummary &s) {
        line(label, QString::number(s.runs), {ms(s.medianMs), ms(s.p95Ms), ms(s.maxMs), ms(s.meanMs)});
    };
    line(u"path, from the engine's timeNano"_s, u"events"_s, {u"p50 ms"_s, u"p95 ms"_s, u"max ms"_s, u"mean ms"_s});
    row(u"-> a bare /events reader has it (baseline)"_s, baseline);
    row(u"-> LocalStack model updated  <- the budget"_s, ours);
    row(u"  difference per event (ours - baseline)"_s, difference);
    row(u"  of which LocalStack's slot (delivered -> applied)"_s, delivered);
    const bool within = ours.p95Ms <= EventBudgetP95Ms;
    verdicts << u"events: LocalStack's p95 is %1 ms, the bare reader's %2 ms (per event, LocalStack is %3 ms behind at "
                u"the median, %4 ms at p95): %5 the %6 ms budget."_s
                    .arg(ms(ours.p95Ms), ms(baseline.p95Ms), ms(difference.medianMs), ms(difference.p95Ms),
                         within ? u"within"_s : u"OVER"_s)
                    .arg(EventBudgetP95Ms);
    json[u"events"_s] = QJsonObject{
        {u"budgetP95Ms"_s, EventBudgetP95Ms},   {u"withinBudget"_s, within},
        {u"events"_s, options.events},          {u"warmupEvents"_s, options.warmupEvents},
        {u"baseline"_s, baseline.toJson()},     {u"ours"_s, ours.toJson()},
        {u"difference"_s, difference.toJson()}, {u"deliveredToApplied"_s, delivered.toJson()},
    };
}

void reportUp(const StackUpBench::Outcome &outcome, const Options &options, QJsonObject &json, QStringList &verdicts)
{
    BenchReport report({UpMaxRatio, 0});
    const auto row = [&](const QString &id, const QString &label, bool judged = false, bool budgeted = false) {
        report.add({id, label, BenchSummary::of(outcome.samples.value(id)), u"docker-compose"_s, {}, judged, budgeted});
    };
    row(u"docker-compose"_s, u"docker-compose up -d (baseline)"_s);
    row(u"cli"_s, u"lagoon-desktop-cli stack up  <- the budget"_s, true, true);
    row(u"runner"_s, u"ComposeRunner up -d, tool known (the panel)"_s, true);
    row(u"doctor"_s, u"  the CLI's DockerDoctor alone"_s);
    row(u"compose-version"_s, u"  docker-compose version (once, then cached)"_s);
    say(QString());
    say(u"2. stack up: %1 timed rounds (after %2 untimed), the contenders taking turns first; each from nothing to "
        u"every service running, then down (untimed)"_s.arg(options.rounds)
            .arg(options.warmupRounds));
    say(u"compose tool found by the doctor: "_s + outcome.tool);
    for (const QString &text : report.table())
        say(text);
    const BenchRow &cli = *report.row(u"cli"_s);
    const BenchRow &runner = *report.row(u"runner"_s);
    const BenchRow &doctor = *report.row(u"doctor"_s);
    const auto overhead = [&](const BenchRow &r) { return (report.ratio(r) - 1) * 100; };
    verdicts << u"stack up: lagoon-desktop-cli takes %1 of docker-compose alone (median; %2 by minimum): %3 % "
                u"overhead, %4 the %5 % budget."_s
                    .arg(BenchReport::ratioText(report.ratio(cli)), BenchReport::ratioText(report.ratioByMin(cli)))
                    .arg(overhead(cli), 0, 'f', 1)
                    .arg(report.withinRatio(cli).value_or(false) ? u"within"_s : u"OVER"_s)
                    .arg(qRound((UpMaxRatio - 1) * 100));
    verdicts << u"stack up, the panel's path: ComposeRunner in this process with the compose tool known takes %1 of "
                u"docker-compose alone: %2 % overhead."_s.arg(BenchReport::ratioText(report.ratio(runner)))
                    .arg(overhead(runner), 0, 'f', 1);
    verdicts << u"stack up, where the CLI's time goes: its Docker doctor takes %1 ms before compose starts (median), "
                u"%3 % of docker-compose up alone; finding the compose tool afresh (`docker-compose version`, %2 ms) "
                u"is paid only when the cached answer no longer fits (ComposeToolCache)."_s
                    .arg(ms(doctor.summary.medianMs), ms(report.row(u"compose-version"_s)->summary.medianMs))
                    .arg(100 * report.ratio(doctor), 0, 'f', 1);
    json[u"up"_s] =
        QJsonObject{{u"budgetMaxRatio"_s, UpMaxRatio},         {u"rounds"_s, options.rounds},
                    {u"warmupRounds"_s, options.warmupRounds}, {u"composeTool"_s, outcome.tool},
                    {u"overheadPercent"_s, overhead(cli)},     {u"runnerOverheadPercent"_s, overhead(runner)},
                    {u"contenders"_s, report.toJson()}};
}

// Removes the benchmark's containers (whatever a failed round left running) and its image, however
// main() ends; each half takes its compose project down itself.
struct Cleanup
{
    const BenchDocker &docker;
    bool imageBuilt = false;

    ~Cleanup()
    {
        docker.removeOwnContainers();
        if (imageBuilt)
            docker.removeImage();
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    const auto loadAtStart = benchLoadAverage();

    // 1. Docker, docker-compose and the CLI must be there; say what is missing, then stop.
    BenchDocker docker;
    QString why;
    const QString engineVersion = docker.serverVersion(&why);
    if (engineVersion.isEmpty()) {
        complain(u"bench_stack: "_s + why);
        return DockerUnusable;
    }
    const auto endpoint = DockerEndpoint::fromEnvironment();
    if (!endpoint || endpoint->kind() != DockerEndpoint::Kind::Unix) {
        complain(u"bench_stack needs a local engine on a unix socket (its baseline reads the socket itself); "
                 u"DOCKER_HOST is %1"_s.arg(qEnvironmentVariable("DOCKER_HOST")));
        return DockerUnusable;
    }
    const QString composeProgram = QStandardPaths::findExecutable(u"docker-compose"_s);
    if (composeProgram.isEmpty()) {
        complain(u"bench_stack needs docker-compose: apt-get install --no-install-recommends docker-compose"_s);
        return DockerUnusable;
    }
    if (options.measureUp && !QFileInfo(options.cli).isExecutable()) {
        complain(u"bench_stack runs %1, which is not there: build the lagoon-desktop-cli target, or pass --cli"_s.arg(
            options.cli));
        return DockerUnusable;
    }
    if (const int orphans = docker.removeOrphans())
        say(u"removed %1 containers and images left behind by earlier runs"_s.arg(orphans));

    Cleanup cleanup{docker, false};
    if (!docker.buildImage(&why)) {
        complain(u"bench_stack: "_s + why);
        return DockerUnusable;
    }
    cleanup.imageBuilt = true;

    // 2. The project, written once; both halves use it under names of their own.
    QTemporaryDir tempDir;
    StackBenchProject project;
    if (!tempDir.isValid() || !project.write(tempDir.filePath(u"stack"_s), docker.image(), &why)) {
        complain(u"FAIL: "_s + (tempDir.isValid() ? why : tempDir.errorString()));
        return CorrectnessFailed;
    }
    const QString composeVersion = composeVersionText(composeProgram);
    const auto setup = [&](const QString &suffix) {
        return StackUpBench::Setup{project.root(),
                                   project.composeFile(),
                                   u"lbstack"_s + QString::number(QCoreApplication::applicationPid()) + suffix,
                                   project.services(),
                                   project.compose(),
                                   project.invocation(),
                                   composeProgram,
                                   options.cli,
                                   *endpoint,
                                   QProcessEnvironment::systemEnvironment()};
    };

    say(u"bench_stack: the local stack on the real Docker engine (budgets: Docker event -> local stack model updated "
        u"p95 <= %1 ms; stack up through the app <= %2 % over docker-compose alone)"_s.arg(EventBudgetP95Ms)
            .arg(qRound((UpMaxRatio - 1) * 100)));
#if !defined(__OPTIMIZE__)
    say(u"WARNING: this binary is not optimized (configure with -DCMAKE_BUILD_TYPE=Release); numbers are not "
        u"representative."_s);
#endif
    say(u"engine: Docker %1 at %2; docker-compose %3; cli: %4"_s.arg(engineVersion, endpoint->toString(),
                                                                     composeVersion, options.cli));
    say(u"project: %1: services %2 on %3, network_mode none"_s.arg(project.root(), project.services().join(u", "_s),
                                                                   docker.image()));
    QStringList failures;
    QJsonObject json{{u"benchmark"_s, u"local-stack"_s}, {u"schemaVersion"_s, 1}};
    QStringList verdicts;

    // 3. Docker event → model updated, on a project docker-compose brought up.
    if (options.measureEvents) {
        StackUpBench events(setup(u"e"_s));
        EventLatencyBench::Outcome outcome;
        if (const QString problem = events.upWithCompose(); !problem.isEmpty())
            outcome.failures << u"docker-compose up for the events: "_s + problem;
        else
            outcome = EventLatencyBench(*endpoint, setup(u"e"_s).projectName, project.compose())
                          .run({options.events, options.warmupEvents});
        events.down();
        failures << outcome.failures;
        if (outcome.failures.isEmpty())
            reportEvents(outcome, options, json, verdicts);
    }

    // 4. stack up through the app against docker-compose alone.
    if (options.measureUp && failures.isEmpty()) {
        StackUpBench up(setup(u"u"_s));
        const StackUpBench::Outcome outcome = up.run(options.rounds, options.warmupRounds);
        failures << outcome.failures;
        if (outcome.failures.isEmpty())
            reportUp(outcome, options, json, verdicts);
    }
    const auto loadAtEnd = benchLoadAverage();

    say(QString());
    say(u"machine: %1 cores, load average %2 at start, %3 at end: other users of the machine slow every contender, "
        u"so compare ratios, not milliseconds"_s.arg(QThread::idealThreadCount())
            .arg(loadAtStart[0])
            .arg(loadAtEnd[0]));
    for (const QString &verdict : std::as_const(verdicts))
        say(u"verdict: "_s + verdict);
    say(u"Timings are information, never pass/fail: this program fails only on wrong results or an unusable Docker."_s);

    if (!options.jsonFile.isEmpty()) {
        json[u"finishedAt"_s] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        json[u"machine"_s] = QJsonObject{{u"cores"_s, QThread::idealThreadCount()},
                                         {u"loadAverageStart"_s, loadJson(loadAtStart)},
                                         {u"loadAverageEnd"_s, loadJson(loadAtEnd)},
                                         {u"qt"_s, QString::fromLatin1(qVersion())},
                                         {u"compiler"_s, QString::fromLatin1(__VERSION__)},
                                         {u"dockerEngine"_s, engineVersion},
                                         {u"dockerCompose"_s, composeVersion}};
        json[u"failures"_s] = QJsonArray::fromStringList(failures);
        QFile file(options.jsonFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0) {
            complain(u"Cannot write %1: %2"_s.arg(options.jsonFile, file.errorString()));
            return UsageError;
        }
        say(u"JSON written to "_s + options.jsonFile);
    }
    if (!failures.isEmpty()) {
        for (const QString &failure : std::as_const(failures))
            complain(u"FAIL: "_s + failure);
        return CorrectnessFailed;
    }
    return Ok;
}
