// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// bench_remote: the "server event → model updated (subscription, loopback) p95 ≤ 50 ms" budget of
// shared/design/architecture.md. Builds run in the sandbox; every status or buildStep change the
// sandbox publishes is timed from the moment it was published (the sandbox's journal, same
// machine, same clock) until DeploymentWatcher has applied it to its model. The baseline is a
// bare QWebSocket in a thread of its own that receives the same frames and only stamps their
// arrival. Then the same kind of change is measured once more with the polling fallback: a second
// sandbox offers no WebSocket, and the watcher learns of each change by the client's polls
// (PollingLatencyBench). Timings are reported, never asserted; the run fails (exit 1) only when
// the watcher or the baseline did not see exactly what the sandbox published.

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSet>
#include <QThread>

#include "core/remote/deploymentwatcher.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsubscriptionclient.h"
#include "tests/bench/barewebsocketclient.h"
#include "tests/bench/benchmeasure.h"
#include "tests/bench/pollinglatencybench.h"
#include "tests/bench/sandboxclock.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;

namespace {

constexpr double BudgetP95Ms = 50.0;
constexpr int DevEnvironment = 5;

enum ExitCode
{
    Done = 0,
    WrongResult = 1,
    SetupFailed = 2,
};

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// One published change: which build, which state, and its occurrence (a key may repeat).
QString keyOf(const QString &name, const QString &status, const QString &buildStep, QHash<QString, int> &seen)
{
    const QString base = name + QLatin1Char('|') + status + QLatin1Char('|') + buildStep;
    return base + QLatin1Char('#') + QString::number(seen[base]++);
}

QString row(const QString &label, const BenchSummary &s)
{
    return QStringLiteral("  %1 %2 %3 %4 %5").arg(label, -44)
        .arg(s.medianMs, 8, 'f', 2)
        .arg(s.p95Ms, 8, 'f', 2)
        .arg(s.maxMs, 8, 'f', 2)
        .arg(s.minMs, 8, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Server event → model updated, against a bare QWebSocket (tests/bench/README.md)."));
    parser.addHelpOption();
    const QCommandLineOption changesOption(QStringLiteral("changes"), QStringLiteral("Measured status changes (at least; default 300)."),
                                           QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption speedOption(QStringLiteral("speed"), QStringLiteral("Sandbox build speed factor (default 0.1: ~1 s a build)."),
                                         QStringLiteral("F"), QStringLiteral("0.1"));
    const QCommandLineOption legacyOption(QStringLiteral("legacy"), QStringLiteral("The app's client speaks the legacy graphql-ws protocol."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the results to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption pollChangesOption(QStringLiteral("poll-changes"),
                                               QStringLiteral("Measured changes with the polling fallback (default 20, ~20 s each; 0: skip)."),
                                               QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({changesOption, speedOption, legacyOption, pollChangesOption, jsonOption});
    parser.process(app);
    const int wanted = std::max(parser.value(changesOption).toInt(), 1);
    const QString speed = parser.value(speedOption);
    const int pollChanges = std::max(parser.value(pollChangesOption).toInt(), 0);

    Test::SandboxFixture sandbox;
    if (!sandbox.start({QStringLiteral("--speed"), speed})) {
        say(QStringLiteral("bench_remote: the sandbox did not start: ") + sandbox.errorString());
        return SetupFailed;
    }
    const QString token = sandbox.legacyToken();
    const auto loadAtStart = benchLoadAverage();

    // The app's side: API client, subscription client, watcher, all on this thread.
    QNetworkAccessManager network;
    const TokenProvider tokens = [token](TokenPurpose, const TokenReply &reply) { reply(token); };
    LagoonApiClient api(&network, sandbox.apiUrl(), tokens);
    LagoonSubscriptionClient subscriptions(sandbox.webSocketUrl(), tokens);
    LagoonSubscriptionClient::Options options;
    if (parser.isSet(legacyOption))
        options.protocol = LagoonSubscriptionClient::ProtocolChoice::LegacyWs;
    subscriptions.setOptions(options);
    DeploymentWatcher watcher(&api, &subscriptions, DevEnvironment);
    QList<DeploymentEventTiming> timings;
    QObject::connect(&watcher, &DeploymentWatcher::eventApplied, &watcher,
                     [&timings](const DeploymentEventTiming &timing) { timings << timing; });

    // The baseline, in its own thread (stopped on every way out).
    QThread baselineThread;
    const auto stopThread = qScopeGuard([&baselineThread] {
        baselineThread.quit();
        baselineThread.wait();
    });
    auto *bare = new BareWebSocketClient;
    bare->moveToThread(&baselineThread);
    QObject::connect(&baselineThread, &QThread::finished, bare, &QObject::deleteLater);
    baselineThread.start();
    const QUrl wsUrl = sandbox.webSocketUrl();
    QMetaObject::invokeMethod(bare, [bare, wsUrl, token] { bare->open(wsUrl, token, DevEnvironment); }, Qt::QueuedConnection);

    watcher.start();
    auto subscribers = [&sandbox] {
        int n = 0;
        const QJsonArray events = sandbox.events(QStringLiteral("graphql"));
        for (const QJsonValue &e : events)
            n += e.toObject().value(QStringLiteral("operation")).toString() == QLatin1String("DeploymentChanged");
        return n;
    };
    if (!Test::SandboxFixture::waitUntil([&] { return watcher.isLoaded() && subscriptions.state() == LagoonSubscriptionClient::State::Connected
                                      && bare->isAcknowledged() && subscribers() >= 2; }, 20000)) {
        say(QStringLiteral("bench_remote: the clients did not connect: ") + subscriptions.lastError().message);
        return SetupFailed;
    }
    const SandboxClock clock = SandboxClock::measure(sandbox);
    const double offsetMs = clock.offsetMs, offsetBoundMs = clock.boundMs;

    auto deployAndWait = [&]() -> QString {
        auto answer = std::make_shared<std::optional<Result<QJsonObject>>>();
        api.run(QStringLiteral("DeployEnvironmentBranch"),
                {{QStringLiteral("project"), QStringLiteral("lagoon-demo")}, {QStringLiteral("branch"), QStringLiteral("dev")}}, &watcher,
                [answer](const Result<QJsonObject> &result) { *answer = result; });
        if (!Test::SandboxFixture::waitUntil([answer] { return answer->has_value(); }, 10000) || !answer->value())
            return {};
        const QString name = answer->value()->value(QStringLiteral("deployEnvironmentBranch")).toString();
        if (!Test::SandboxFixture::waitUntil([&] { return watcher.deployment(name).value_or(LagoonDeployment()).isFinished(); }, 60000))
            return {};
        return name;
    };

    if (deployAndWait().isEmpty()) { // warm-up, not measured
        say(QStringLiteral("bench_remote: the warm-up build did not finish"));
        return SetupFailed;
    }
    QSet<QString> measured;
    int published = 0;
    QJsonArray publishes;
    while (published < wanted) {
        const QString name = deployAndWait();
        if (name.isEmpty()) {
            say(QStringLiteral("bench_remote: a build did not finish"));
            return WrongResult;
        }
        measured.insert(name);
        std::fprintf(stderr, "\rbuild %lld ", qlonglong(measured.size()));
        publishes = sandbox.events(QStringLiteral("publish"));
        published = 0;
        for (const QJsonValue &e : std::as_const(publishes))
            published += measured.contains(e.toObject().value(QStringLiteral("payload")).toObject().value(QStringLiteral("name")).toString());
    }
    std::fputs("\n", stderr);
    Test::SandboxFixture::waitUntil([] { return false; }, 300); // the baseline's last frames
    const auto loadAtEnd = benchLoadAverage();

    // Match every published change with the watcher's application and the baseline's arrival.
    QHash<QString, double> publishedAt;
    QHash<QString, QStringList> expected, gotModel, gotBaseline;
    QHash<QString, int> seen;
    for (const QJsonValue &e : std::as_const(publishes)) {
        const QJsonObject p = e.toObject().value(QStringLiteral("payload")).toObject();
        const QString name = p.value(QStringLiteral("name")).toString();
        if (!measured.contains(name))
            continue;
        const QString status = p.value(QStringLiteral("status")).toString(), step = p.value(QStringLiteral("buildStep")).toString();
        publishedAt.insert(keyOf(name, status, step, seen), e.toObject().value(QStringLiteral("time")).toDouble() - offsetMs);
        expected[name] << status + QLatin1Char('/') + step;
    }
    QList<BenchSample> model, baseline, inProcess;
    seen.clear();
    for (const DeploymentEventTiming &t : std::as_const(timings)) {
        if (!measured.contains(t.deployment) || !t.changed)
            continue;
        gotModel[t.deployment] << t.status + QLatin1Char('/') + t.buildStep;
        const QString key = keyOf(t.deployment, t.status, t.buildStep, seen);
        if (publishedAt.contains(key))
            model << BenchSample{SandboxClock::epochMs(t.appliedWall) - publishedAt.value(key), 0, 0};
        inProcess << BenchSample{double(std::chrono::duration_cast<std::chrono::microseconds>(t.latency()).count()) / 1000.0, 0, 0};
    }
    seen.clear();
    const QList<BareWebSocketClient::Frame> frames = bare->frames();
    for (const BareWebSocketClient::Frame &f : frames) {
        if (!measured.contains(f.name))
            continue;
        gotBaseline[f.name] << f.status + QLatin1Char('/') + f.buildStep;
        const QString key = keyOf(f.name, f.status, f.buildStep, seen);
        if (publishedAt.contains(key))
            baseline << BenchSample{SandboxClock::epochMs(f.received) - publishedAt.value(key), 0, 0};
    }
    QStringList failures;
    for (const QString &name : std::as_const(measured)) {
        if (gotModel.value(name) != expected.value(name))
            failures << QStringLiteral("the watcher's changes of %1 differ from what the sandbox published").arg(name);
        if (gotBaseline.value(name) != expected.value(name))
            failures << QStringLiteral("the baseline's frames of %1 differ from what the sandbox published").arg(name);
    }
    if (model.size() != published || baseline.size() != published)
        failures << QStringLiteral("matched %1 (watcher) and %2 (baseline) of %3 changes").arg(model.size()).arg(baseline.size()).arg(published);

    // The same kind of change with the polling fallback, on a sandbox of its own without WebSocket.
    const QString protocol = SubscriptionCodec::protocolName(subscriptions.protocol());
    watcher.stop();
    subscriptions.close();
    sandbox.stop();
    PollingLatencyBench::Outcome polling;
    if (pollChanges > 0) {
        PollingLatencyBench::Options pollOptions;
        pollOptions.changes = pollChanges;
        pollOptions.speed = speed;
        polling = PollingLatencyBench().run(pollOptions);
        if (!polling.setupError.isEmpty()) {
            say(QStringLiteral("bench_remote: ") + polling.setupError);
            return SetupFailed;
        }
        failures << polling.failures;
    }
    const auto loadAfterPolling = benchLoadAverage();

    const BenchSummary modelSummary = BenchSummary::of(model);
    const BenchSummary baselineSummary = BenchSummary::of(baseline);
    const BenchSummary inProcessSummary = BenchSummary::of(inProcess);
    say(QStringLiteral("bench_remote: server event → model updated (budget p95 ≤ %1 ms); %2 changes in %3 builds, sandbox speed %4, %5")
            .arg(BudgetP95Ms, 0, 'f', 0).arg(published).arg(measured.size()).arg(speed, protocol));
    say(QStringLiteral("  load %1 → %2; sandbox clock %3 ms from ours (± %4 ms, subtracted)")
            .arg(loadAtStart[0], 0, 'f', 2).arg(loadAtEnd[0], 0, 'f', 2).arg(offsetMs, 0, 'f', 3).arg(offsetBoundMs, 0, 'f', 3));
#if !defined(__OPTIMIZE__)
    say(QStringLiteral("  WARNING: this binary is not optimized (configure with -DCMAKE_BUILD_TYPE=Release)."));
#endif
    say(QStringLiteral("  %1 %2 %3 %4 %5").arg(QString(), -44).arg(QStringLiteral("p50 ms"), 8).arg(QStringLiteral("p95 ms"), 8)
            .arg(QStringLiteral("max ms"), 8).arg(QStringLiteral("min ms"), 8));
    say(row(QStringLiteral("server → model updated (DeploymentWatcher)"), modelSummary)
        + QStringLiteral("   budget: %1").arg(modelSummary.p95Ms <= BudgetP95Ms ? QStringLiteral("within") : QStringLiteral("OVER")));
    say(row(QStringLiteral("server → frame received (bare QWebSocket)"), baselineSummary));
    say(row(QStringLiteral("  of which frame → model (in process)"), inProcessSummary));
    const double ratio50 = baselineSummary.medianMs > 0 ? modelSummary.medianMs / baselineSummary.medianMs : 0;
    const double ratio95 = baselineSummary.p95Ms > 0 ? modelSummary.p95Ms / baselineSummary.p95Ms : 0;
    say(QStringLiteral("  ratio watcher / baseline                      %1×   %2×").arg(ratio50, 6, 'f', 2).arg(ratio95, 6, 'f', 2));
    const BenchSummary pollSummary = BenchSummary::of(polling.latency);
    const double pollRatio50 = modelSummary.medianMs > 0 ? pollSummary.medianMs / modelSummary.medianMs : 0;
    const double pollRatio95 = modelSummary.p95Ms > 0 ? pollSummary.p95Ms / modelSummary.p95Ms : 0;
    if (pollChanges > 0) {
        say(QStringLiteral("polling fallback (second sandbox, --ws-protocols none): %1 changes at random phases of the poll timer")
                .arg(pollSummary.runs));
        say(QStringLiteral("  poll interval %1 ms (the product's default); the sandbox saw %2 polls, median %3 ms apart; "
                           "load → %4; clock ± %5 ms")
                .arg(polling.pollInterval.count()).arg(polling.polls).arg(polling.pollGapMs, 0, 'f', 1)
                .arg(loadAfterPolling[0], 0, 'f', 2).arg(polling.clock.boundMs, 0, 'f', 3));
        say(row(QStringLiteral("server → model updated by polling"), pollSummary)
            + QStringLiteral("   budget: %1").arg(pollSummary.p95Ms <= BudgetP95Ms ? QStringLiteral("within") : QStringLiteral("OVER")));
        say(row(QStringLiteral("  of which waiting for the next poll"), BenchSummary::of(polling.waiting)));
        say(row(QStringLiteral("  of which poll's query → model"), BenchSummary::of(polling.query)));
        say(QStringLiteral("  ratio polling / subscription                  %1×   %2×").arg(pollRatio50, 6, 'f', 0).arg(pollRatio95, 6, 'f', 0));
        say(QStringLiteral("  polling p95 / budget                                    %1×   (p95 / interval %2)")
                .arg(pollSummary.p95Ms / BudgetP95Ms, 6, 'f', 0).arg(pollSummary.p95Ms / double(polling.pollInterval.count()), 0, 'f', 2));
    }

    if (parser.isSet(jsonOption)) {
        const QJsonObject out{{QStringLiteral("changes"), published},
                              {QStringLiteral("builds"), int(measured.size())},
                              {QStringLiteral("speed"), speed.toDouble()},
                              {QStringLiteral("protocol"), protocol},
                              {QStringLiteral("model"), modelSummary.toJson()},
                              {QStringLiteral("baseline"), baselineSummary.toJson()},
                              {QStringLiteral("inProcess"), inProcessSummary.toJson()},
                              {QStringLiteral("ratioP50"), ratio50},
                              {QStringLiteral("ratioP95"), ratio95},
                              {QStringLiteral("budgetP95Ms"), BudgetP95Ms},
                              {QStringLiteral("clockOffsetMs"), offsetMs},
                              {QStringLiteral("clockOffsetBoundMs"), offsetBoundMs},
                              {QStringLiteral("load1"), loadAtStart[0]},
                              {QStringLiteral("polling"), QJsonObject{{QStringLiteral("intervalMs"), qint64(polling.pollInterval.count())},
                                                                      {QStringLiteral("polls"), polling.polls},
                                                                      {QStringLiteral("pollGapMs"), polling.pollGapMs},
                                                                      {QStringLiteral("model"), pollSummary.toJson()},
                                                                      {QStringLiteral("waiting"), BenchSummary::of(polling.waiting).toJson()},
                                                                      {QStringLiteral("query"), BenchSummary::of(polling.query).toJson()},
                                                                      {QStringLiteral("ratioP50"), pollRatio50},
                                                                      {QStringLiteral("ratioP95"), pollRatio95}}},
                              {QStringLiteral("failures"), QJsonArray::fromStringList(failures)}};
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(out).toJson()) < 0)
            say(QStringLiteral("cannot write ") + file.fileName());
    }
    for (const QString &failure : std::as_const(failures))
        say(QStringLiteral("FAIL: ") + failure);
    return failures.isEmpty() ? Done : WrongResult;
}
