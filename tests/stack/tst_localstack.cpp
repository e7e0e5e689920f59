// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The compose runner and the local stack model against the real engine and the real compose
// (docker-compose v1 on Debian 12), on tests/data/stack/threeservices under a project name of
// this run's own: up, state and health from events, the web URL answering, down. Then the
// engine "going away" behind a TCP relay the test cuts, and the resync after it comes back.
#include <functional>
#include <optional>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/stack/composerunner.h"
#include "core/stack/dockerclient.h"
#include "core/stack/localstack.h"
#include "tests/support/dockerfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;
using Lagoon::Test::DockerFixture;

namespace {

QString dataProject()
{
    return QStringLiteral(LAGOON_TEST_DATA_DIR "/stack/threeservices");
}

/**
 * The engine behind a TCP port of the test's own, relayed to its unix socket. cut() closes the
 * port and every connection: to a client that is the daemon going away; resume() brings it back.
 */
class EngineRelay : public QObject
{
public:
    explicit EngineRelay(const QString &socketPath)
        : m_socketPath(socketPath)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &EngineRelay::onConnection);
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress(QHostAddress::LocalHost), port); }
    quint16 port() const { return m_server.serverPort(); }

    void cut()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_clients))
            if (socket)
                socket->abort();
        m_clients.clear();
    }

private:
    void onConnection()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *engine = new QLocalSocket(client);
            m_clients.append(client);
            connect(client, &QTcpSocket::readyRead, engine, [client, engine] {
                if (engine->state() == QLocalSocket::ConnectedState)
                    engine->write(client->readAll());
            });
            connect(engine, &QLocalSocket::connected, client, [client, engine] { engine->write(client->readAll()); });
            connect(engine, &QLocalSocket::readyRead, client, [client, engine] { client->write(engine->readAll()); });
            connect(engine, &QLocalSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, client, [client, engine] {
                engine->abort();
                client->deleteLater();
            });
            engine->connectToServer(m_socketPath);
        }
    }

    QString m_socketPath;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_clients;
};

/**
 * Runs a real event loop until `condition` holds. QTRY_* and qWait() sleep 10 ms between event
 * passes, which would be counted as event latency; an application's exec() does not.
 */
bool spinUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start(20);
    if (!condition())
        loop.exec();
    return condition();
}

} // namespace

class tst_LocalStack : public QObject
{
    Q_OBJECT

private:
    DockerFixture m_docker;
    DockerEndpoint m_endpoint;
    LoadedProject m_loaded;
    ComposeInvocation m_invocation;
    std::unique_ptr<DockerClient> m_client;
    std::unique_ptr<LocalStack> m_stack;
    QList<QString> m_changed;  // serviceChanged() names since the first sync
    QList<StackHealth> m_workerHealth;
    QSignalSpy *m_synced = nullptr;

    // `docker-compose down` straight, for cleanup whatever state the runner is in.
    void composeDown() const
    {
        QProcess process;
        process.setProcessEnvironment(m_invocation.environment);
        process.setWorkingDirectory(m_invocation.effectiveWorkingDirectory());
        process.start(QStringLiteral("docker-compose"),
                      m_invocation.projectArguments()
                          + QStringList{QStringLiteral("down"), QStringLiteral("-v"), QStringLiteral("--rmi"),
                                        QStringLiteral("local"), QStringLiteral("--remove-orphans")});
        if (!process.waitForFinished(120000))
            process.kill();
    }

    static ComposeResult runToEnd(ComposeRunner &runner, const ComposeCommand &command, QStringList *lines = nullptr)
    {
        std::optional<ComposeResult> result;
        QMetaObject::Connection output;
        if (lines)
            output = connect(&runner, &ComposeRunner::outputLine, &runner,
                             [lines, &result](const ComposeOutputLine &line) {
                                 if (!result) // streamed: every line arrives before the end
                                     lines->append(line.text);
                             });
        const auto done = connect(&runner, &ComposeRunner::finished, &runner,
                                  [&result](const ComposeResult &r) { result = r; });
        if (!runner.run(command))
            return {};
        QElapsedTimer timer;
        timer.start();
        while (!result && timer.elapsed() < 240000)
            QTest::qWait(50);
        disconnect(done);
        disconnect(output);
        return result.value_or(ComposeResult{});
    }

