// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// bench_rollout: the "server event → rollout view updated p95 ≤ 50 ms" budget of the live rollout
// (shared/design/architecture.md). Builds run in the sandbox; for every status or buildStep change
// the sandbox publishes, the time from its publication (the sandbox's journal, same machine, same
// clock) until LagoonRolloutFeed changed the Rollout (a step added, started or ended; the rollout
// started) is set beside the time until a bare DeploymentWatcher on the same connection applied
// the same event to its model: the baseline, measured in the same run. Timings are reported, never
// asserted; the run fails (exit 1) only when a build did not end as the sandbox said.

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include "core/remote/deploymentwatcher.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonrolloutfeed.h"
#include "core/remote/lagoonsession.h"
#include "core/remote/lagoonsubscriptionclient.h"
#include "core/rollout/rollout.h"

#include "tests/bench/benchmeasure.h"
#include "tests/bench/sandboxclock.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;

namespace {

constexpr double BudgetP95Ms = 50.0;
LagoonEnvironmentRef devEnvironment()
{
    LagoonEnvironmentRef environment;
    environment.project = QStringLiteral("lagoon-demo");
    environment.name = QStringLiteral("dev");
    environment.id = 5;
    environment.type = QStringLiteral("development");
    environment.namespaceName = QStringLiteral("lagoon-demo-dev");
    return environment;
}
const LagoonEnvironmentRef Dev = devEnvironment();

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// One published change, with its occurrence (a key may repeat).
QString keyOf(const QString &name, const QString &status, const QString &buildStep, QHash<QString, int> &seen)
{
    const QString base = name + QLatin1Char('|') + status + QLatin1Char('|') + buildStep;
    return base + QLatin1Char('#') + QString::number(seen[base]++);
}

QString row(const QString &label, const BenchSummary &s)
{
    return QStringLiteral("  %1 %2 %3 %4 %5 %6")
        .arg(label, -42)
        .arg(s.runs, 5)
        .arg(s.medianMs, 8, 'f', 2)
        .arg(s.p95Ms, 8, 'f', 2)
        .arg(s.maxMs, 8, 'f', 2)
        .arg(s.minMs, 8, 'f', 2);
}

// When the feed's rollout last changed, on our wall clock.
struct RolloutChanges
{
    std::chrono::system_clock::time_point last;
    void touch() { last = std::chrono::system_clock::now(); }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Server event → Rollout updated, against a bare DeploymentWatcher (tests/bench/README.md)."));
    parser.addHelpOption();
    const QCommandLineOption buildsOption(QStringLiteral("builds"),
                                          QStringLiteral("Measured builds (default 15, ~20 changes each)."),
                                          QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         QStringLiteral("Sandbox build speed factor (default 0.1: ~1 s a build)."),
                                         QStringLiteral("F"), QStringLiteral("0.1"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the results to FILE."),
                                        QStringLiteral("FILE"));
    parser.addOptions({buildsOption, speedOption, jsonOption});
    parser.process(app);
    const int builds = std::max(parser.value(buildsOption).toInt(), 1);
    const QString speed = parser.value(speedOption);

    Test::SandboxFixture sandbox;
    if (!sandbox.start({QStringLiteral("--speed"), speed})) {
        say(QStringLiteral("bench_rollout: the sandbox did not start: ") + sandbox.errorString());
        return 2;
    }
    const QString token = sandbox.legacyToken();
    const auto loadAtStart = benchLoadAverage();

    QNetworkAccessManager network;
    QTemporaryDir cache;
    LagoonSession session(
        &network, QStringLiteral("bench"), sandbox.apiUrl(),
        [token](const TokenRequest &, const TokenReply &reply) { reply(token); }, cache.path());
    // The baseline shares the feeds' connection: both see every frame the same way.
    DeploymentWatcher baseline(session.api(), session.subscriptions(), Dev.id);
    QList<DeploymentEventTiming> baselineTimings;
    QObject::connect(&baseline, &DeploymentWatcher::eventApplied, &baseline,
                     [&](const DeploymentEventTiming &timing) { baselineTimings << timing; });
    baseline.start();
    if (!Test::SandboxFixture::waitUntil(
            [&] {
                return baseline.isLoaded() &&
                       session.subscriptions()->state() == LagoonSubscriptionClient::State::Connected;
            },
            20000)) {
        say(QStringLiteral("bench_rollout: the client did not connect"));
        return 2;
    }
    const SandboxClock clock = SandboxClock::measure(sandbox);

    // One feed per build; the time of each event is when the rollout changed because of it.
    QList<DeploymentEventTiming> feedTimings;
    QList<std::chrono::system_clock::time_point> feedChangedAt;
    QStringList failures;
    auto runBuild = [&](bool measure) -> QString {
        auto answer = std::make_shared<std::optional<Result<QJsonObject>>>();
        session.api()->run(QStringLiteral("DeployEnvironmentBranch"),
                           {{QStringLiteral("project"), Dev.project}, {QStringLiteral("branch"), Dev.name}}, &baseline,
                           [answer](const Result<QJsonObject> &result) { *answer = result; });
        if (!Test::SandboxFixture::waitUntil([answer] { return answer->has_value(); }, 10000) || !answer->value())
            return {};
        const QString name = answer->value()->value(QStringLiteral("deployEnvironmentBranch")).toString();
        LagoonRolloutFeed::Options options;
        options.earlierBuilds = 0; // the events only
        LagoonRolloutFeed feed(&session, Dev, name, options);
        RolloutChanges changes;
        Rollout *rollout = feed.rollout();
        QObject::connect(rollout, &Rollout::started, rollout, [&changes] { changes.touch(); });
        QObject::connect(rollout, &Rollout::stepAdded, rollout, [&changes] { changes.touch(); });
        QObject::connect(rollout, &Rollout::stepChanged, rollout, [&changes] { changes.touch(); });
        feed.start();
        QObject::connect(
            feed.watcher(), &DeploymentWatcher::eventApplied, &feed, [&](const DeploymentEventTiming &timing) {
                // The rollout changes inside the watcher's apply, before eventApplied: a change stamped
                // after the frame arrived is this event's.
                if (measure && timing.deployment == name && timing.changed && changes.last >= timing.receivedWall) {
                    feedTimings << timing;
                    feedChangedAt << changes.last;
                }
            });
        bool done = false;
        QObject::connect(&feed, &LagoonRolloutFeed::finished, &feed, [&done] { done = true; });
        if (!Test::SandboxFixture::waitUntil([&done] { return done; }, 60000))
            return {};
        if (rollout->state() != RolloutState::Succeeded)
            failures
                << QStringLiteral("%1 ended %2, the sandbox completed it").arg(name, rolloutStateId(rollout->state()));
        return name;
    };

    if (runBuild(false).isEmpty()) {
        say(QStringLiteral("bench_rollout: the warm-up build did not finish"));
        return 2;
    }
    QStringList measured;
    for (int i = 0; i < builds; ++i) {
        const QString name = runBuild(true);
        if (name.isEmpty()) {
            say(QStringLiteral("bench_rollout: a build did not finish"));
            return 1;
        }
        measured << name;
        std::fprintf(stderr, "\rbuild %d ", i + 1);
    }
    std::fputs("\n", stderr);
    const auto loadAtEnd = benchLoadAverage();

    QHash<QString, double> publishedAt;
    QHash<QString, int> seen;
    const QJsonArray publishes = sandbox.events(QStringLiteral("publish"));
    for (const QJsonValue &e : publishes) {
        const QJsonObject p = e.toObject().value(QStringLiteral("payload")).toObject();
        const QString name = p.value(QStringLiteral("name")).toString();
        if (measured.contains(name))
            publishedAt.insert(keyOf(name, p.value(QStringLiteral("status")).toString(),
                                     p.value(QStringLiteral("buildStep")).toString(), seen),
                               clock.toOurs(e.toObject().value(QStringLiteral("time")).toDouble()));
    }
    // Keys of the events the feed turned into a rollout change, and when.
    QHash<QString, double> feedAt;
    QHash<QString, int> feedSeen;
    QHash<QString, int> baselineSeen;
    QHash<QString, double> baselineAt;
    for (const DeploymentEventTiming &t : std::as_const(baselineTimings)) {
        if (measured.contains(t.deployment) && t.changed)
            baselineAt.insert(keyOf(t.deployment, t.status, t.buildStep, baselineSeen),
                              SandboxClock::epochMs(t.appliedWall));
    }
    QList<BenchSample> feedSamples, baselineSamples, inProcess;
    for (qsizetype i = 0; i < feedTimings.size(); ++i) {
        const DeploymentEventTiming &t = feedTimings.at(i);
        // Occurrence counted among every changed event of the build, like the baseline's keys.
        const QString key = keyOf(t.deployment, t.status, t.buildStep, feedSeen);
        if (!publishedAt.contains(key) || !baselineAt.contains(key))
            continue;
        feedSamples << BenchSample{SandboxClock::epochMs(feedChangedAt.at(i)) - publishedAt.value(key), 0, 0};
        baselineSamples << BenchSample{baselineAt.value(key) - publishedAt.value(key), 0, 0};
        inProcess << BenchSample{
            double(
                std::chrono::duration_cast<std::chrono::microseconds>(feedChangedAt.at(i) - t.receivedWall).count()) /
                1000.0,
            0, 0};
    }
    if (feedSamples.size() < builds * 10)
        failures << QStringLiteral("only %1 events changed a rollout in %2 builds").arg(feedSamples.size()).arg(builds);

    const BenchSummary feedSummary = BenchSummary::of(feedSamples);
    const BenchSummary baselineSummary = BenchSummary::of(baselineSamples);
    const double ratio50 = baselineSummary.medianMs > 0 ? feedSummary.medianMs / baselineSummary.medianMs : 0;
    const double ratio95 = baselineSummary.p95Ms > 0 ? feedSummary.p95Ms / baselineSummary.p95Ms : 0;
    say(QStringLiteral(
            "bench_rollout: server event → Rollout updated (budget p95 ≤ %1 ms); %2 builds, sandbox speed %3")
            .arg(BudgetP95Ms, 0, 'f', 0)
            .arg(measured.size())
            .arg(speed));
    say(QStringLiteral("  load %1 → %2; sandbox clock %3 ms from ours (± %4 ms, subtracted)")
            .arg(loadAtStart[0], 0, 'f', 2)
            .arg(loadAtEnd[0], 0, 'f', 2)
            .arg(clock.offsetMs, 0, 'f', 3)
            .arg(clock.boundMs, 0, 'f', 3));
#if !defined(__OPTIMIZE__)
    say(QStringLiteral("  WARNING: this binary is not optimized (configure with -DCMAKE_BUILD_TYPE=Release)."));
#endif
    say(QStringLiteral("  %1 %2 %3 %4 %5 %6")
            .arg(QString(), -42)
            .arg(QStringLiteral("n"), 5)
            .arg(QStringLiteral("p50 ms"), 8)
            .arg(QStringLiteral("p95 ms"), 8)
            .arg(QStringLiteral("max ms"), 8)
            .arg(QStringLiteral("min ms"), 8));
    say(row(QStringLiteral("server → Rollout updated (LagoonRolloutFeed)"), feedSummary) +
        QStringLiteral("   budget: %1")
            .arg(feedSummary.p95Ms <= BudgetP95Ms ? QStringLiteral("within") : QStringLiteral("OVER")));
    say(row(QStringLiteral("server → model updated (DeploymentWatcher)"), baselineSummary));
    say(row(QStringLiteral("  of which frame → Rollout (in process)"), BenchSummary::of(inProcess)));
    say(QStringLiteral("  ratio feed / bare watcher                          %1×   %2×")
            .arg(ratio50, 6, 'f', 2)
            .arg(ratio95, 6, 'f', 2));

    if (parser.isSet(jsonOption)) {
        const QJsonObject out{{QStringLiteral("builds"), int(measured.size())},
                              {QStringLiteral("speed"), speed.toDouble()},
                              {QStringLiteral("rollout"), feedSummary.toJson()},
                              {QStringLiteral("baseline"), baselineSummary.toJson()},
                              {QStringLiteral("inProcess"), BenchSummary::of(inProcess).toJson()},
                              {QStringLiteral("ratioP50"), ratio50},
                              {QStringLiteral("ratioP95"), ratio95},
                              {QStringLiteral("budgetP95Ms"), BudgetP95Ms},
                              {QStringLiteral("load1"), loadAtStart[0]},
                              {QStringLiteral("failures"), QJsonArray::fromStringList(failures)}};
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(out).toJson()) < 0)
            say(QStringLiteral("cannot write ") + file.fileName());
    }
    for (const QString &failure : std::as_const(failures))
        say(QStringLiteral("FAIL: ") + failure);
    return failures.isEmpty() ? 0 : 1;
}
