// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <memory>

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/notify/deploymentmonitor.h"
#include "core/notify/notificationpolicy.h"
#include "core/notify/notificationtext.h"
#include "core/remote/deploymentwatcher.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsubscriptionclient.h"
#include "core/settings/settings.h"

#include "tests/remote/scriptedtokens.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;
using Kind = DeploymentOutcome::Kind;

namespace {

constexpr int MainEnvironment = 3;
constexpr int DevEnvironment = 5;

const WatchedEnvironment Dev{QStringLiteral("sandbox"), QStringLiteral("lagoon-demo"), QStringLiteral("dev"),
                             DevEnvironment};
const WatchedEnvironment Main{QStringLiteral("sandbox"), QStringLiteral("lagoon-demo"), QStringLiteral("main"),
                              MainEnvironment};

// The account's clients and a monitor, recording the outcomes it reports and what a policy with
// a state file makes of them (what the user would get as notifications).
struct Harness
{
    QNetworkAccessManager network;
    Test::ScriptedTokens tokens;
    std::unique_ptr<LagoonApiClient> api;
    std::unique_ptr<LagoonSubscriptionClient> subscriptions;
    DeploymentMonitor monitor;
    QList<DeploymentOutcome> outcomes;
    QStringList notified;

    Harness(Test::SandboxFixture &sandbox, const QString &token, NotificationPolicy *policy)
    {
        tokens.current = token;
        makeClients(sandbox);
        QObject::connect(&monitor, &DeploymentMonitor::outcome, &monitor, [this, policy](const DeploymentOutcome &o) {
            outcomes << o;
            if (policy->decide(o) == NotificationPolicy::Decision::Notify)
                notified << NotificationText::forOutcome(o).summary;
        });
    }

    // What a session of the account brings; a new session (after a renewal) brings new ones.
    void makeClients(Test::SandboxFixture &sandbox)
    {
        api = std::make_unique<LagoonApiClient>(&network, sandbox.apiUrl(), tokens.provider());
        api->setTimeout(3s);
        subscriptions = std::make_unique<LagoonSubscriptionClient>(sandbox.webSocketUrl(), tokens.provider());
        LagoonSubscriptionClient::Options options;
        options.minimumBackoff = 20ms;
        options.maximumBackoff = 200ms;
        options.connectTimeout = 3s;
        options.keepAliveInterval = 200ms;
        options.keepAliveTimeout = 1200ms;
        subscriptions->setOptions(options);
    }

    QList<DeploymentOutcome> outcomesOf(const QString &name) const
    {
        QList<DeploymentOutcome> of;
        for (const DeploymentOutcome &o : outcomes) {
            if (o.deployment.buildName == name)
                of << o;
        }
        return of;
    }
};

} // namespace

class tst_DeploymentMonitor : public QObject
{
    Q_OBJECT

private:
    Test::SandboxFixture m_sandbox;
    QString m_admin;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<NotificationPolicy> m_policy;

    bool waitForSubscribers(int count)
    {
        return QTest::qWaitFor(
            [&] {
                int seen = 0;
                const QJsonArray events = m_sandbox.events(QStringLiteral("graphql"));
                for (const QJsonValue &event : events)
                    seen += event.toObject().value(QStringLiteral("operation")).toString() ==
                            QLatin1String("DeploymentChanged");
                return seen >= count;
            },
            5000);
    }

    bool browseAndLoad(Harness &harness, const WatchedEnvironment &environment)
    {
        harness.monitor.browse(environment, harness.api.get(), harness.subscriptions.get());
        DeploymentWatcher *watcher = harness.monitor.watcher(environment);
        return watcher &&
               QTest::qWaitFor(
                   [&] {
                       return harness.subscriptions->state() == LagoonSubscriptionClient::State::Connected &&
                              watcher->isLoaded();
                   },
                   10000) &&
               waitForSubscribers(1);
    }

