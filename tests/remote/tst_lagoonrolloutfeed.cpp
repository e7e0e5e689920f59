// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <functional>
#include <memory>

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonrolloutfeed.h"
#include "core/remote/lagoonsession.h"
#include "core/remote/lagoonsubscriptionclient.h"
#include "core/remote/lagoontime.h"
#include "core/rollout/logstore.h"
#include "core/rollout/rollout.h"

#include "tests/auth/authsandbox.h"
#include "tests/remote/scriptedtokens.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;

namespace {

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

// A session on a sandbox and one feed on a build of `dev`, recording what it reports.
struct Harness
{
    QNetworkAccessManager network;
    Test::ScriptedTokens tokens;
    QTemporaryDir cache;
    std::unique_ptr<LagoonSession> session;
    std::unique_ptr<LagoonRolloutFeed> feed;
    QList<std::pair<RolloutState, QString>> finishes;
    int rolloutFinishes = 0;
    QStringList sources;

    Harness(const QUrl &apiUrl, const QString &token)
    {
        tokens.current = token;
        session = std::make_unique<LagoonSession>(&network, QStringLiteral("sandbox"), apiUrl, tokens.provider(),
                                                  cache.path());
        session->api()->setTimeout(3s);
        LagoonSubscriptionClient::Options options;
        options.minimumBackoff = 20ms;
        options.maximumBackoff = 200ms;
        options.connectTimeout = 3s;
        options.keepAliveInterval = 200ms;
        options.keepAliveTimeout = 1200ms;
        options.failuresBeforePolling = 1000;
        session->subscriptions()->setOptions(options);
    }

    void follow(const QString &build, LagoonRolloutFeed::Options options = {})
    {
        options.pollInterval = 100ms;
        options.finalLogTimeout = 5s;
        feed = std::make_unique<LagoonRolloutFeed>(session.get(), Dev, build, options);
        QObject::connect(feed.get(), &LagoonRolloutFeed::finished, feed.get(),
                         [this](RolloutState state, const QString &step) {
                             finishes.append({state, step});
                         });
        QObject::connect(feed->rollout(), &Rollout::finished, feed.get(), [this] { ++rolloutFinishes; });
        QObject::connect(feed.get(), &LagoonRolloutFeed::logSourceChanged, feed.get(),
                         [this](const QString &description, const QString &reason) {
                             sources << (reason.isEmpty() ? description : description + QStringLiteral(" / ") + reason);
                         });
        feed->start();
    }

    Rollout *rollout() const { return feed->rollout(); }

    QStringList logLines() const
    {
        QStringList lines;
        const LogStore &log = rollout()->log();
        for (qsizetype i = 0; i < log.lineCount(); ++i)
            lines << QString::fromUtf8(log.line(i));
        return lines;
    }

    int stepIndex(const QString &title) const { return rollout()->indexOf(title); }

    QString deploy(const QString &branch = QStringLiteral("dev"))
    {
        return mutate(QStringLiteral("DeployEnvironmentBranch"),
                      {{QStringLiteral("project"), QStringLiteral("lagoon-demo")}, {QStringLiteral("branch"), branch}})
            .value(QStringLiteral("deployEnvironmentBranch"))
            .toString();
    }

    QJsonObject mutate(const QString &operation, const QJsonObject &variables)
    {
        auto answer = std::make_shared<std::optional<Result<QJsonObject>>>();
        QObject context;
        session->api()->run(operation, variables, &context,
                            [answer](const Result<QJsonObject> &result) { *answer = result; });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, 10000) || !answer->value())
            return {};
        return *answer->value();
    }
};

// The sandbox's own copy of a build's log, line by line.
QStringList sandboxLog(const QJsonObject &build)
{
    QString log = build.value(QStringLiteral("log")).toString();
    // A final '\n' ends the last line; no empty line follows it.
    if (log.endsWith(QLatin1Char('\n')))
        log.chop(1);
    return log.isEmpty() ? QStringList() : log.split(QLatin1Char('\n'));
}

} // namespace

