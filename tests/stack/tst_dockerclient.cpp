// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QElapsedTimer>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/stack/dockerclient.h"
#include "core/stack/dockerconnection.h"
#include "tests/stack/fakedockerengine.h"
#include "tests/stack/stacktestutil.h"
#include "tests/support/dockerfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;
using Lagoon::Test::DockerFixture;
using Lagoon::Test::FakeDockerEngine;
using Lagoon::Test::Pending;

class tst_DockerClient : public QObject
{
    Q_OBJECT

private:
    DockerFixture m_docker;
    DockerEndpoint m_endpoint;

    const DockerContainerSummary *find(const QList<DockerContainerSummary> &list, const QString &id)
    {
        for (const auto &c : list) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LAGOON_REQUIRE_DOCKER(m_docker);
        const auto endpoint = DockerEndpoint::fromEnvironment();
        QVERIFY2(endpoint.has_value(), endpoint ? "" : qPrintable(endpoint.error().message));
        m_endpoint = *endpoint;
    }

    void version_realEngine_negotiatesWhatBothSpeak()
    {
        const QString engineApi = m_docker.docker({QStringLiteral("version"), QStringLiteral("--format"),
                                                   QStringLiteral("{{.Server.APIVersion}}")});
        DockerClient client(m_endpoint);
        Pending<DockerVersion> version;
        client.version(this, version.callback());
        QTRY_VERIFY_WITH_TIMEOUT(version.done(), 15000);
        QVERIFY2(version.value->has_value(), version.why().constData());
        const DockerVersion v = version.value->value();
        qInfo("engine %s, API %s (min %s), negotiated %s", qPrintable(v.engineVersion), qPrintable(v.engineApi.toString()),
              qPrintable(v.engineMinimumApi.toString()), qPrintable(v.negotiated.toString()));
        QCOMPARE(v.engineApi.toString(), engineApi);
        QCOMPARE(v.negotiated, std::min(v.engineApi, DockerConnection::MaximumApiVersion));
        QVERIFY(v.negotiated <= v.engineApi);
        QCOMPARE(client.connection()->version()->negotiated, v.negotiated);
    }

    void version_olderEngine_pathsUseItsVersion()
    {
        FakeDockerEngine engine(QStringLiteral("1.30"));
        QVERIFY(engine.isListening());
        engine.setAnswer(QStringLiteral("/containers/json"), "[]");
        DockerClient client(DockerEndpoint::tcp(QStringLiteral("127.0.0.1"), engine.serverPort()));
        Pending<QList<DockerContainerSummary>> list;
        client.listContainers({}, this, list.callback());
        QTRY_VERIFY_WITH_TIMEOUT(list.done(), 10000);
        QVERIFY2(list.value->has_value(), list.why().constData());
        QCOMPARE(engine.requests().value(0), QStringLiteral("GET /_ping"));
        QCOMPARE(engine.requests().value(1), QStringLiteral("GET /version"));
        QCOMPARE(engine.requests().value(2), QStringLiteral("GET /v1.30/containers/json?all=1"));
    }

    void version_newerEngine_staysAtOurMaximum()
    {
        FakeDockerEngine engine(QStringLiteral("1.99"), QStringLiteral("1.24"));
        DockerClient client(DockerEndpoint::tcp(QStringLiteral("127.0.0.1"), engine.serverPort()));
        Pending<DockerVersion> version;
        client.version(this, version.callback());
        QTRY_VERIFY_WITH_TIMEOUT(version.done(), 10000);
        QVERIFY2(version.value->has_value(), version.why().constData());
        QCOMPARE(version.value->value().negotiated, DockerConnection::MaximumApiVersion);
    }

