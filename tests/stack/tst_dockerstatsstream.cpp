// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// DockerStatsStream against the real engine, on lagoon-test/busybox containers: a busy loop's
// CPU and memory as they arrive, the stream's end when its container stops, stop(), and the
// containers it cannot read.
#include <QElapsedTimer>
#include <QTest>

#include "core/stack/dockerclient.h"
#include "core/stack/dockerstatsstream.h"
#include "tests/support/dockerfixture.h"

using namespace Lagoon;
using Lagoon::Test::DockerFixture;

namespace {

const QStringList BusyLoop{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")};
const QStringList Sleeper{QStringLiteral("sleep"), QStringLiteral("300")};

struct Collected
{
    QList<ContainerUsage> samples;
    std::optional<Result<void>> finished;
    bool started = false;

    void attach(DockerStatsStream &stream, QObject *context)
    {
        QObject::connect(&stream, &DockerStatsStream::usageReceived, context,
                         [this](const ContainerUsage &usage) { samples << usage; });
        QObject::connect(&stream, &DockerStatsStream::finished, context, [this](const Result<void> &r) {
            QVERIFY(!finished); // exactly once
            finished = r;
        });
        QObject::connect(&stream, &DockerStatsStream::started, context, [this] { started = true; });
    }

    std::optional<double> lastCpu() const { return samples.isEmpty() ? std::nullopt : samples.constLast().cpuPercent; }
};

} // namespace

class tst_DockerStatsStream : public QObject
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

    void busyLoop_showsItsCpuAndMemory_thenEndsWhenItStops()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("stats"));
        const QString id = m_docker.runContainer(project, QStringLiteral("burner"), BusyLoop);
        QVERIFY(!id.isEmpty());
        DockerClient client(m_endpoint);
        DockerStatsStream stream(client.connection(), id);
        Collected c;
        c.attach(stream, this);
        QElapsedTimer timer;
        timer.start();
        stream.start();
        QVERIFY(stream.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!c.samples.isEmpty(), 10000);
        QVERIFY(c.started);
        // The first sample of a stream has none before it to measure CPU against.
        QVERIFY(!c.samples.first().cpuPercent.has_value());
        QTRY_VERIFY2_WITH_TIMEOUT(c.lastCpu().value_or(0) > 20.0,
                                  qPrintable(QStringLiteral("CPU %1 after %2 samples")
                                                 .arg(c.lastCpu().value_or(-1))
                                                 .arg(c.samples.size())),
                                  8000);
        qInfo("CPU %.1f %% after %lld ms", *c.lastCpu(), timer.elapsed());
        const ContainerUsage &last = c.samples.constLast();
        QVERIFY(!last.isEmpty());
        QVERIFY(last.memoryUsed > 0);
        QVERIFY(last.memoryLimit >= last.memoryUsed);
        QVERIFY(last.pids >= 1);
        QVERIFY(!last.hasNetwork); // --network none
        QVERIFY(qAbs(last.read.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        for (qsizetype i = 1; i < c.samples.size(); ++i)
            QVERIFY(c.samples.at(i - 1).read < c.samples.at(i).read);
        QVERIFY(!c.finished.has_value());

        // sh as PID 1 ignores SIGTERM: the kill after the grace second stops it.
        m_docker.docker({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), id});
        QTRY_VERIFY_WITH_TIMEOUT(c.finished.has_value(), 10000);
        QVERIFY2(c.finished->has_value(), qPrintable(c.finished->error().message));
        QVERIFY(!stream.isRunning());
        for (const ContainerUsage &sample : std::as_const(c.samples))
            QVERIFY(!sample.isEmpty());
    }

    void stop_endsTheStreamPromptly()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("statsstop"));
        const QString id = m_docker.runContainer(project, QStringLiteral("quiet"), Sleeper);
        QVERIFY(!id.isEmpty());
        DockerClient client(m_endpoint);
        DockerStatsStream stream(client.connection(), id);
        Collected c;
        c.attach(stream, this);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(!c.samples.isEmpty(), 10000);
        QElapsedTimer timer;
        timer.start();
        stream.stop();
        qInfo("stop() took %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 5000); // woken, not left waiting for the next chunk
        QTRY_VERIFY_WITH_TIMEOUT(c.finished.has_value(), 1000);
        QCOMPARE(c.finished->error().code, Error::Code::Cancelled);
        const qsizetype received = c.samples.size();
        QTest::qWait(1500);
        QCOMPARE(c.samples.size(), received);
    }

    void destroyedWhileRunning_joinsAtOnce()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("statsdtor"));
        const QString id = m_docker.runContainer(project, QStringLiteral("quiet"), Sleeper);
        QVERIFY(!id.isEmpty());
        DockerClient client(m_endpoint);
        auto stream = std::make_unique<DockerStatsStream>(client.connection(), id);
        Collected c;
        c.attach(*stream, this);
        stream->start();
        QTRY_VERIFY_WITH_TIMEOUT(c.started, 10000);
        QElapsedTimer timer;
        timer.start();
        stream.reset();
        QVERIFY(timer.elapsed() < 5000); // woken, not left waiting for the next chunk
        QTest::qWait(100);
        QVERIFY(!c.finished.has_value()); // no signal from a destroyed stream
    }

    void stoppedContainer_endsWithoutSamples()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("statsexited"));
        const QString id = m_docker.runContainer(project, QStringLiteral("done"), {QStringLiteral("true")});
        QVERIFY(!id.isEmpty());
        m_docker.docker({QStringLiteral("wait"), id});
        DockerClient client(m_endpoint);
        DockerStatsStream stream(client.connection(), id);
        Collected c;
        c.attach(stream, this);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.finished.has_value(), 10000);
        QVERIFY2(c.finished->has_value(), qPrintable(c.finished->error().message));
        QVERIFY(c.samples.isEmpty());
    }

    void unknownContainer_finishesWithNotFound()
    {
        DockerClient client(m_endpoint);
        DockerStatsStream stream(client.connection(), QStringLiteral("lagoon-no-such-container"));
        Collected c;
        c.attach(stream, this);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.finished.has_value(), 15000);
        QVERIFY(!c.finished->has_value());
        QCOMPARE(c.finished->error().code, Error::Code::NotFound);
        QVERIFY(!c.started);
    }
};

QTEST_GUILESS_MAIN(tst_DockerStatsStream)
#include "tst_dockerstatsstream.moc"
