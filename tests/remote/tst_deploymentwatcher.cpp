// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <memory>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "core/remote/deploymentwatcher.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsubscriptionclient.h"
#include "tests/remote/scriptedtokens.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;
using State = LagoonSubscriptionClient::State;

namespace {

constexpr int MainEnvironment = 3;
constexpr int DevEnvironment = 5;

// One deploymentChanged signal, with the state the watcher showed at that moment.
struct Seen
{
    QString name;
    QString status;
    QString buildStep;
    friend bool operator==(const Seen &, const Seen &) = default;
};

QDebug operator<<(QDebug debug, const Seen &seen)
{
    return debug << seen.status << seen.buildStep;
}

// An API client, a subscription client and a watcher on one environment, recording what it shows.
struct Harness
{
    QNetworkAccessManager network;
    Test::ScriptedTokens tokens;
    std::unique_ptr<LagoonApiClient> api;
    std::unique_ptr<LagoonSubscriptionClient> subscriptions;
    std::unique_ptr<DeploymentWatcher> watcher;
    QList<Seen> changes;
    QList<DeploymentEventTiming> timings;

    Harness(Test::SandboxFixture &sandbox, const QString &token, int environment, int failuresBeforePolling = 1000)
    {
        tokens.current = token;
        api = std::make_unique<LagoonApiClient>(&network, sandbox.apiUrl(), tokens.provider());
        api->setTimeout(3s);
        subscriptions = std::make_unique<LagoonSubscriptionClient>(sandbox.webSocketUrl(), tokens.provider());
        LagoonSubscriptionClient::Options options;
        options.minimumBackoff = 20ms;
        options.maximumBackoff = 200ms;
        options.connectTimeout = 3s;
        options.keepAliveInterval = 200ms;
        options.keepAliveTimeout = 1200ms;
        options.failuresBeforePolling = failuresBeforePolling;
        options.pollInterval = 100ms;
        subscriptions->setOptions(options);
        watcher = std::make_unique<DeploymentWatcher>(api.get(), subscriptions.get(), environment);
        QObject::connect(watcher.get(), &DeploymentWatcher::deploymentChanged, watcher.get(), [this](const QString &name) {
            const auto d = watcher->deployment(name);
            changes << Seen{name, d->status, d->buildStep};
        });
        QObject::connect(watcher.get(), &DeploymentWatcher::eventApplied, watcher.get(),
                         [this](const DeploymentEventTiming &timing) { timings << timing; });
    }

    QList<Seen> changesOf(const QString &name) const
    {
        QList<Seen> of;
        for (const Seen &seen : changes) {
            if (seen.name == name)
                of << seen;
        }
        return of;
    }

    int finalStatusesOf(const QString &name) const
    {
        int finals = 0;
        const QList<Seen> of = changesOf(name);
        for (qsizetype i = 0; i < of.size(); ++i)
            finals += LagoonDeployment::statusRank(of.at(i).status) == 4 && (i == 0 || of.at(i - 1).status != of.at(i).status);
        return finals;
    }
};

QStringList statusesOf(const QList<Seen> &changes)
{
    QStringList statuses;
    for (const Seen &seen : changes) {
        if (statuses.isEmpty() || statuses.constLast() != seen.status)
            statuses << seen.status;
    }
    return statuses;
}

} // namespace

class tst_DeploymentWatcher : public QObject
{
    Q_OBJECT

private:
    Test::SandboxFixture m_sandbox;
    QString m_admin;

    // What the sandbox published for one deployment, in order.
    QList<Seen> published(const QString &name)
    {
        QList<Seen> list;
        const QJsonArray events = m_sandbox.events(QStringLiteral("publish"));
        for (const QJsonValue &event : events) {
            const QJsonObject payload = event.toObject().value(QStringLiteral("payload")).toObject();
            if (payload.value(QStringLiteral("name")).toString() == name)
                list << Seen{name, payload.value(QStringLiteral("status")).toString(), payload.value(QStringLiteral("buildStep")).toString()};
        }
        return list;
    }

    // The subscription is live once the server has seen it, not when the frame left.
    bool waitForSubscribers(int count)
    {
        return QTest::qWaitFor([&] {
            int seen = 0;
            const QJsonArray events = m_sandbox.events(QStringLiteral("graphql"));
            for (const QJsonValue &event : events)
                seen += event.toObject().value(QStringLiteral("operation")).toString() == QLatin1String("DeploymentChanged");
            return seen >= count;
        }, 5000);
    }