    void version_engineWithoutOurVersions_speaksItsOldest()
    {
        // Docker 29: "API version: 1.52 (minimum version 1.44)".
        FakeDockerEngine engine(QStringLiteral("1.52"), QStringLiteral("1.44"));
        DockerClient client(DockerEndpoint::tcp(QStringLiteral("127.0.0.1"), engine.serverPort()));
        Pending<DockerVersion> version;
        client.version(this, version.callback());
        QTRY_VERIFY_WITH_TIMEOUT(version.done(), 10000);
        QVERIFY2(version.value->has_value(), version.why().constData());
        QCOMPARE(version.value->value().negotiated, (DockerApiVersion{1, 44}));
        Pending<QList<DockerContainerSummary>> listed;
        client.listContainers({}, this, listed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(listed.done(), 10000);
        QVERIFY2(engine.requests().contains(QStringLiteral("GET /v1.44/containers/json?all=1")),
                 qPrintable(engine.requests().join(u'\n')));
    }

    void version_tooOldEngine_isUnsupported()
    {
        FakeDockerEngine engine(QStringLiteral("1.19"));
        DockerClient client(DockerEndpoint::tcp(QStringLiteral("127.0.0.1"), engine.serverPort()));
        Pending<DockerVersion> version;
        client.version(this, version.callback());
        QTRY_VERIFY_WITH_TIMEOUT(version.done(), 10000);
        QVERIFY(!version.value->has_value());
        QCOMPARE(version.value->error().code, Error::Code::Unsupported);
        QVERIFY2(version.value->error().message.contains(QLatin1String("too old")), version.why().constData());
    }

    void listContainers_composeProject_onlyThatProject()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("list"));
        const QString other = m_docker.uniqueProject(QStringLiteral("other"));
        const QString web = m_docker.runContainer(project, QStringLiteral("web"), {QStringLiteral("sleep"), QStringLiteral("300")});
        const QString job = m_docker.runContainer(project, QStringLiteral("job"), {QStringLiteral("true")});
        const QString foreign = m_docker.runContainer(other, QStringLiteral("web"), {QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY(!web.isEmpty() && !job.isEmpty() && !foreign.isEmpty());
        m_docker.docker({QStringLiteral("wait"), job});

        DockerClient client(m_endpoint);
        Pending<QList<DockerContainerSummary>> all;
        client.listContainers(DockerContainerQuery{true, project, {}}, this, all.callback());
        QTRY_VERIFY_WITH_TIMEOUT(all.done(), 15000);
        QVERIFY2(all.value->has_value(), all.why().constData());
        const auto &containers = all.value->value();
        QCOMPARE(containers.size(), 2);
        QVERIFY(!find(containers, foreign));
        const DockerContainerSummary *w = find(containers, web);
        const DockerContainerSummary *j = find(containers, job);
        QVERIFY(w && j);
        QCOMPARE(w->state, DockerContainerState::Running);
        QCOMPARE(w->composeProject(), project);
        QCOMPARE(w->composeService(), QStringLiteral("web"));
        QCOMPARE(w->name, project + QStringLiteral("_web_1"));
        QCOMPARE(w->image, QString::fromLatin1(DockerFixture::Image));
        QVERIFY(qAbs(w->created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(j->state, DockerContainerState::Exited);

        Pending<QList<DockerContainerSummary>> running;
        client.listContainers(DockerContainerQuery{false, project, {}}, this, running.callback());
        QTRY_VERIFY_WITH_TIMEOUT(running.done(), 15000);
        QVERIFY2(running.value->has_value(), running.why().constData());
        QCOMPARE(running.value->value().size(), 1);
        QCOMPARE(running.value->value().first().id, web);

        m_docker.removeProject(project);
        m_docker.removeProject(other);
        Pending<QList<DockerContainerSummary>> after;
        client.listContainers(DockerContainerQuery{true, project, {}}, this, after.callback());
        QTRY_VERIFY_WITH_TIMEOUT(after.done(), 15000);
        QVERIFY2(after.value->has_value(), after.why().constData());
        QVERIFY(after.value->value().isEmpty());
    }

    void inspectContainer_readsStateHealthPortsAndTimes()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("inspect"));
        // Published ports need the default bridge network (docker0), unlike the other tests.
        const QString id = m_docker.runContainer(
            project, QStringLiteral("web"), {QStringLiteral("sleep"), QStringLiteral("300")},
            {QStringLiteral("--network"), QStringLiteral("bridge"), QStringLiteral("-p"), QStringLiteral("127.0.0.1::8080"),
             QStringLiteral("--health-cmd"), QStringLiteral("echo fine"), QStringLiteral("--health-interval"), QStringLiteral("1s")});
        QVERIFY2(!id.isEmpty(), "docker run with a published port failed: is the docker0 bridge there (ip link show docker0)?");
        const QString hostPort = m_docker.docker({QStringLiteral("port"), id, QStringLiteral("8080/tcp")}).section(QLatin1Char(':'), -1);

        DockerClient client(m_endpoint);
        DockerContainerInfo info;
        // The first health check runs after one interval.
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000) {
            Pending<DockerContainerInfo> inspect;
            client.inspectContainer(id.left(12), this, inspect.callback());
            QTRY_VERIFY_WITH_TIMEOUT(inspect.done(), 15000);
            QVERIFY2(inspect.value->has_value(), inspect.why().constData());
            info = inspect.value->value();
            if (info.health.status == QLatin1String("healthy"))
                break;
            QTest::qWait(200);
        }
        QCOMPARE(info.id, id);
        QCOMPARE(info.name, project + QStringLiteral("_web_1"));
        QCOMPARE(info.state, DockerContainerState::Running);
        QVERIFY(info.running);
        QVERIFY(info.pid > 0);
        QCOMPARE(info.image, QString::fromLatin1(DockerFixture::Image));
        QVERIFY(info.imageId.startsWith(QLatin1String("sha256:")));
        QCOMPARE(info.health.status, QStringLiteral("healthy"));
        QCOMPARE(info.health.lastOutput.trimmed(), QStringLiteral("fine"));
        QVERIFY(info.created.isValid());
        QVERIFY(info.startedAt >= info.created);
        QVERIFY(!info.finishedAt.isValid());
        QCOMPARE(info.composeService(), QStringLiteral("web"));
        QCOMPARE(info.ports.size(), 1);
        QCOMPARE(info.ports.first().containerPort, 8080);
        QCOMPARE(info.ports.first().protocol, QStringLiteral("tcp"));
        QCOMPARE(info.ports.first().hostIp, QStringLiteral("127.0.0.1"));
        QCOMPARE(QString::number(info.ports.first().hostPort), hostPort);
        QVERIFY(!info.tty);
    }