    QString deploy(Harness &harness, const QString &branch = QStringLiteral("dev"))
    {
        auto answer = std::make_shared<std::optional<Result<QJsonObject>>>();
        QObject context;
        harness.api->run(
            QStringLiteral("DeployEnvironmentBranch"),
            {{QStringLiteral("project"), QStringLiteral("lagoon-demo")}, {QStringLiteral("branch"), branch}}, &context,
            [answer](const Result<QJsonObject> &result) { *answer = result; });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, 10000) || !answer->value())
            return {};
        return answer->value()->value(QStringLiteral("deployEnvironmentBranch")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--speed"), QStringLiteral("0.05")}),
                 qPrintable(m_sandbox.errorString()));
        m_admin = m_sandbox.legacyToken();
    }

    void init()
    {
        QVERIFY(m_sandbox.isRunning() || m_sandbox.restart());
        QVERIFY(m_sandbox.reset());
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("both")));
        m_settings = std::make_unique<Settings>(
            new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        QFile::remove(m_dir.filePath(QStringLiteral("notified.json")));
        m_policy =
            std::make_unique<NotificationPolicy>(m_settings.get(), m_dir.filePath(QStringLiteral("notified.json")));
    }

    void browse_historyIsNotNews()
    {
        Harness harness(m_sandbox, m_admin, m_policy.get());
        QVERIFY(browseAndLoad(harness, Main));
        QTest::qWait(300);
        // main's seeded builds: complete, failed (history) and one running forever (followed).
        QVERIFY(harness.outcomes.isEmpty());
        const QList<RunningDeployment> running = harness.monitor.running();
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.constFirst().deployment.buildName, QStringLiteral("lagoon-build-7g8h9i"));
        QCOMPARE(running.constFirst().status, QStringLiteral("running"));
    }

    void outcome_data()
    {
        QTest::addColumn<QJsonObject>("script");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("failedStep");
        QTest::addColumn<QString>("summary");
        QTest::newRow("complete") << QJsonObject{} << int(Kind::Complete) << QString()
                                  << QStringLiteral("✔ lagoon-demo · dev deployed");
        QTest::newRow("warnings") << QJsonObject{{QStringLiteral("outcome"), QStringLiteral("warnings")}}
                                  << int(Kind::CompletedWithWarnings) << QString()
                                  << QStringLiteral("⚠ lagoon-demo · dev deployed with warnings");
        QTest::newRow("failed") << QJsonObject{{QStringLiteral("outcome"), QStringLiteral("failed")},
                                               {QStringLiteral("failAt"), QStringLiteral("pushingImages")}}
                                << int(Kind::Failed) << QStringLiteral("pushingImages")
                                << QStringLiteral("✖ lagoon-demo · dev failed at Image Push to Registry");
        QTest::newRow("cancelled") << QJsonObject{{QStringLiteral("outcome"), QStringLiteral("cancelled")}}
                                   << int(Kind::Cancelled) << QString()
                                   << QStringLiteral("◼ lagoon-demo · dev deployment cancelled");
    }

    void outcome()
    {
        QFETCH(QJsonObject, script);
        QFETCH(int, kind);
        QFETCH(QString, failedStep);
        QFETCH(QString, summary);
        Harness harness(m_sandbox, m_admin, m_policy.get());
        QVERIFY(browseAndLoad(harness, Dev));
        if (!script.isEmpty())
            QVERIFY(m_sandbox.scriptNextBuild(script));
        const QString name = deploy(harness);
        QVERIFY(!name.isEmpty());
        harness.monitor.expect(Dev, name, harness.api.get(), harness.subscriptions.get());
        QTRY_COMPARE_WITH_TIMEOUT(harness.outcomes.size(), 1, 15000);
        QTest::qWait(300); // nothing may follow

        QCOMPARE(harness.outcomes.size(), 1);
        const DeploymentOutcome o = harness.outcomes.constFirst();
        QCOMPARE(o.deployment.buildName, name);
        QCOMPARE(o.deployment.project, QStringLiteral("lagoon-demo"));
        QCOMPARE(o.deployment.environment, QStringLiteral("dev"));
        QCOMPARE(int(o.kind), kind);
        QCOMPARE(o.failedStep, failedStep);
        QVERIFY(o.finished.isValid());
        QCOMPARE(harness.notified, QStringList{summary});
        QVERIFY(harness.monitor.running().isEmpty());
    }

    void expect_fastBuildEndingBeforeTheFirstQueryIsReported()
    {
        Harness harness(m_sandbox, m_admin, m_policy.get());
        // Deployed before anything watches the environment: the build is over when the watcher first looks.
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("speed"), 0.001}}));
        const QString name = deploy(harness);
        QVERIFY(!name.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.build(name).value(QStringLiteral("status")).toString(),
                                  QStringLiteral("complete"), 10000);
        harness.monitor.expect(Dev, name, harness.api.get(), harness.subscriptions.get());
        QTRY_COMPARE_WITH_TIMEOUT(harness.outcomes.size(), 1, 10000);
        QCOMPARE(harness.outcomes.constFirst().deployment.buildName, name);
        // Not browsed and nothing left to follow: the environment is no longer watched.
        QTRY_VERIFY(harness.monitor.watched().isEmpty());
    }

    void killedMidBuildAndRestarted_stillExactlyOneOutcome()
    {
        Harness harness(m_sandbox, m_admin, m_policy.get());
        QSignalSpy reconnected(harness.subscriptions.get(), &LagoonSubscriptionClient::reconnected);
        QVERIFY(browseAndLoad(harness, Dev));
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("buildingImages")}}));
        const QString name = deploy(harness);
        QVERIFY(!name.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            harness.monitor.watcher(Dev)->deployment(name).value_or(LagoonDeployment()).buildStep,
            QStringLiteral("buildingImages"), 15000);
        QCOMPARE(harness.monitor.running().size(), 1);
        const QJsonObject held = m_sandbox.build(name);

        // The API dies; the build fails meanwhile, and its final event is published to nobody.
        m_sandbox.kill();
        QTRY_COMPARE_WITH_TIMEOUT(harness.subscriptions->state(), LagoonSubscriptionClient::State::Reconnecting,
                                  15000);
        QJsonObject finished = held;
        finished.insert(QStringLiteral("status"), QStringLiteral("failed"));
        finished.insert(QStringLiteral("buildStep"), QStringLiteral("buildingImages"));
        finished.insert(QStringLiteral("completed"), QStringLiteral("2026-11-27 07:30:00"));
        finished.insert(QStringLiteral("environment"), DevEnvironment);
        QVERIFY2(m_sandbox.restart({QStringLiteral("--ws-protocols"), QStringLiteral("none")}),
                 qPrintable(m_sandbox.errorString()));
        QVERIFY(m_sandbox.restoreBuild(finished));
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("both")));
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(harness.outcomes.size(), 1, 10000);
        QCOMPARE(harness.outcomes.constFirst().kind, Kind::Failed);
        QCOMPARE(harness.notified, QStringList{QStringLiteral("✖ lagoon-demo · dev failed at Image Builds")});

        // Again: the restarted API replays the same final state; nothing new.
        m_sandbox.kill();
        QVERIFY(m_sandbox.restart({QStringLiteral("--ws-protocols"), QStringLiteral("none")}));
        QVERIFY(m_sandbox.restoreBuild(finished));
        QSignalSpy reconciled(harness.monitor.watcher(Dev), &DeploymentWatcher::reconciled);
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("both")));
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 2, 10000);
        QTRY_VERIFY(reconciled.count() >= 1);
        QCOMPARE(harness.outcomesOf(name).size(), 1);

        // And the app started again on the same state file: a new monitor that sees the build
        // running (from a database not yet caught up, say) and then finished reports it, and the
        // policy on that state file notifies nothing.
        NotificationPolicy restarted(m_settings.get(), m_dir.filePath(QStringLiteral("notified.json")));
        Harness again(m_sandbox, m_admin, &restarted);
        m_sandbox.kill();
        QJsonObject stillRunning = held;
        stillRunning.insert(QStringLiteral("environment"), DevEnvironment);
        QVERIFY(m_sandbox.restart());
        QVERIFY(m_sandbox.restoreBuild(stillRunning));
        QVERIFY(browseAndLoad(again, Dev));
        QTRY_COMPARE_WITH_TIMEOUT(again.monitor.running().size(), 1, 15000);
        QCOMPARE(again.monitor.running().constFirst().deployment.buildName, name);
        QSignalSpy reconnectedAgain(again.subscriptions.get(), &LagoonSubscriptionClient::reconnected);
        m_sandbox.kill();
        QVERIFY(m_sandbox.restart({QStringLiteral("--ws-protocols"), QStringLiteral("none")}));
        QVERIFY(m_sandbox.restoreBuild(finished));
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("both")));
        QTRY_COMPARE_WITH_TIMEOUT(reconnectedAgain.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(again.outcomes.size(), 1, 15000);
        QCOMPARE(again.outcomes.constFirst().kind, Kind::Failed);
        QVERIFY(again.notified.isEmpty());
        QCOMPARE(harness.notified.size(), 1);
    }

    // A renewal or a new sign-in replaces the account's session object, and with it the API and
    // subscription clients: a build started before is still followed and notified, once.
    void sessionReplacedMidBuild_stillNotifiedOnce()
    {
        Harness harness(m_sandbox, m_admin, m_policy.get());
        QVERIFY(browseAndLoad(harness, Dev));
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("buildingImages")}}));
        const QString name = deploy(harness);
        QVERIFY(!name.isEmpty());
        harness.monitor.expect(Dev, name, harness.api.get(), harness.subscriptions.get());
        QTRY_COMPARE_WITH_TIMEOUT(
            harness.monitor.watcher(Dev)->deployment(name).value_or(LagoonDeployment()).buildStep,
            QStringLiteral("buildingImages"), 15000);

        // The session goes (its clients with it) and the build ends before the next one comes:
        // its final event reaches nobody.
        harness.monitor.detachAccount(Dev.accountId);
        harness.subscriptions.reset();
        harness.api.reset();
        QCOMPARE(harness.monitor.running().size(), 1); // the tray still lists it
        QCOMPARE(harness.monitor.running().constFirst().status, QStringLiteral("running"));
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/builds/%1/release").arg(name)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.build(name).value(QStringLiteral("status")).toString(),
                                  QStringLiteral("complete"), 15000);
        QTest::qWait(200);
        QVERIFY(harness.outcomes.isEmpty());

        // The same account's new session.
        harness.makeClients(m_sandbox);
        harness.monitor.rebindAccount(Dev.accountId, harness.api.get(), harness.subscriptions.get());
        QTRY_COMPARE_WITH_TIMEOUT(harness.outcomes.size(), 1, 15000);
        QCOMPARE(harness.outcomes.constFirst().deployment.buildName, name);
        QCOMPARE(harness.outcomes.constFirst().kind, Kind::Complete);
        QCOMPARE(harness.notified, QStringList{QStringLiteral("✔ lagoon-demo · dev deployed")});
        QVERIFY(harness.monitor.running().isEmpty());

        // Yet another session while a second build runs: it ends under the new clients' watch.
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("buildingImages")}}));
        const QString second = deploy(harness);
        QVERIFY(!second.isEmpty());
        harness.monitor.expect(Dev, second, harness.api.get(), harness.subscriptions.get());
        QTRY_COMPARE_WITH_TIMEOUT(harness.monitor.running().size(), 1, 15000);
        harness.monitor.detachAccount(Dev.accountId);
        harness.subscriptions.reset();
        harness.api.reset();
        harness.makeClients(m_sandbox);
        harness.monitor.rebindAccount(Dev.accountId, harness.api.get(), harness.subscriptions.get());
        DeploymentWatcher *watcher = harness.monitor.watcher(Dev);
        QVERIFY(watcher);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return harness.subscriptions->state() == LagoonSubscriptionClient::State::Connected &&
                       watcher->isLoaded();
            },
            15000));
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/builds/%1/release").arg(second)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(harness.outcomesOf(second).size(), 1, 15000);
        QTest::qWait(300); // nothing may follow
        QCOMPARE(harness.outcomes.size(), 2);
        QCOMPARE(harness.notified.size(), 2);
        QVERIFY(harness.monitor.watched().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DeploymentMonitor)
#include "tst_deploymentmonitor.moc"
