// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <ctime>

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/stack/dockerclient.h"
#include "core/stack/dockerconnection.h"
#include "core/stack/dockereventstream.h"
#include "tests/support/dockerfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;
using Lagoon::Test::DockerFixture;

namespace {

// The engine stamps events with its wall clock; compare with ours, same host.
qint64 nowNano()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}


double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * double(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

} // namespace

class tst_DockerEventStream : public QObject
{
    Q_OBJECT

private:
    DockerFixture m_docker;
    DockerEndpoint m_endpoint;

private Q_SLOTS:
    void initTestCase()
    {
        LAGOON_REQUIRE_DOCKER(m_docker);
        m_endpoint = DockerEndpoint::fromEnvironment().value();
    }

    void events_startAndDie_arriveForTheProjectOnly()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("events"));
        const QString other = m_docker.uniqueProject(QStringLiteral("noise"));
        DockerClient client(m_endpoint);
        DockerEventStream stream(client.connection(), DockerEventFilter{{QStringLiteral("container")}, project, {}});
        QSignalSpy connected(&stream, &DockerEventStream::connected);
        QList<DockerEvent> received;
        connect(&stream, &DockerEventStream::eventReceived, this, [&received](const DockerEvent &event) { received.append(event); });
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
        QVERIFY(stream.isConnected());

        const QString noise = m_docker.runContainer(other, QStringLiteral("web"), {QStringLiteral("true")});
        const QString id = m_docker.runContainer(project, QStringLiteral("job"),
                                                 {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 0.5; exit 3")});
        QVERIFY(!id.isEmpty() && !noise.isEmpty());

        auto has = [&received](const QString &action) {
            return std::any_of(received.cbegin(), received.cend(), [&action](const DockerEvent &e) { return e.action == action; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("die")), 15000);
        QVERIFY(has(QStringLiteral("create")));
        QVERIFY(has(QStringLiteral("start")));
        for (const DockerEvent &e : std::as_const(received)) {
            QCOMPARE(e.actorId, id);
            QCOMPARE(e.composeProject(), project);
            QCOMPARE(e.composeService(), QStringLiteral("job"));
            // No latency here: this thread sat in the blocking docker run (see events_latency_isMeasured).
            qInfo("event %s for %s", qPrintable(e.action), qPrintable(e.containerName()));
            if (e.action == QLatin1String("die"))
                QCOMPARE(e.exitCode(), 3);
        }
        stream.stop();
        QVERIFY(!stream.isRunning());
    }

    void events_latency_isMeasured()
    {
        // Twenty start/die pairs: the engine's own timestamp to our signal, on one host clock.
        const QString project = m_docker.uniqueProject(QStringLiteral("latency"));
        DockerClient client(m_endpoint);
        DockerEventStream stream(client.connection(), DockerEventFilter{{QStringLiteral("container")}, project, {}});
        QSignalSpy connected(&stream, &DockerEventStream::connected);
        QList<double> latencies;
        int dies = 0;
        connect(&stream, &DockerEventStream::eventReceived, this, [&](const DockerEvent &event) {
            if (event.action == QLatin1String("start") || event.action == QLatin1String("die"))
                latencies.append(double(nowNano() - event.timeNano) / 1e6);
            if (event.action == QLatin1String("die"))
                ++dies;
        });
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);

        // The docker CLI runs asynchronously, one container after the other, so this thread's
        // event loop stays free: a blocking wait here would be counted as latency.
        constexpr int Containers = 20;
        int launched = 0;
        int failures = 0;
        QProcess runner;
        runner.setProcessEnvironment(m_docker.environment());
        const QStringList arguments{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
                                    QStringLiteral("--label"), QStringLiteral("com.docker.compose.project=") + project,
                                    QStringLiteral("--label"), QStringLiteral("lagoon-test=1"),
                                    QStringLiteral("--label"), QStringLiteral("lagoon-test.pid=") + QString::number(QCoreApplication::applicationPid()),
                                    QString::fromLatin1(DockerFixture::Image), QStringLiteral("true")};
        connect(&runner, &QProcess::finished, this, [&](int exitCode, QProcess::ExitStatus status) {
            if (exitCode != 0 || status != QProcess::NormalExit)
                ++failures;
            if (++launched < Containers)
                runner.start(DockerFixture::program(), arguments);
        });
        runner.start(DockerFixture::program(), arguments);
        QTRY_COMPARE_WITH_TIMEOUT(dies, Containers, 60000);
        QCOMPARE(failures, 0);
        QCOMPARE(latencies.size(), 2 * Containers);
        const double p50 = percentile(latencies, 0.5);
        const double p95 = percentile(latencies, 0.95);
        const double max = *std::max_element(latencies.cbegin(), latencies.cend());
        qInfo("docker event -> eventReceived latency over %lld events: p50 %.2f ms, p95 %.2f ms, max %.2f ms",
              latencies.size(), p50, p95, max);
        // Timings are reported, not asserted (tests/bench/bench_stack measures the budget); what
        // is asserted above is that every event arrived, once and in order.
    }

    void stop_isPromptAndSilent()
    {
        DockerClient client(m_endpoint);
        DockerEventStream stream(client.connection(), DockerEventFilter{});
        QSignalSpy connected(&stream, &DockerEventStream::connected);
        QSignalSpy disconnected(&stream, &DockerEventStream::disconnected);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
        QElapsedTimer timer;
        timer.start();
        stream.stop();
        qInfo("stop() took %lld ms", timer.elapsed());
        // A stream that was not woken would wait for the next event, for ever: 5 s tells them apart.
        QVERIFY(timer.elapsed() < 5000);
        QTest::qWait(100);
        QCOMPARE(disconnected.size(), 0);
        // It can start again.
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 10000);
    }

    void unreachable_reportsOnceAndKeepsTrying()
    {
        QTemporaryDir dir;
        auto connection = std::make_shared<DockerConnection>(DockerEndpoint::unixSocket(dir.filePath(QStringLiteral("gone.sock"))));
        DockerEventStream stream(connection, DockerEventFilter{});
        stream.setBackoff(20ms, 50ms);
        QSignalSpy disconnected(&stream, &DockerEventStream::disconnected);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
        const auto error = disconnected.first().first().value<Error>();
        QCOMPARE(error.code, Error::Code::DaemonUnreachable);
        QVERIFY2(error.message.startsWith(QLatin1String("Docker is not running")), qPrintable(error.message));
        QTest::qWait(500); // ~10 more attempts, no more reports
        QCOMPARE(disconnected.size(), 1);
        QVERIFY(stream.isRunning());
        QVERIFY(!stream.isConnected());
    }
};

QTEST_GUILESS_MAIN(tst_DockerEventStream)
#include "tst_dockereventstream.moc"