    static QString describe(const std::optional<StackService> &service)
    {
        if (!service)
            return QStringLiteral("(absent)");
        return QStringLiteral("%1: container=%2 state=%3 health=%4 exit=%5 ports=%6")
            .arg(service->name, service->containerId.left(12), containerStateId(service->state),
                 stackHealthId(service->health))
            .arg(service->exitCode)
            .arg(service->ports.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        LAGOON_REQUIRE_DOCKER(m_docker);
        m_endpoint = DockerEndpoint::fromEnvironment().value();

        m_loaded = LagoonProjectLoader::load(dataProject());
        QVERIFY(m_loaded.composeLoaded);
        QCOMPARE(m_loaded.compose.services.size(), 3);
        auto invocation = ComposeInvocation::forProject(m_loaded);
        QVERIFY2(invocation.has_value(), qPrintable(invocation ? QString() : invocation.error().message));
        QCOMPARE(invocation->projectName, QStringLiteral("threeservices")); // x-lagoon-project
        m_invocation = *invocation;
        // A name of this run's own, so parallel runs and leftovers never meet.
        m_invocation.projectName = m_docker.uniqueProject(QStringLiteral("stack"));
        // The test image exists (the fixture built it): nothing may be pulled.
        m_invocation.environment.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
        m_client = std::make_unique<DockerClient>(m_endpoint);
    }

    void cleanupTestCase()
    {
        m_stack.reset();
        composeDown();
    }

    void up_stateHealthExitCodeAndPortsComeFromEvents()
    {
        m_stack = std::make_unique<LocalStack>(m_client.get(), m_invocation.projectName, m_loaded.compose);
        m_synced = new QSignalSpy(m_stack.get(), &LocalStack::synced);
        QSignalSpy available(m_stack.get(), &LocalStack::daemonAvailabilityChanged);
        connect(m_stack.get(), &LocalStack::serviceChanged, this, [this](const QString &name) {
            m_changed.append(name);
            if (name == QLatin1String("worker"))
                m_workerHealth.append(m_stack->service(name)->health);
        });
        m_stack->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_synced->size(), 1, 15000);
        QVERIFY(m_stack->isDaemonAvailable());
        QCOMPARE(available.size(), 1);
        QCOMPARE(available.first().first().toBool(), true);

        // Before up: the file's three services, in file order, with no containers.
        const QList<StackService> before = m_stack->services();
        QCOMPARE(before.size(), 3);
        QCOMPARE(before.at(0).name, QStringLiteral("web"));
        QCOMPARE(before.at(1).name, QStringLiteral("worker"));
        QCOMPARE(before.at(2).name, QStringLiteral("oneshot"));
        for (const StackService &service : before)
            QVERIFY2(!service.hasContainer(), qPrintable(describe(service)));

        ComposeRunner runner(m_invocation);
        QStringList lines;
        const ComposeResult build = runToEnd(runner, ComposeCommand::build(), &lines);
        QVERIFY2(build.succeeded(), qPrintable(build.message + QLatin1Char('\n') + build.detail));
        QVERIFY2(runner.tool().has_value(), "the runner kept no tool");
        qInfo("compose: %s", qPrintable(runner.tool()->displayName()));
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QLatin1String("Successfully built")), qPrintable(lines.join(QLatin1Char('\n'))));

        lines.clear();
        QElapsedTimer upTimer;
        upTimer.start();
        const ComposeResult up = runToEnd(runner, ComposeCommand::up(), &lines);
        QVERIFY2(up.succeeded(), qPrintable(up.message + QLatin1Char('\n') + up.detail));
        qInfo("up -d took %lld ms; it printed:\n%s", upTimer.elapsed(), qPrintable(lines.join(QLatin1Char('\n'))));
        const QString containerOfWeb = runner.tool()->containerName(m_invocation.projectName, QStringLiteral("web"));
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(containerOfWeb), qPrintable(containerOfWeb));

        QTRY_VERIFY2_WITH_TIMEOUT(m_stack->service(QStringLiteral("web"))->isRunning()
                                      && !m_stack->service(QStringLiteral("web"))->ports.isEmpty(),
                                  qPrintable(describe(m_stack->service(QStringLiteral("web")))), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(m_stack->service(QStringLiteral("oneshot"))->state == DockerContainerState::Exited,
                                  qPrintable(describe(m_stack->service(QStringLiteral("oneshot")))), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(m_stack->service(QStringLiteral("worker"))->health == StackHealth::Healthy,
                                  qPrintable(describe(m_stack->service(QStringLiteral("worker")))), 30000);

        // No second list: all of this came in as events after the first (empty) one.
        QCOMPARE(m_synced->size(), 1);
        QVERIFY(m_changed.contains(QStringLiteral("web")));

        const StackService web = *m_stack->service(QStringLiteral("web"));
        QVERIFY(web.inComposeFile);
        QCOMPARE(web.containerCount, 1);
        QCOMPARE(web.health, StackHealth::None);
        QVERIFY(web.started.isValid());
        QVERIFY(web.created.isValid() && web.created <= web.started);
        QVERIFY2(web.image.endsWith(QLatin1String("web")), qPrintable(web.image));
        QCOMPARE(web.ports.size(), 1);
        QCOMPARE(web.ports.first().containerPort, 8080);
        QCOMPARE(web.ports.first().hostIp, QStringLiteral("127.0.0.1"));
        QVERIFY(web.ports.first().isHttp());
        QCOMPARE(web.ports.first().url.host(), QStringLiteral("localhost"));
        QCOMPARE(web.ports.first().url.port(), web.ports.first().hostPort);

        const StackService oneshot = *m_stack->service(QStringLiteral("oneshot"));
        QCOMPARE(oneshot.exitCode, 3);
        QVERIFY(oneshot.finished.isValid());
        QVERIFY(oneshot.ports.isEmpty());
        QCOMPARE(oneshot.restartCount, 0);

        const StackService worker = *m_stack->service(QStringLiteral("worker"));
        QVERIFY(worker.isReady());
        QVERIFY2(m_workerHealth.contains(StackHealth::Starting), "the worker was never seen starting its health check");

        // The URL it shows answers.
        QNetworkAccessManager network;
        QNetworkRequest request(web.ports.first().url);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = network.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->readAll().trimmed(), QByteArrayLiteral("lagoon-test web"));
        reply->deleteLater();

        const StackEventLatency::Summary e2e = m_stack->eventLatency().engineToApplied();
        const StackEventLatency::Summary local = m_stack->eventLatency().deliveredToApplied();
        qInfo("event -> model: %lld events; engine stamp -> applied p50 %lld us, p95 %lld us, max %lld us; "
              "delivered -> applied p95 %lld us",
              qint64(e2e.count), qint64(e2e.p50.count()), qint64(e2e.p95.count()), qint64(e2e.max.count()),
              qint64(local.p95.count()));
        QVERIFY(e2e.count >= 7); // 3 create, 3 start, 1 die, 1 health_status at least
    }

    void startedLate_listShowsTheRunningStack()
    {
        QVERIFY2(m_stack, "needs the stack of the previous test");
        LocalStack late(m_client.get(), m_invocation.projectName, m_loaded.compose);
        QSignalSpy synced(&late, &LocalStack::synced);
        late.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        // Ports, health, exit codes from the list and inspect alone equal what events built up.
        QCOMPARE(late.services(), m_stack->services());
    }

    void perServiceCommands_reachTheModel()
    {
        QVERIFY2(m_stack, "needs the stack of the previous tests");
        const QString before = m_stack->service(QStringLiteral("web"))->containerId;
        ComposeRunner runner(m_invocation);
        const ComposeResult stop = runToEnd(runner, ComposeCommand::stop({QStringLiteral("web")}));
        QVERIFY2(stop.succeeded(), qPrintable(stop.message));
        QTRY_COMPARE_WITH_TIMEOUT(m_stack->service(QStringLiteral("web"))->state, DockerContainerState::Exited, 20000);
        QVERIFY(m_stack->service(QStringLiteral("web"))->ports.isEmpty());

        const ComposeResult start = runToEnd(runner, ComposeCommand::start({QStringLiteral("web")}));
        QVERIFY2(start.succeeded(), qPrintable(start.message));
        QTRY_VERIFY_WITH_TIMEOUT(m_stack->service(QStringLiteral("web"))->isRunning()
                                     && !m_stack->service(QStringLiteral("web"))->ports.isEmpty(), 20000);
        QCOMPARE(m_stack->service(QStringLiteral("web"))->containerId, before);

        const ComposeResult rebuild = runToEnd(runner, ComposeCommand::rebuild({QStringLiteral("worker")}));
        QVERIFY2(rebuild.succeeded(), qPrintable(rebuild.message + QLatin1Char('\n') + rebuild.detail));
        QTRY_VERIFY_WITH_TIMEOUT(m_stack->service(QStringLiteral("worker"))->isRunning(), 20000);

        const ComposeResult restart = runToEnd(runner, ComposeCommand::restart({QStringLiteral("worker")}));
        QVERIFY2(restart.succeeded(), qPrintable(restart.message));
        QTRY_VERIFY_WITH_TIMEOUT(m_stack->service(QStringLiteral("worker"))->health == StackHealth::Healthy, 30000);
        QCOMPARE(m_synced->size(), 1);
    }

    void down_removesEveryContainer()
    {
        QVERIFY2(m_stack, "needs the stack of the previous tests");
        ComposeRunner runner(m_invocation);
        QStringList lines;
        const ComposeResult down = runToEnd(runner, ComposeCommand::down(true), &lines);
        QVERIFY2(down.succeeded(), qPrintable(down.message + QLatin1Char('\n') + down.detail));
        QVERIFY(!lines.isEmpty());
        for (const QString &name : {QStringLiteral("web"), QStringLiteral("worker"), QStringLiteral("oneshot")})
            QTRY_VERIFY2_WITH_TIMEOUT(!m_stack->service(name)->hasContainer(), qPrintable(describe(m_stack->service(name))), 20000);
        QCOMPARE(m_stack->services().size(), 3);
        bool ok = false;
        const QString left = m_docker.docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                              QStringLiteral("label=com.docker.compose.project=") + m_invocation.projectName},
                                             &ok);
        QVERIFY(ok);
        QCOMPARE(left, QString());
        m_stack.reset();
        delete m_synced;
        m_synced = nullptr;
    }

    void eventLatency_manyContainers()
    {
        // More events than a three-service up gives, for the event -> model figure (reported, not
        // asserted: timings on a shared machine are information).
        const QString project = m_docker.uniqueProject(QStringLiteral("lat"));
        constexpr int Containers = 20;
        ComposeProject compose;
        for (int i = 0; i < Containers; ++i) {
            ComposeService service;
            service.name = QStringLiteral("job%1").arg(i);
            compose.services.append(service);
        }
        LocalStack stack(m_client.get(), project, compose);
        QSignalSpy synced(&stack, &LocalStack::synced);
        stack.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        // The docker CLI runs while the event loop keeps turning (the fixture's calls block it, and
        // that wait would be counted as latency).
        QStringList queue;
        for (const ComposeService &service : std::as_const(compose.services))
            queue.append(service.name);
        int failures = 0;
        QProcess docker;
        docker.setProcessEnvironment(m_docker.environment());
        docker.setProgram(DockerFixture::program());
        const auto next = [&] {
            const QString service = queue.takeFirst();
            docker.setArguments({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
                                 QStringLiteral("--label"), QStringLiteral("com.docker.compose.project=") + project,
                                 QStringLiteral("--label"), QStringLiteral("com.docker.compose.service=") + service,
                                 QStringLiteral("--label"), QStringLiteral("lagoon-test=1"),
                                 QString::fromLatin1(DockerFixture::Image), QStringLiteral("true")});
            docker.start();
        };
        connect(&docker, &QProcess::finished, this, [&](int exitCode) {
            failures += exitCode != 0;
            if (!queue.isEmpty())
                next();
        });
        next();
        QVERIFY(spinUntil([&] { return queue.isEmpty() && docker.state() == QProcess::NotRunning; }, 120000));
        QCOMPARE(failures, 0);
        QVERIFY(spinUntil(
            [&] {
                return std::all_of(compose.services.cbegin(), compose.services.cend(), [&stack](const ComposeService &service) {
                    return stack.service(service.name)->state == DockerContainerState::Exited;
                });
            },
            30000));
        const QStringList ids = [&stack] {
            QStringList out;
            for (const StackService &service : stack.services())
                out.append(service.containerId);
            return out;
        }();
        docker.setArguments(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids);
        docker.start();
        const auto noneLeft = [&stack] {
            const QList<StackService> services = stack.services();
            return std::none_of(services.cbegin(), services.cend(), [](const StackService &s) { return s.hasContainer(); });
        };
        QVERIFY(spinUntil(noneLeft, 60000));
        QVERIFY(spinUntil([&docker] { return docker.state() == QProcess::NotRunning; }, 30000));
        const StackEventLatency::Summary e2e = stack.eventLatency().engineToApplied();
        const StackEventLatency::Summary local = stack.eventLatency().deliveredToApplied();
        qInfo("event -> model, %lld events: engine stamp -> applied p50 %lld us, p95 %lld us, max %lld us; "
              "delivered -> applied p50 %lld us, p95 %lld us",
              qint64(e2e.count), qint64(e2e.p50.count()), qint64(e2e.p95.count()), qint64(e2e.max.count()),
              qint64(local.p50.count()), qint64(local.p95.count()));
        QMap<QString, int> actions;
        for (const StackEventLatency::Sample &sample : stack.eventLatency().samples())
            ++actions[sample.action];
        QVERIFY2(e2e.count >= 4 * Containers, qPrintable(QDebug::toString(actions))); // create, start, die, destroy each
    }

    void daemonGone_isReported_andTheStackIsListedAgainWhenItIsBack()
    {
        // The engine as seen through a relay the test can cut: to the client, the daemon stops.
        EngineRelay relay(m_endpoint.socketPath());
        QVERIFY(relay.listen());
        const quint16 port = relay.port();
        DockerClient client(DockerEndpoint::tcp(QStringLiteral("127.0.0.1"), port));
        client.setTimeout(5s);

        const QString project = m_docker.uniqueProject(QStringLiteral("gone"));
        ComposeProject compose;
        compose.services = {ComposeService{}, ComposeService{}};
        compose.services[0].name = QStringLiteral("a");
        compose.services[1].name = QStringLiteral("b");
        const QString a = m_docker.runContainer(project, QStringLiteral("a"), {QStringLiteral("sleep"), QStringLiteral("600")});
        QVERIFY(!a.isEmpty());

        LocalStack stack(&client, project, compose);
        stack.setReconnectBackoff(100ms, 400ms);
        QSignalSpy synced(&stack, &LocalStack::synced);
        QSignalSpy available(&stack, &LocalStack::daemonAvailabilityChanged);
        stack.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        QVERIFY(stack.service(QStringLiteral("a"))->isRunning());
        QVERIFY(!stack.service(QStringLiteral("b"))->hasContainer());

        relay.cut();
        QTRY_COMPARE_WITH_TIMEOUT(available.size(), 2, 15000);
        QCOMPARE(available.last().first().toBool(), false);
        QVERIFY(!stack.isDaemonAvailable());
        QVERIFY(stack.daemonError().has_value());
        qInfo("daemon gone: %s", qPrintable(stack.daemonError()->message));
        // The last known state stays while it is gone.
        QVERIFY(stack.service(QStringLiteral("a"))->isRunning());

        // Meanwhile: a stops, b appears. No event reaches the stack.
        m_docker.docker({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"), a});
        const QString b = m_docker.runContainer(project, QStringLiteral("b"), {QStringLiteral("sleep"), QStringLiteral("600")});
        QVERIFY(!b.isEmpty());
        QTest::qWait(300);
        QVERIFY(stack.service(QStringLiteral("a"))->isRunning());

        QVERIFY(relay.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 2, 15000);
        QCOMPARE(available.size(), 3);
        QCOMPARE(available.last().first().toBool(), true);
        QCOMPARE(stack.service(QStringLiteral("a"))->state, DockerContainerState::Exited);
        QCOMPARE(stack.service(QStringLiteral("a"))->exitCode, 137);
        QVERIFY(stack.service(QStringLiteral("b"))->isRunning());
        QCOMPARE(stack.service(QStringLiteral("b"))->containerId, b);

        // And events flow again.
        m_docker.docker({QStringLiteral("rm"), QStringLiteral("-f"), b});
        QTRY_VERIFY_WITH_TIMEOUT(!stack.service(QStringLiteral("b"))->hasContainer(), 15000);
        m_docker.removeProject(project);
    }
};

QTEST_GUILESS_MAIN(tst_LocalStack)
#include "tst_localstack.moc"
