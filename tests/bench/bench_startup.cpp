// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// bench_startup: the "cold start to first painted window ≤ 1.5× a bare Qt hello-window; idle RSS
// with a project open ≤ 100 MB" budget of shared/design/architecture.md. It launches the real
// lagoon-desktop with the example project and bench_hellowindow alternately, each from a fresh
// process with fresh XDG folders, and times fork → first-frame line. Then it reads both programs'
// resident size once idle. Timings are reported, never asserted: the program fails (exit 1) only
// when a launch does not behave (no first-frame line, no project open, a bad exit status).

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

#include "tests/bench/benchmeasure.h"
#include "tests/bench/firstframelauncher.h"

using namespace Lagoon;
using namespace Qt::StringLiterals;

namespace {

constexpr double BudgetMaxRatio = 1.5;
constexpr double BudgetIdleBytes = 100e6; // architecture.md's "100 MB", in decimal megabytes
constexpr int SettleMs = 1000;            // idle once VmRSS has not grown for this long
constexpr int MaxIdleWaitMs = 10000;

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

QString mb(double bytes)
{
    return QString::number(bytes / 1e6, 'f', 1) + u" MB"_s;
}

struct Contender
{
    QString name;
    QString program;
    QStringList args;
    QString expectedProject; ///< the line must name this project (empty: none)
    QList<BenchSample> wall;
    QList<QJsonObject> firstFrames; ///< the timed launches' first-frame lines
    QList<BenchSample> projectLoaded;
    QList<FirstFrameLauncher::Launch> idle;