    bool startAndLoad(Harness &harness)
    {
        QSignalSpy reconciled(harness.watcher.get(), &DeploymentWatcher::reconciled);
        harness.watcher->start();
        return QTest::qWaitFor([&] { return harness.subscriptions->state() == State::Connected && reconciled.count() >= 2; }, 10000);
    }

    QString deploy(Harness &harness, const QString &branch = QStringLiteral("dev"))
    {
        auto answer = std::make_shared<std::optional<Result<QJsonObject>>>();
        QObject context;
        harness.api->run(QStringLiteral("DeployEnvironmentBranch"),
                         {{QStringLiteral("project"), QStringLiteral("lagoon-demo")}, {QStringLiteral("branch"), branch}}, &context,
                         [answer](const Result<QJsonObject> &result) { *answer = result; });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, 10000) || !answer->value())
            return {};
        return answer->value()->value(QStringLiteral("deployEnvironmentBranch")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--speed"), QStringLiteral("0.05")}), qPrintable(m_sandbox.errorString()));
        m_admin = m_sandbox.legacyToken();
    }

    void init()
    {
        QVERIFY(m_sandbox.isRunning() || m_sandbox.restart());
        QVERIFY(m_sandbox.reset());
        // A restart with --ws-protocols none makes that the mode reset() returns to.
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("both")));
    }

    void start_listsTheEnvironmentOnceNewestFirst()
    {
        Harness harness(m_sandbox, m_admin, MainEnvironment);
        QVERIFY(startAndLoad(harness));
        QVERIFY(harness.watcher->isLoaded());
        const QList<LagoonDeployment> deployments = harness.watcher->deployments();
        QCOMPARE(deployments.size(), 3);
        QStringList names;
        for (const LagoonDeployment &d : deployments)
            names << d.name;
        QCOMPARE(names, QStringList({QStringLiteral("lagoon-build-7g8h9i"), QStringLiteral("lagoon-build-def456"),
                                     QStringLiteral("lagoon-build-123abc")}));
        QCOMPARE(harness.watcher->deployment(QStringLiteral("lagoon-build-def456"))->status, QStringLiteral("failed"));
        // Two reconciling queries (start, then the acknowledgement), one signal per deployment.
        QCOMPARE(harness.changes.size(), 3);
    }

    void deploy_reportsEachChangeInOrderExactlyOnce()
    {
        Harness harness(m_sandbox, m_admin, DevEnvironment);
        QVERIFY(startAndLoad(harness));
        QVERIFY(waitForSubscribers(1));
        const QString name = deploy(harness);
        QVERIFY(name.startsWith(QLatin1String("lagoon-build-")));
        QTRY_COMPARE_WITH_TIMEOUT(harness.watcher->deployment(name).value_or(LagoonDeployment()).status, QStringLiteral("complete"), 15000);
        QTest::qWait(200); // nothing may follow

        const QList<Seen> seen = harness.changesOf(name);
        QCOMPARE(statusesOf(seen), QStringList({QStringLiteral("new"), QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("complete")}));
        QCOMPARE(seen, published(name));
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(!(seen.at(i) == seen.at(i - 1)), qPrintable(QStringLiteral("duplicate at %1").arg(i)));
        QCOMPARE(harness.finalStatusesOf(name), 1);
        QCOMPARE(seen.constLast().buildStep, QStringLiteral("deployCompleted"));

        // Every event was timed from the socket to the model.
        int changedEvents = 0;
        for (const DeploymentEventTiming &timing : std::as_const(harness.timings)) {
            QVERIFY(timing.latency() >= 0ns && timing.latency() < 1s);
            QVERIFY(timing.appliedWall >= timing.receivedWall);
            changedEvents += timing.changed;
        }
        QCOMPARE(changedEvents, seen.size());
    }

    void connectionLostMidBuild_reconcilesWithoutDuplicates()
    {
        Harness harness(m_sandbox, m_admin, DevEnvironment);
        QSignalSpy reconnected(harness.subscriptions.get(), &LagoonSubscriptionClient::reconnected);
        QVERIFY(startAndLoad(harness));
        QVERIFY(waitForSubscribers(1));
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("configuringRoutes")}}));
        const QString name = deploy(harness);
        QTRY_COMPARE(harness.watcher->deployment(name).value_or(LagoonDeployment()).buildStep, QStringLiteral("configuringRoutes"));

        // The server hangs: the keep-alive gives up, the client reconnects and reconciles.
        QVERIFY(m_sandbox.freeze());
        QTRY_VERIFY_WITH_TIMEOUT(harness.subscriptions->state() != State::Connected, 5000);
        QVERIFY(m_sandbox.thaw());
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 10000);
        QVERIFY(waitForSubscribers(2));
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/builds/%1/release").arg(name)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(harness.watcher->deployment(name).value_or(LagoonDeployment()).status, QStringLiteral("complete"), 15000);
        QTest::qWait(200);

        const QList<Seen> seen = harness.changesOf(name);
        QCOMPARE(seen, published(name));
        QCOMPARE(harness.finalStatusesOf(name), 1);
    }

    void serverRestartedMidBuild_finalStatusReportedExactlyOnce()
    {
        Harness harness(m_sandbox, m_admin, DevEnvironment);
        QSignalSpy reconnected(harness.subscriptions.get(), &LagoonSubscriptionClient::reconnected);
        QVERIFY(startAndLoad(harness));
        QVERIFY(waitForSubscribers(1));
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("buildingImages")}}));
        const QString name = deploy(harness);
        QTRY_COMPARE(harness.watcher->deployment(name).value_or(LagoonDeployment()).buildStep, QStringLiteral("buildingImages"));
        const QJsonObject held = m_sandbox.build(name);

        // The API dies. The build finishes meanwhile (the controller reports to the database);
        // its final event is published to nobody.
        m_sandbox.kill();
        QTRY_COMPARE(harness.subscriptions->state(), State::Reconnecting);
        QJsonObject finished = held;
        finished.insert(QStringLiteral("status"), QStringLiteral("complete"));
        finished.insert(QStringLiteral("buildStep"), QStringLiteral("deployCompleted"));
        finished.insert(QStringLiteral("completed"), QStringLiteral("2026-11-27 07:30:00"));
        finished.insert(QStringLiteral("environment"), DevEnvironment);
        // The API comes back; WebSockets only once its database holds the build again, so that
        // the reconnection cannot come before the state it must find.
        QVERIFY2(m_sandbox.restart({QStringLiteral("--ws-protocols"), QStringLiteral("none")}), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_sandbox.restoreBuild(finished));
        QCOMPARE(harness.watcher->deployment(name)->status, QStringLiteral("running"));
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("both")));
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 10000);
        QTRY_COMPARE(harness.watcher->deployment(name)->status, QStringLiteral("complete"));
        QCOMPARE(harness.finalStatusesOf(name), 1);
        QCOMPARE(harness.changesOf(name).constLast(), (Seen{name, QStringLiteral("complete"), QStringLiteral("deployCompleted")}));

        // Another restart replays the same final state: nothing new to report.
        const qsizetype before = harness.changes.size();
        m_sandbox.kill();
        QVERIFY(m_sandbox.restart({QStringLiteral("--ws-protocols"), QStringLiteral("none")}));
        QVERIFY(m_sandbox.restoreBuild(finished));
        QSignalSpy reconciled(harness.watcher.get(), &DeploymentWatcher::reconciled);
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("both")));
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 2, 10000);
        QTRY_VERIFY(reconciled.count() >= 1);
        QCOMPARE(harness.changes.size(), before);
        QCOMPARE(harness.finalStatusesOf(name), 1);
    }

    void webSocketRefused_pollingStillDeliversTheFinalStatusOnce()
    {
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("none")));
        Harness harness(m_sandbox, m_admin, DevEnvironment, 2);
        harness.watcher->start();
        QTRY_COMPARE(harness.subscriptions->state(), State::Polling);
        QTRY_VERIFY(harness.watcher->isLoaded());
        const QString name = deploy(harness);
        QTRY_COMPARE_WITH_TIMEOUT(harness.watcher->deployment(name).value_or(LagoonDeployment()).status, QStringLiteral("complete"), 15000);
        QTest::qWait(300); // a few more polls
        const QList<Seen> seen = harness.changesOf(name);
        QCOMPARE(harness.finalStatusesOf(name), 1);
        // Polling sees fewer steps, but what it sees is in the order they happened.
        const QList<Seen> all = published(name);
        qsizetype at = 0;
        for (const Seen &s : seen) {
            while (at < all.size() && !(all.at(at) == s))
                ++at;
            QVERIFY2(at < all.size(), qPrintable(s.status + QLatin1Char('/') + s.buildStep));
        }
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(!(seen.at(i) == seen.at(i - 1)));
        QVERIFY(harness.timings.isEmpty()); // no subscription events at all

        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("both")));
        QTRY_COMPARE_WITH_TIMEOUT(harness.subscriptions->state(), State::Connected, 10000);
        QCOMPARE(harness.finalStatusesOf(name), 1);
    }

    void staleAndRepeatedEvents_changeNothing()
    {
        Harness harness(m_sandbox, m_admin, MainEnvironment);
        QVERIFY(startAndLoad(harness));
        QVERIFY(waitForSubscribers(1));
        const int id = m_sandbox.build(QStringLiteral("lagoon-build-123abc")).value(QStringLiteral("id")).toInt();
        auto publish = [&](const QJsonObject &patch) {
            return m_sandbox
                .control("POST", QStringLiteral("/publish"),
                         {{QStringLiteral("channel"), QStringLiteral("deployment")}, {QStringLiteral("id"), id}, {QStringLiteral("patch"), patch}})
                .ok();
        };
        const qsizetype before = harness.changes.size();
        QVERIFY(publish({}));                                                    // the same again
        QVERIFY(publish({{QStringLiteral("status"), QStringLiteral("running")}})); // older than complete
        QVERIFY(publish({{QStringLiteral("buildStep"), QStringLiteral("deployCompletedWithWarnings")}})); // a real change
        QTRY_COMPARE(harness.timings.size(), 3);
        QCOMPARE(harness.changes.size(), before + 1);
        QCOMPARE(harness.watcher->deployment(QStringLiteral("lagoon-build-123abc"))->status, QStringLiteral("complete"));
        QCOMPARE(harness.watcher->deployment(QStringLiteral("lagoon-build-123abc"))->buildStep, QStringLiteral("deployCompletedWithWarnings"));
        QCOMPARE(harness.timings.at(0).changed, false);
        QCOMPARE(harness.timings.at(1).changed, false);
        QCOMPARE(harness.timings.at(2).changed, true);
    }

    void subscriptionEndedByTheServer_isMadeAgainAndMissesNothing()
    {
        // Lagoon's API ends a subscription with an error when, say, Redis is away for a moment.
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/faults"), {{QStringLiteral("subscriptionErrors"), 1}}).ok());
        Harness harness(m_sandbox, m_admin, DevEnvironment);
        QSignalSpy errors(harness.watcher.get(), &DeploymentWatcher::errorOccurred);
        QVERIFY(startAndLoad(harness));
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 5000);
        QVERIFY(harness.watcher->isRunning());

        // A build runs while there is no subscription: the reconciling query after it is made
        // again catches up, and later changes come as events again.
        const QString name = deploy(harness);
        QVERIFY(name.startsWith(QLatin1String("lagoon-build-")));
        QVERIFY(waitForSubscribers(2));
        QTRY_COMPARE_WITH_TIMEOUT(harness.watcher->deployment(name).value_or(LagoonDeployment()).status, QStringLiteral("complete"), 20000);
        QCOMPARE(harness.finalStatusesOf(name), 1);
        const int id = m_sandbox.build(name).value(QStringLiteral("id")).toInt();
        const qsizetype events = harness.timings.size();
        QVERIFY(m_sandbox
                    .control("POST", QStringLiteral("/publish"),
                             {{QStringLiteral("channel"), QStringLiteral("deployment")}, {QStringLiteral("id"), id},
                              {QStringLiteral("patch"), QJsonObject{{QStringLiteral("buildStep"), QStringLiteral("deployCompletedWithWarnings")}}}})
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(harness.timings.size(), events + 1, 5000);
        QCOMPARE(harness.watcher->deployment(name)->buildStep, QStringLiteral("deployCompletedWithWarnings"));
        QCOMPARE(errors.count(), 1);
    }

    void twoWatchersOnOneConnection_seeOnlyTheirEnvironment()
    {
        Harness harness(m_sandbox, m_admin, DevEnvironment);
        DeploymentWatcher main(harness.api.get(), harness.subscriptions.get(), MainEnvironment);
        QSignalSpy mainChanged(&main, &DeploymentWatcher::deploymentChanged);
        main.start();
        QVERIFY(startAndLoad(harness));
        QTRY_VERIFY(main.isLoaded());
        QVERIFY(waitForSubscribers(2));
        const qsizetype mainBefore = mainChanged.count();
        const QString name = deploy(harness);
        QTRY_COMPARE_WITH_TIMEOUT(harness.watcher->deployment(name).value_or(LagoonDeployment()).status, QStringLiteral("complete"), 15000);
        QCOMPARE(mainChanged.count(), mainBefore);
        QVERIFY(!main.deployment(name));
        QCOMPARE(harness.subscriptions->subscriptionCount(), 2);
        main.stop();
        QCOMPARE(harness.subscriptions->subscriptionCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_DeploymentWatcher)
#include "tst_deploymentwatcher.moc"