    void inspectContainer_restarts_areCounted()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("restart"));
        const QString id = m_docker.runContainer(project, QStringLiteral("crash"), {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 7")},
                                                 {QStringLiteral("--restart"), QStringLiteral("on-failure:2")});
        QVERIFY(!id.isEmpty());
        DockerClient client(m_endpoint);
        DockerContainerInfo info;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30000) {
            Pending<DockerContainerInfo> inspect;
            client.inspectContainer(id, this, inspect.callback());
            QTRY_VERIFY_WITH_TIMEOUT(inspect.done(), 15000);
            QVERIFY2(inspect.value->has_value(), inspect.why().constData());
            info = inspect.value->value();
            if (info.restartCount == 2 && info.state == DockerContainerState::Exited)
                break;
            QTest::qWait(200);
        }
        QCOMPARE(info.restartCount, 2);
        QCOMPARE(info.state, DockerContainerState::Exited);
        QCOMPARE(info.exitCode, 7);
        QVERIFY(info.finishedAt.isValid());
    }

    void inspectContainer_unknown_isNotFound()
    {
        DockerClient client(m_endpoint);
        Pending<DockerContainerInfo> inspect;
        client.inspectContainer(QStringLiteral("lagoon-no-such-container"), this, inspect.callback());
        QTRY_VERIFY_WITH_TIMEOUT(inspect.done(), 15000);
        QVERIFY(!inspect.value->has_value());
        QCOMPARE(inspect.value->error().code, Error::Code::NotFound);
        QVERIFY2(inspect.value->error().message.contains(QLatin1String("No such container")), inspect.why().constData());
    }

    void exec_command_returnsOutputAndExitCode()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("exec"));
        const QString id = m_docker.runContainer(project, QStringLiteral("cli"), {QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY(!id.isEmpty());
        DockerClient client(m_endpoint);

        DockerExecOptions options;
        options.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("echo out 1; echo err 1 >&2; pwd; echo \"$GREETING\"; exit 3")};
        options.workingDir = QStringLiteral("/bin");
        options.environment = {QStringLiteral("GREETING=hello lagoon")};
        Pending<DockerExecResult> exec;
        QElapsedTimer timer;
        timer.start();
        client.exec(id, options, this, exec.callback());
        QTRY_VERIFY_WITH_TIMEOUT(exec.done(), 30000);
        qInfo("exec took %lld ms", timer.elapsed());
        QVERIFY2(exec.value->has_value(), exec.why().constData());
        const DockerExecResult r = exec.value->value();
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.standardOutput, QByteArrayLiteral("out 1\n/bin\nhello lagoon\n"));
        QCOMPARE(r.standardError, QByteArrayLiteral("err 1\n"));
        QVERIFY(!r.truncated);
    }

    void exec_output_arrivesWhileTheCommandRuns()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("execlive"));
        const QString id = m_docker.runContainer(project, QStringLiteral("cli"), {QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY(!id.isEmpty());
        DockerClient client(m_endpoint);
        DockerExecOptions options;
        options.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("echo first; echo oops >&2; sleep 3; echo second")};
        QByteArray out;
        QByteArray err;
        Pending<DockerExecResult> exec;
        client.exec(id, options, this, exec.callback(), [&](DockerStream stream, const QByteArray &chunk) {
            QVERIFY2(!exec.done(), "output arrived after the result");
            (stream == DockerStream::Stdout ? out : err).append(chunk);
        });
        QTRY_VERIFY_WITH_TIMEOUT(out.startsWith("first\n"), 15000);
        QVERIFY2(!exec.done(), "the first line came only with the result, not while the command ran");
        QTRY_VERIFY_WITH_TIMEOUT(exec.done(), 30000);
        QVERIFY2(exec.value->has_value(), exec.why().constData());
        QCOMPARE(out, QByteArrayLiteral("first\nsecond\n"));
        QCOMPARE(err, QByteArrayLiteral("oops\n"));
        QCOMPARE(exec.value->value().standardOutput, out);
    }

    void exec_largeOutput_arrivesWhole()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("execbig"));
        const QString id = m_docker.runContainer(project, QStringLiteral("cli"), {QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY(!id.isEmpty());
        DockerClient client(m_endpoint);
        DockerExecOptions options;
        options.command = {QStringLiteral("seq"), QStringLiteral("1"), QStringLiteral("200000")};
        Pending<DockerExecResult> exec;
        QByteArray forwarded;
        client.exec(id, options, this, exec.callback(),
                    [&](DockerStream, const QByteArray &chunk) { forwarded.append(chunk); });
        QTRY_VERIFY_WITH_TIMEOUT(exec.done(), 60000);
        QVERIFY2(exec.value->has_value(), exec.why().constData());
        const QList<QByteArray> lines = exec.value->value().standardOutput.split('\n');
        QCOMPARE(lines.size(), 200001); // the last newline leaves an empty tail
        QCOMPARE(lines.at(0), QByteArrayLiteral("1"));
        QCOMPARE(lines.at(199999), QByteArrayLiteral("200000"));
        QCOMPARE(exec.value->value().exitCode, 0);
        QCOMPARE(forwarded, exec.value->value().standardOutput); // in order, nothing lost or repeated
    }

    void exec_stoppedContainer_isAnErrorNotAHang()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("execstopped"));
        const QString id = m_docker.runContainer(project, QStringLiteral("done"), {QStringLiteral("true")});
        QVERIFY(!id.isEmpty());
        m_docker.docker({QStringLiteral("wait"), id});
        DockerClient client(m_endpoint);
        Pending<DockerExecResult> exec;
        client.exec(id, DockerExecOptions{{QStringLiteral("true")}, {}, {}, {}, 10s}, this, exec.callback());
        QTRY_VERIFY_WITH_TIMEOUT(exec.done(), 15000);
        QVERIFY(!exec.value->has_value());
        QCOMPARE(exec.value->error().code, Error::Code::HttpError);
        QVERIFY2(exec.value->error().message.contains(QLatin1String("not running")), exec.why().constData());
    }

    void unreachable_missingSocket_saysDockerIsNotRunning()
    {
        QTemporaryDir dir;
        DockerClient client(DockerEndpoint::unixSocket(dir.filePath(QStringLiteral("docker.sock"))));
        Pending<QList<DockerContainerSummary>> list;
        QElapsedTimer timer;
        timer.start();
        client.listContainers({}, this, list.callback());
        QTRY_VERIFY_WITH_TIMEOUT(list.done(), 5000);
        qInfo("failed after %lld ms: %s", timer.elapsed(), list.why().constData());
        QVERIFY(timer.elapsed() < 5000); // refused at once, not after the 10 s timeout
        QVERIFY(!list.value->has_value());
        QCOMPARE(list.value->error().code, Error::Code::DaemonUnreachable);
        QVERIFY2(list.value->error().message.startsWith(QLatin1String("Docker is not running")), list.why().constData());
        QVERIFY(list.value->error().message.contains(dir.filePath(QStringLiteral("docker.sock"))));
    }

    void unreachable_silentEngine_timesOut()
    {
        // A socket that accepts connections and never answers: a hung engine.
        QTemporaryDir dir;
        QLocalServer silent;
        QVERIFY(silent.listen(dir.filePath(QStringLiteral("silent.sock"))));
        DockerClient client(DockerEndpoint::unixSocket(silent.fullServerName()));
        client.setTimeout(700ms);
        Pending<DockerVersion> version;
        QElapsedTimer timer;
        timer.start();
        client.version(this, version.callback());
        QTRY_VERIFY_WITH_TIMEOUT(version.done(), 15000);
        qInfo("timed out after %lld ms: %s", timer.elapsed(), version.why().constData());
        QVERIFY(!version.value->has_value());
        QCOMPARE(version.value->error().code, Error::Code::Timeout);
        QVERIFY(timer.elapsed() >= 600); // the timeout set, not the default 10 s:
        QVERIFY(timer.elapsed() < 9000);
    }

    void destroy_callInFlight_cancelsAtOnce()
    {
        QTemporaryDir dir;
        QLocalServer silent;
        QVERIFY(silent.listen(dir.filePath(QStringLiteral("silent.sock"))));
        auto *client = new DockerClient(DockerEndpoint::unixSocket(silent.fullServerName()));
        client->setTimeout(60s);
        Pending<DockerVersion> version;
        client->version(this, version.callback());
        QTest::qWait(200);
        QElapsedTimer timer;
        timer.start();
        delete client;
        qInfo("destroying a client with a call in flight took %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 10000); // cancelled, not waiting out the 60 s timeout
        QTRY_VERIFY_WITH_TIMEOUT(version.done(), 2000);
        QCOMPARE(version.value->error().code, Error::Code::Cancelled);
    }

    void callback_contextDestroyed_isNotCalled()
    {
        DockerClient client(m_endpoint);
        auto *context = new QObject;
        bool called = false;
        client.version(context, [&called](const Result<DockerVersion> &) { called = true; });
        delete context;
        // A second call on the same client finishes after the first one.
        Pending<DockerVersion> second;
        client.version(this, second.callback());
        QTRY_VERIFY_WITH_TIMEOUT(second.done(), 15000);
        QTest::qWait(100);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_DockerClient)
#include "tst_dockerclient.moc"