    /** The process's own figure for the timed launches, from the line's @p clock field. */
    BenchSummary reported(const QString &clock) const
    {
        QList<BenchSample> samples;
        for (const QJsonObject &line : firstFrames)
            samples << BenchSample{line.value(clock).toDouble(), 0, 0};
        return BenchSummary::of(samples);
    }
};

/** A launch that does not count is a wrong result, not a slow one. */
QString check(const Contender &c, const FirstFrameLauncher::Launch &launch)
{
    if (!launch.error.isEmpty())
        return c.name + u": "_s + launch.error;
    if (!c.expectedProject.isEmpty() &&
        QFileInfo(launch.project).canonicalFilePath() != QFileInfo(c.expectedProject).canonicalFilePath())
        return u"%1: the first frame names project \"%2\", not %3"_s.arg(c.name, launch.project, c.expectedProject);
    return {};
}

QJsonObject idleJson(const QList<FirstFrameLauncher::Launch> &idle)
{
    QList<BenchSample> rss, pss;
    QJsonArray runs;
    for (const FirstFrameLauncher::Launch &l : idle) {
        rss << BenchSample{double(l.rssBytes), 0, 0};
        pss << BenchSample{double(l.pssBytes), 0, 0};
        runs << QJsonObject{{u"rssBytes"_s, double(l.rssBytes)},
                            {u"pssBytes"_s, double(l.pssBytes)},
                            {u"idleAfterMs"_s, l.idleAfterMs}};
    }
    // BenchSummary's "Ms" fields hold bytes here; only the median is used.
    return {{u"rssMedianBytes"_s, BenchSummary::of(rss).medianMs},
            {u"pssMedianBytes"_s, BenchSummary::of(pss).medianMs},
            {u"runs"_s, runs}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Cold start to first painted frame and idle RSS, lagoon-desktop vs a bare Qt window."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Timed launches of each program (default 15)."_s, u"N"_s, u"15"_s);
    const QCommandLineOption warmupOption(u"warmup"_s, u"Untimed launches of each first (default 2)."_s, u"N"_s, u"2"_s);
    const QCommandLineOption idleOption(u"idle-runs"_s, u"Idle RSS launches of each (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption platformOption(
        u"platform"_s, u"QT_QPA_PLATFORM for both (default offscreen; xcb needs DISPLAY)."_s, u"name"_s, u"offscreen"_s);
    const QCommandLineOption appOption(u"app"_s, u"The lagoon-desktop to start."_s, u"path"_s, QStringLiteral(LAGOON_BENCH_APP));
    const QCommandLineOption helloOption(u"hello"_s, u"The hello window to start."_s, u"path"_s,
                                         QStringLiteral(LAGOON_BENCH_HELLO));
    const QCommandLineOption projectOption(u"project"_s, u"The project the app opens (default: the example project)."_s,
                                           u"dir"_s, QStringLiteral(LAGOON_BENCH_EXAMPLE));
    const QCommandLineOption dropOption(u"drop-caches"_s,
                                        u"Drop the page cache before every launch (root only; slows the machine for everyone)."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write the results to FILE."_s, u"FILE"_s);
    parser.addOptions({runsOption, warmupOption, idleOption, platformOption, appOption, helloOption, projectOption,
                       dropOption, jsonOption});
    parser.process(app);

    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int warmup = qMax(0, parser.value(warmupOption).toInt());
    const int idleRuns = qMax(1, parser.value(idleOption).toInt());
    const QString platform = parser.value(platformOption);
    const bool dropCaches = parser.isSet(dropOption);
    if (platform == u"xcb"_s && qEnvironmentVariableIsEmpty("DISPLAY")) {
        say(u"--platform xcb needs DISPLAY"_s);
        return 2;
    }
    if (dropCaches && ::geteuid() != 0) {
        say(u"--drop-caches writes /proc/sys/vm/drop_caches and needs root"_s);
        return 2;
    }
    const QString project = QDir(parser.value(projectOption)).absolutePath();
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        say(u"cannot create a temporary folder"_s);
        return 2;
    }
    FirstFrameLauncher probe(platform.toLocal8Bit(), scratch.path());
    probe.setDropCaches(dropCaches);

    Contender lagoon, hello;
    lagoon.name = u"lagoon-desktop"_s;
    lagoon.program = parser.value(appOption);
    lagoon.args = {u"--exit-after-first-frame"_s, project};
    lagoon.expectedProject = project;
    hello.name = u"hello window"_s;
    hello.program = parser.value(helloOption);
    hello.args = {u"--exit-after-first-frame"_s};
    for (const Contender *c : {&lagoon, &hello}) {
        if (!QFileInfo(c->program).isExecutable()) {
            say(c->program + u" is not an executable"_s);
            return 2;
        }
    }

    const auto loadAtStart = benchLoadAverage();
    say(u"bench_startup: cold start to first painted frame (budget ≤ %1× a bare Qt hello-window) and idle RSS with a "
        u"project open (budget ≤ %2 MB)"_s.arg(BudgetMaxRatio).arg(BudgetIdleBytes / 1e6));
#if !defined(__OPTIMIZE__)
    say(u"WARNING: this binary is not optimized; build lagoon-desktop in Release for representative numbers."_s);
#endif
    say(u"  app: %1 --exit-after-first-frame %2"_s.arg(lagoon.program, project));
    say(u"  platform %1; %2 timed launches of each after %3 untimed, alternating; fresh XDG config/cache/data/runtime "
        u"folders per launch"_s.arg(platform)
            .arg(runs)
            .arg(warmup));
    say(dropCaches ? u"  page cache dropped before every launch: a cold start from disk"_s
                   : u"  \"cold\" = a new process; the OS file cache is WARM after the first launch (run as root with "
                     u"--drop-caches for disk-cold figures)"_s);
    say(u"  load average %1; %2 cores"_s.arg(loadAtStart[0], 0, 'f', 2).arg(QThread::idealThreadCount()));

    QStringList failures;
    // Alternate so that load from other users of the machine hits both alike; the order within a
    // pair alternates too, so neither always follows the other.
    for (int i = 0; i < warmup + runs && failures.isEmpty(); ++i) {
        for (Contender *c : (i % 2 == 0 ? QList<Contender *>{&lagoon, &hello} : QList<Contender *>{&hello, &lagoon})) {
            const FirstFrameLauncher::Launch launch = probe.timeToFirstFrame(c->program, c->args);
            if (const QString problem = check(*c, launch); !problem.isEmpty()) {
                failures << problem;
                break;
            }
            if (i >= warmup) {
                c->wall << BenchSample{launch.wallMs, 0, 0};
                c->firstFrames << launch.firstFrame;
                if (launch.projectLoadedMs >= 0)
                    c->projectLoaded << BenchSample{launch.projectLoadedMs, 0, 0};
            }
        }
    }
    for (int i = 0; i < idleRuns && failures.isEmpty(); ++i) {
        for (Contender *c : {&lagoon, &hello}) {
            QStringList args = c->args;
            args.replace(0, u"--report-first-frame"_s);
            const FirstFrameLauncher::Launch launch = probe.idleMemory(c->program, args, !c->expectedProject.isEmpty(), SettleMs,
                                                                            MaxIdleWaitMs);
            if (const QString problem = check(*c, launch); !problem.isEmpty()) {
                failures << problem;
                break;
            }
            c->idle << launch;
        }
    }
    for (const QString &failure : std::as_const(failures))
        say(u"FAIL: "_s + failure);
    if (!failures.isEmpty()) {
        // The report tool says why the row has no figure rather than that the file is missing.
        if (parser.isSet(jsonOption)) {
            QFile file(parser.value(jsonOption));
            if (file.open(QIODevice::WriteOnly))
                file.write(QJsonDocument(QJsonObject{{u"benchmark"_s, u"startup"_s},
                                                     {u"failures"_s, QJsonArray::fromStringList(failures)}})
                               .toJson());
        }
        return 1;
    }

    const BenchSummary appWall = BenchSummary::of(lagoon.wall), helloWall = BenchSummary::of(hello.wall);
    // The interface names msSinceProcessStart; an app that reports msSinceMain is compared on that,
    // and the hello window reports both.
    const QString clock = lagoon.firstFrames.value(0).contains(u"msSinceProcessStart"_s) ? u"msSinceProcessStart"_s
                                                                                         : u"msSinceMain"_s;
    const BenchSummary appReported = lagoon.reported(clock), helloReported = hello.reported(clock);
    const BenchSummary appLoaded = BenchSummary::of(lagoon.projectLoaded);
    const double ratio50 = appWall.medianMs / helloWall.medianMs, ratio95 = appWall.p95Ms / helloWall.p95Ms;
    const QJsonObject appIdle = idleJson(lagoon.idle), helloIdle = idleJson(hello.idle);
    const double appRss = appIdle.value(u"rssMedianBytes"_s).toDouble();
    const double helloRss = helloIdle.value(u"rssMedianBytes"_s).toDouble();
    const auto loadAtEnd = benchLoadAverage();

    const auto row = [](const QString &label, const BenchSummary &s, const BenchSummary &reported) {
        return u"  %1 %2 %3 %4 %5   %6 %7"_s.arg(label, -34)
            .arg(s.medianMs, 8, 'f', 1)
            .arg(s.p95Ms, 8, 'f', 1)
            .arg(s.minMs, 8, 'f', 1)
            .arg(s.maxMs, 8, 'f', 1)
            .arg(reported.medianMs, 8, 'f', 0)
            .arg(reported.p95Ms, 8, 'f', 0);
    };
    say(QString());
    say(u"  fork → first-frame line               p50 ms   p95 ms   min ms   max ms   reported p50 / p95 ms"_s);
    say(row(u"lagoon-desktop + example project"_s, appWall, appReported));
    say(row(u"hello window (baseline)"_s, helloWall, helloReported));
    say(u"  ratio app / hello                   %1×   %2×      budget ≤ %3× (p50): %4"_s.arg(ratio50, 6, 'f', 2)
            .arg(ratio95, 6, 'f', 2)
            .arg(BudgetMaxRatio)
            .arg(ratio50 <= BudgetMaxRatio ? u"within"_s : u"OVER"_s));
    say(clock == u"msSinceMain"_s
            ? u"  (reported = the process's own msSinceMain: from main() on, without loading the program and its libraries)"_s
            : u"  (reported = the process's msSinceProcessStart, with the kernel's 10 ms start-time resolution)"_s);
    if (appLoaded.runs > 0)
        say(u"  lagoon-desktop: fork → project-loaded line p50 %1 ms, p95 %2 ms (after the first frame; not budgeted)"_s
                .arg(appLoaded.medianMs, 0, 'f', 1)
                .arg(appLoaded.p95Ms, 0, 'f', 1));
    say(QString());
    say(u"  idle, median of %1 launches each          VmRSS        Pss"_s.arg(idleRuns));
    say(u"  lagoon-desktop + example project   %1 %2   budget ≤ %3 MB: %4"_s.arg(mb(appRss), 10)
            .arg(mb(appIdle.value(u"pssMedianBytes"_s).toDouble()), 10)
            .arg(BudgetIdleBytes / 1e6)
            .arg(appRss <= BudgetIdleBytes ? u"within"_s : u"OVER"_s));
    say(u"  hello window (baseline)            %1 %2"_s.arg(mb(helloRss), 10)
            .arg(mb(helloIdle.value(u"pssMedianBytes"_s).toDouble()), 10));
    say(u"  ratio app / hello                  %1×"_s.arg(appRss / helloRss, 10, 'f', 2));
    say(u"  load average %1 at start, %2 at end"_s.arg(loadAtStart[0], 0, 'f', 2).arg(loadAtEnd[0], 0, 'f', 2));

    if (parser.isSet(jsonOption)) {
        const QJsonObject out{
            {u"benchmark"_s, u"startup"_s},
            {u"platform"_s, platform},
            {u"project"_s, project},
            {u"runs"_s, runs},
            {u"warmup"_s, warmup},
            {u"fileCache"_s, dropCaches ? u"dropped before every launch"_s : u"warm after the first launch"_s},
            {u"reportedClock"_s, clock},
            {u"app"_s, QJsonObject{{u"wall"_s, appWall.toJson()}, {u"reported"_s, appReported.toJson()},
                                   {u"projectLoaded"_s, appLoaded.toJson()}}},
            {u"hello"_s, QJsonObject{{u"wall"_s, helloWall.toJson()}, {u"reported"_s, helloReported.toJson()}}},
            {u"ratioP50"_s, ratio50},
            {u"ratioP95"_s, ratio95},
            {u"budgetMaxRatio"_s, BudgetMaxRatio},
            {u"idle"_s, QJsonObject{{u"app"_s, appIdle}, {u"hello"_s, helloIdle}, {u"budgetBytes"_s, BudgetIdleBytes},
                                    {u"settleMs"_s, SettleMs}, {u"maxWaitMs"_s, MaxIdleWaitMs}}},
            {u"load1"_s, loadAtStart[0]},
            {u"load1End"_s, loadAtEnd[0]},
            {u"failures"_s, QJsonArray()}};
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(out).toJson()) < 0) {
            say(u"cannot write "_s + file.fileName());
            return 2;
        }
    }
    return 0;
}