class tst_LagoonRolloutFeed : public QObject
{
    Q_OBJECT

private:
    Test::SandboxFixture m_sandbox;
    QString m_admin;

    bool waitForSubscription()
    {
        return QTest::qWaitFor(
            [&] {
                const QJsonArray events = m_sandbox.events(QStringLiteral("graphql"));
                for (const QJsonValue &event : events) {
                    if (event.toObject().value(QStringLiteral("operation")).toString() ==
                        QLatin1String("DeploymentChanged"))
                        return true;
                }
                return false;
            },
            10000);
    }

    // Deploys dev and follows the build from its first status; empty name on failure.
    QString deployAndFollow(Harness &harness, const LagoonRolloutFeed::Options &options = {})
    {
        const QString name = harness.deploy();
        if (!name.startsWith(QLatin1String("lagoon-build-")))
            return {};
        harness.follow(name, options);
        return name;
    }

    void verifyWholeLogOnce(Harness &harness, const QString &name)
    {
        QCOMPARE(harness.logLines(), sandboxLog(m_sandbox.build(name)));
    }

    // The account's SSH endpoint on `sandbox`, with a fresh key in `dir`.
    static LagoonRolloutFeed::Options sshOptions(Test::AuthSandbox &sandbox, const QTemporaryDir &dir)
    {
        LagoonRolloutFeed::Options options;
        options.ssh.host = sandbox.sshHost();
        options.ssh.port = sandbox.sshPort();
        options.ssh.identityFile =
            sandbox.newKey(dir.path(), QStringLiteral("id_ed25519"), QStringLiteral("maintainer@example.com"));
        options.ssh.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        options.ssh.configFile = dir.filePath(QStringLiteral("ssh_config"));
        QFile(options.ssh.configFile).open(QIODevice::WriteOnly);
        // The sandbox's sshd logs in only its own account, not the environment's namespace.
        options.sshUser = sandbox.sshUser();
        return options;
    }

    // Deletes the session while the feed follows a held build, then lets the build end: the
    // feed stops with the session, keeps what it showed and never reports an end.
    static void verifyStopsWithItsSession(Harness &harness, const std::function<QJsonObject()> &build,
                                          const std::function<bool()> &release)
    {
        QTRY_VERIFY_WITH_TIMEOUT(harness.logLines().contains(QStringLiteral("BEGIN Applying Deployments")), 30000);
        QVERIFY(!harness.feed->isStopped());
        const QStringList shown = harness.logLines();
        // What LagoonConnection does on sign-out.
        harness.session.reset();
        QVERIFY(harness.feed->isStopped());
        QVERIFY(release());
        QTRY_COMPARE_WITH_TIMEOUT(build().value(QStringLiteral("status")).toString(), QStringLiteral("complete"),
                                  30000);
        // Long enough for a stream's end to have been noticed (its grace is 3 s) and a poll or
        // the final fetch to have gone out, had the feed still been running.
        QTest::qWait(4000);
        QVERIFY(harness.finishes.isEmpty());
        QCOMPARE(harness.rolloutFinishes, 0);
        QCOMPARE(harness.logLines(), shown);
        QCOMPARE(harness.rollout()->state(), RolloutState::Running);
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
    }

    void complete_everyStepSucceededAndTheWholeLogOnce()
    {
        Harness harness(m_sandbox.apiUrl(), m_admin);
        const QString name = deployAndFollow(harness);
        QVERIFY(!name.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(harness.finishes.size(), 1, 20000);
        QCOMPARE(harness.finishes.constFirst(), std::make_pair(RolloutState::Succeeded, QString()));
        QCOMPARE(harness.rollout()->state(), RolloutState::Succeeded);
        QVERIFY(!harness.rollout()->hasWarnings());
        QCOMPARE(harness.rollout()->title(), name);
        QCOMPARE(harness.rollout()->project(), QStringLiteral("lagoon-demo"));
        QCOMPARE(harness.rollout()->environment(), QStringLiteral("dev"));
        QVERIFY(!harness.rollout()->triggeredBy().isEmpty());

        const QJsonArray table =
            m_sandbox.control("GET", QStringLiteral("/steps")).json.value(QStringLiteral("steps")).toArray();
        QCOMPARE(harness.rollout()->stepCount(), table.size());
        for (int i = 0; i < table.size(); ++i) {
            const RolloutStep &step = harness.rollout()->step(i);
            QCOMPARE(step.name, table.at(i).toObject().value(QStringLiteral("title")).toString());
            QCOMPARE(step.state, RolloutStepState::Succeeded);
            // The view jumps to the step's STEP banner.
            QVERIFY2(harness.logLines()
                         .value(step.summaryLine)
                         .startsWith(QStringLiteral("STEP ") + step.name + QLatin1Char(':')),
                     qPrintable(step.name));
        }
        verifyWholeLogOnce(harness, name);
        QCOMPARE(harness.sources.size(), 1);
        QVERIFY(harness.feed->logSourceDescription().contains(QStringLiteral("polled")));
        QTest::qWait(300); // nothing may follow
        QCOMPARE(harness.finishes.size(), 1);
        QCOMPARE(harness.rolloutFinishes, 1);
    }

    void failed_theFailingStepIsFailedAndPointsAtItsError()
    {
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("outcome"), QStringLiteral("failed")},
                                           {QStringLiteral("failAt"), QStringLiteral("configuringRoutes")}}));
        Harness harness(m_sandbox.apiUrl(), m_admin);
        const QString name = deployAndFollow(harness);
        QTRY_COMPARE_WITH_TIMEOUT(harness.finishes.size(), 1, 20000);
        QCOMPARE(harness.finishes.constFirst(),
                 std::make_pair(RolloutState::Failed, QStringLiteral("Route/Ingress Configuration")));
        const int failed = harness.stepIndex(QStringLiteral("Route/Ingress Configuration"));
        QVERIFY(failed >= 0);
        const RolloutStep &step = harness.rollout()->step(failed);
        QCOMPARE(step.state, RolloutStepState::Failed);
        QVERIFY(step.message.contains(QStringLiteral("Route/Ingress Configuration")));
        QCOMPARE(harness.rollout()->step(failed - 1).state, RolloutStepState::Succeeded);
        QCOMPARE(harness.rollout()->stepCount(), failed + 1); // nothing after it ran
        const QStringList lines = harness.logLines();
        QCOMPARE(lines.value(step.summaryLine), QStringLiteral("exit status 1"));
        QVERIFY(step.summaryLine >= step.firstLine && step.summaryLine < step.firstLine + step.lineCount);
        QVERIFY(
            lines.value(step.summaryLine - 1).startsWith(QStringLiteral("Error: Route/Ingress Configuration failed")));
        verifyWholeLogOnce(harness, name);
    }

    void warnings_succeededWithWarningsOnTheStepThatWarned()
    {
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("outcome"), QStringLiteral("warnings")},
                                           {QStringLiteral("warnAt"), QStringLiteral("cleanupRoutes")}}));
        Harness harness(m_sandbox.apiUrl(), m_admin);
        const QString name = deployAndFollow(harness);
        QTRY_COMPARE_WITH_TIMEOUT(harness.finishes.size(), 1, 20000);
        QCOMPARE(harness.finishes.constFirst().first, RolloutState::Succeeded);
        QVERIFY(harness.rollout()->hasWarnings());
        const RolloutStep &cleanup =
            harness.rollout()->step(harness.stepIndex(QStringLiteral("Route/Ingress Cleanup")));
        QVERIFY(cleanup.hasWarnings);
        QVERIFY(harness.logLines().value(cleanup.summaryLine).endsWith(QStringLiteral("WithWarnings")));
        QVERIFY(!harness.rollout()->step(harness.stepIndex(QStringLiteral("Image Builds"))).hasWarnings);
        verifyWholeLogOnce(harness, name);
    }

    void cancelled_theRunningStepIsCancelled()
    {
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("pushingImages")}}));
        Harness harness(m_sandbox.apiUrl(), m_admin);
        const QString name = deployAndFollow(harness);
        QTRY_VERIFY_WITH_TIMEOUT(
            harness.stepIndex(QStringLiteral("Image Push to Registry")) >= 0 &&
                harness.rollout()->step(harness.stepIndex(QStringLiteral("Image Push to Registry"))).state ==
                    RolloutStepState::Running,
            20000);
        const QJsonObject answer =
            harness.mutate(QStringLiteral("CancelDeployment"), {{QStringLiteral("project"), Dev.project},
                                                                {QStringLiteral("environment"), Dev.name},
                                                                {QStringLiteral("name"), name}});
        QVERIFY(!answer.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(harness.finishes.size(), 1, 20000);
        QCOMPARE(harness.finishes.constFirst().first, RolloutState::Cancelled);
        QCOMPARE(harness.rollout()->step(harness.stepIndex(QStringLiteral("Image Push to Registry"))).state,
                 RolloutStepState::Cancelled);
        QCOMPARE(harness.logLines().constLast(), QStringLiteral("========================================"));
        verifyWholeLogOnce(harness, name);
    }

    void queued_showsItsPlaceUntilItRuns()
    {
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("buildingImages")}}));
        Harness first(m_sandbox.apiUrl(), m_admin);
        const QString running = deployAndFollow(first);
        QTRY_COMPARE_WITH_TIMEOUT(first.rollout()->state(), RolloutState::Running, 20000);
        Harness second(m_sandbox.apiUrl(), m_admin);
        deployAndFollow(second);
        QTRY_COMPARE_WITH_TIMEOUT(second.feed->deployment().value_or(LagoonDeployment()).status,
                                  QStringLiteral("queued"), 20000);
        QCOMPARE(second.rollout()->state(), RolloutState::Pending);
        QCOMPARE(second.rollout()->queuePosition(), 1);
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/builds/%1/release").arg(running)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(second.finishes.size(), 1, 20000);
        QCOMPARE(second.rollout()->queuePosition(), 0);
        QCOMPARE(second.finishes.constFirst().first, RolloutState::Succeeded);
    }

    void polling_theLogGrowsWhileTheBuildRuns()
    {
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("applyingDeployments")}}));
        Harness harness(m_sandbox.apiUrl(), m_admin);
        const QString name = deployAndFollow(harness);
        // Held in a step: the lines so far are there before the build ends.
        QTRY_VERIFY_WITH_TIMEOUT(harness.logLines().contains(QStringLiteral("BEGIN Applying Deployments")), 20000);
        QCOMPARE(harness.rollout()->state(), RolloutState::Running);
        QVERIFY(harness.finishes.isEmpty());
        const qsizetype whileRunning = harness.rollout()->log().lineCount();
        QVERIFY(whileRunning > 20);
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/builds/%1/release").arg(name)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(harness.finishes.size(), 1, 20000);
        QVERIFY(harness.rollout()->log().lineCount() > whileRunning);
        verifyWholeLogOnce(harness, name);
    }

    void sshRefused_fallsBackToPollingAndSaysSo()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now: ssh is refused
        QTemporaryDir dir;
        LagoonRolloutFeed::Options options;
        options.ssh.host = QStringLiteral("127.0.0.1");
        options.ssh.port = port;
        options.ssh.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        options.ssh.configFile = dir.filePath(QStringLiteral("ssh_config"));
        QFile(options.ssh.configFile).open(QIODevice::WriteOnly);
        Harness harness(m_sandbox.apiUrl(), m_admin);
        const QString name = deployAndFollow(harness, options);
        QTRY_COMPARE_WITH_TIMEOUT(harness.finishes.size(), 1, 30000);
        QCOMPARE(harness.sources.size(), 2);
        QVERIFY2(harness.sources.at(0).contains(QStringLiteral("SSH")), qPrintable(harness.sources.join(u'|')));
        QVERIFY2(harness.sources.at(1).contains(QStringLiteral("polled")), qPrintable(harness.sources.at(1)));
        QVERIFY(harness.sources.at(1).contains(QStringLiteral(" / "))); // with the reason
        verifyWholeLogOnce(harness, name);
    }

    void earlierBuilds_fillEachStepsEarlierDurations()
    {
        // Two finished builds: the older one spends a second in Image Builds.
        Harness first(m_sandbox.apiUrl(), m_admin);
        QVERIFY(m_sandbox.scriptNextBuild(
            {{QStringLiteral("stepDelays"), QJsonObject{{QStringLiteral("buildingImages"), 1500}}}}));
        deployAndFollow(first);
        QTRY_COMPARE_WITH_TIMEOUT(first.finishes.size(), 1, 20000);
        Harness second(m_sandbox.apiUrl(), m_admin);
        deployAndFollow(second);
        QTRY_COMPARE_WITH_TIMEOUT(second.finishes.size(), 1, 20000);

        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("configuringVariables")}}));
        Harness third(m_sandbox.apiUrl(), m_admin);
        const QString name = deployAndFollow(third);
        QSignalSpy loaded(third.feed.get(), &LagoonRolloutFeed::earlierDurationsLoaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/builds/%1/release").arg(name)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(third.finishes.size(), 1, 20000);
        const RolloutStep &images = third.rollout()->step(third.stepIndex(QStringLiteral("Image Builds")));
        // Newest first; build-deploy-tool prints whole seconds.
        QCOMPARE(images.earlierDurations.size(), 2);
        QCOMPARE(images.earlierDurations.at(0), 0ms);
        QVERIFY2(images.earlierDurations.at(1) >= 1000ms,
                 qPrintable(QString::number(images.earlierDurations.at(1).count())));
        const RolloutStep &setup = third.rollout()->step(third.stepIndex(QStringLiteral("Initial Environment Setup")));
        QCOMPARE(setup.earlierDurations.size(), 2);
    }

    void sandboxKilledMidBuild_finishedExactlyOnceWithTheRightState()
    {
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("buildingImages")}}));
        Harness harness(m_sandbox.apiUrl(), m_admin);
        QSignalSpy reconnected(harness.session->subscriptions(), &LagoonSubscriptionClient::reconnected);
        const QString name = deployAndFollow(harness);
        QTRY_VERIFY_WITH_TIMEOUT(harness.logLines().contains(QStringLiteral("BEGIN Image Builds")), 20000);
        QJsonObject held = m_sandbox.build(name);

        // The API dies; the build fails meanwhile, its last lines written while nobody listened.
        m_sandbox.kill();
        QJsonObject failed = held;
        failed.insert(QStringLiteral("status"), QStringLiteral("failed"));
        failed.insert(QStringLiteral("buildStep"), QStringLiteral("buildingImages"));
        failed.insert(QStringLiteral("completed"), QStringLiteral("2026-11-27 07:30:00"));
        failed.insert(QStringLiteral("environment"), Dev.id);
        failed.insert(QStringLiteral("log"),
                      QString(held.value(QStringLiteral("log")).toString() +
                              QStringLiteral("\nBuilding cli\nError: the registry went away\nexit status 1")));
        QVERIFY2(m_sandbox.restart({QStringLiteral("--ws-protocols"), QStringLiteral("none")}),
                 qPrintable(m_sandbox.errorString()));
        QVERIFY(m_sandbox.restoreBuild(failed));
        QCOMPARE(harness.finishes.size(), 0);
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("both")));
        QTRY_COMPARE_WITH_TIMEOUT(harness.finishes.size(), 1, 20000);
        QCOMPARE(harness.finishes.constFirst(), std::make_pair(RolloutState::Failed, QStringLiteral("Image Builds")));
        QCOMPARE(harness.logLines().constLast(), QStringLiteral("exit status 1"));
        verifyWholeLogOnce(harness, name);

        // Another restart replays the same final state: nothing is reported again.
        m_sandbox.kill();
        QVERIFY(m_sandbox.restart({QStringLiteral("--ws-protocols"), QStringLiteral("none")}));
        QVERIFY(m_sandbox.restoreBuild(failed));
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("both")));
        QTest::qWait(1500);
        QCOMPARE(harness.finishes.size(), 1);
        QCOMPARE(harness.rolloutFinishes, 1);
        Q_UNUSED(reconnected);
    }

    void sessionDeletedWhilePolling_theFeedStops()
    {
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("applyingDeployments")}}));
        Harness harness(m_sandbox.apiUrl(), m_admin);
        const QString name = deployAndFollow(harness);
        QVERIFY(!name.isEmpty());
        verifyStopsWithItsSession(
            harness, [&] { return m_sandbox.build(name); },
            [&] { return m_sandbox.control("POST", QStringLiteral("/builds/%1/release").arg(name)).ok(); });
    }

    void sessionDeletedWhileFollowingOverSsh_theFeedStops()
    {
        Test::AuthSandbox sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--speed"), QStringLiteral("0.05")}), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        const LagoonRolloutFeed::Options options = sshOptions(sandbox, dir);
        QVERIFY(!options.ssh.identityFile.isEmpty());
        QVERIFY(sandbox
                    .control("POST", QStringLiteral("/builds/next"),
                             {{QStringLiteral("holdAt"), QStringLiteral("applyingDeployments")}})
                    .ok());
        const QString admin =
            sandbox.control("POST", QStringLiteral("/tokens/legacy")).json.value(QStringLiteral("token")).toString();
        Harness harness(sandbox.apiUrl(), admin);
        const QString name = harness.deploy();
        QVERIFY(name.startsWith(QLatin1String("lagoon-build-")));
        harness.follow(name, options);
        QTRY_VERIFY_WITH_TIMEOUT(harness.feed->logSourceDescription().contains(QStringLiteral("SSH")), 30000);
        verifyStopsWithItsSession(
            harness, [&] { return sandbox.control("GET", QStringLiteral("/builds/") + name).json; },
            [&] { return sandbox.control("POST", QStringLiteral("/builds/%1/release").arg(name)).ok(); });
    }

    void ssh_aLogLongerThanTheTailKeepsItsBeginning()
    {
        Test::AuthSandbox sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--speed"), QStringLiteral("0.05")}), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        LagoonRolloutFeed::Options options = sshOptions(sandbox, dir);
        QVERIFY(!options.ssh.identityFile.isEmpty());
        options.sshTailLines = 5;
        QVERIFY(sandbox
                    .control("POST", QStringLiteral("/builds/next"),
                             {{QStringLiteral("holdAt"), QStringLiteral("applyingDeployments")}})
                    .ok());
        const QString admin =
            sandbox.control("POST", QStringLiteral("/tokens/legacy")).json.value(QStringLiteral("token")).toString();
        Harness harness(sandbox.apiUrl(), admin);
        const QString name = harness.deploy();
        QVERIFY(name.startsWith(QLatin1String("lagoon-build-")));
        const auto build = [&] { return sandbox.control("GET", QStringLiteral("/builds/") + name).json; };
        // The feed joins a build whose log is already far longer than the stream's tail.
        QTRY_VERIFY_WITH_TIMEOUT(sandboxLog(build()).contains(QStringLiteral("BEGIN Applying Deployments")), 30000);
        QVERIFY(sandboxLog(build()).size() > 4 * options.sshTailLines);
        harness.follow(name, options);
        QTRY_VERIFY_WITH_TIMEOUT(harness.logLines().contains(QStringLiteral("BEGIN Applying Deployments")), 30000);
        QVERIFY(harness.feed->logSourceDescription().contains(QStringLiteral("SSH")));
        // The beginning is there while the build still runs, not only after the final fetch.
        QVERIFY(harness.logLines().contains(QStringLiteral("BEGIN Initial Environment Setup")));
        QVERIFY(sandbox.control("POST", QStringLiteral("/builds/%1/release").arg(name)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(harness.finishes.size(), 1, 30000);
        QCOMPARE(harness.finishes.constFirst().first, RolloutState::Succeeded);
        QCOMPARE(harness.sources.size(), 1); // no fallback
        QCOMPARE(harness.logLines(), sandboxLog(build()));
    }

    void alreadyFinished_startsAtTheBuildsStart()
    {
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("applyingDeployments")}}));
        Harness harness(m_sandbox.apiUrl(), m_admin);
        const QString name = harness.deploy();
        QVERIFY(name.startsWith(QLatin1String("lagoon-build-")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.build(name).value(QStringLiteral("buildStep")).toString(),
                                  QStringLiteral("applyingDeployments"), 30000);
        // Lagoon's times are to the second: the build ends in a later second than it started.
        const qint64 heldAt = QDateTime::currentSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > heldAt + 1, 5000);
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/builds/%1/release").arg(name)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.build(name).value(QStringLiteral("status")).toString(),
                                  QStringLiteral("complete"), 30000);
        // Opened from a notification: the feed first sees the build finished.
        harness.follow(name);
        QTRY_COMPARE_WITH_TIMEOUT(harness.finishes.size(), 1, 20000);
        const LagoonDeployment deployment = harness.feed->deployment().value_or(LagoonDeployment());
        QVERIFY(!deployment.started.isEmpty());
        QCOMPARE(harness.rollout()->startedAt(), parseLagoonTime(deployment.started));
        QCOMPARE(harness.rollout()->finishedAt(), parseLagoonTime(deployment.completed));
        QVERIFY(harness.rollout()->startedAt() < harness.rollout()->finishedAt());
        verifyWholeLogOnce(harness, name);
    }

    void ssh_theLogIsFollowedLiveOverSsh()
    {
        Test::AuthSandbox sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--speed"), QStringLiteral("0.05")}), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        const QString key =
            sandbox.newKey(dir.path(), QStringLiteral("id_ed25519"), QStringLiteral("maintainer@example.com"));
        QVERIFY(!key.isEmpty());
        LagoonRolloutFeed::Options options;
        options.ssh.host = sandbox.sshHost();
        options.ssh.port = sandbox.sshPort();
        options.ssh.identityFile = key;
        options.ssh.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        options.ssh.configFile = dir.filePath(QStringLiteral("ssh_config"));
        QFile(options.ssh.configFile).open(QIODevice::WriteOnly);
        // The sandbox's sshd logs in only its own account, not the environment's namespace.
        options.sshUser = sandbox.sshUser();

        QVERIFY(sandbox
                    .control("POST", QStringLiteral("/builds/next"),
                             {{QStringLiteral("holdAt"), QStringLiteral("applyingDeployments")}})
                    .ok());
        const QString admin =
            sandbox.control("POST", QStringLiteral("/tokens/legacy")).json.value(QStringLiteral("token")).toString();
        Harness harness(sandbox.apiUrl(), admin);
        const QString name = harness.deploy();
        QVERIFY(name.startsWith(QLatin1String("lagoon-build-")));
        harness.follow(name, options);
        QTRY_VERIFY_WITH_TIMEOUT(harness.logLines().contains(QStringLiteral("BEGIN Applying Deployments")), 30000);
        QVERIFY2(harness.feed->logSourceDescription().contains(QStringLiteral("SSH")),
                 qPrintable(harness.sources.join(u'|')));
        const qsizetype whileRunning = harness.rollout()->log().lineCount();
        QVERIFY(sandbox.control("POST", QStringLiteral("/builds/%1/release").arg(name)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(harness.finishes.size(), 1, 20000);
        QCOMPARE(harness.finishes.constFirst().first, RolloutState::Succeeded);
        QVERIFY(harness.rollout()->log().lineCount() > whileRunning);
        QCOMPARE(harness.sources.size(), 1); // no fallback
        QCOMPARE(harness.logLines(), sandboxLog(sandbox.control("GET", QStringLiteral("/builds/") + name).json));
        // The stream went through the sandbox's sshd with the portal's command.
        bool streamed = false;
        const QJsonArray lookups = sandbox.events(QStringLiteral("ssh.lookup"));
        streamed = !lookups.isEmpty();
        QVERIFY(streamed);
    }
};

QTEST_GUILESS_MAIN(tst_LagoonRolloutFeed)
#include "tst_lagoonrolloutfeed.moc"
