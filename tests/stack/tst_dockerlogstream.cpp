// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "core/stack/dockerclient.h"
#include "core/stack/dockerlogstream.h"
#include "tests/support/dockerfixture.h"

using namespace Lagoon;
using Lagoon::Test::DockerFixture;

namespace {

// Writes "out N" and "err N" alternately, pausing between writes so the engine (which reads the
// two pipes separately) receives them in that order.
const QString Alternating = QStringLiteral(
    "for i in 1 2 3 4 5; do echo \"out $i\"; sleep 0.1; echo \"err $i\" >&2; sleep 0.1; done");

struct Collected
{
    QList<DockerLogLine> lines;
    std::optional<Result<void>> finished;
    std::optional<bool> tty;

    void attach(DockerLogStream &stream, QObject *context)
    {
        QObject::connect(&stream, &DockerLogStream::linesReceived, context,
                         [this](const QList<DockerLogLine> &more) { lines += more; });
        QObject::connect(&stream, &DockerLogStream::finished, context, [this](const Result<void> &r) {
            QVERIFY(!finished); // exactly once
            finished = r;
        });
        QObject::connect(&stream, &DockerLogStream::started, context, [this](bool isTty) { tty = isTty; });
    }

    QString describe() const
    {
        QStringList out;
        for (const auto &l : lines)
            out.append((l.stream == DockerStream::Stdout ? QStringLiteral("out:") : QStringLiteral("err:")) + l.text);
        return out.join(QLatin1Char('|'));
    }
};

const QString Expected = QStringLiteral("out:out 1|err:err 1|out:out 2|err:err 2|out:out 3|err:err 3|out:out 4|err:err 4|out:out 5|err:err 5");

} // namespace

class tst_DockerLogStream : public QObject
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

    void history_stdoutAndStderr_landOnTheirStreamInOrder()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("logs"));
        const QString id = m_docker.runContainer(project, QStringLiteral("talker"), {QStringLiteral("sh"), QStringLiteral("-c"), Alternating});
        QVERIFY(!id.isEmpty());
        m_docker.docker({QStringLiteral("wait"), id});

        DockerClient client(m_endpoint);
        DockerLogOptions options;
        options.follow = false;
        DockerLogStream stream(client.connection(), id, options);
        Collected c;
        c.attach(stream, this);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.finished.has_value(), 15000);
        QVERIFY2(c.finished->has_value(), qPrintable(c.finished->error().message));
        QCOMPARE(c.tty, std::optional<bool>(false));
        QCOMPARE(c.describe(), Expected);
        for (qsizetype i = 1; i < c.lines.size(); ++i) {
            QVERIFY(c.lines.at(i).timestamp.isValid());
            QVERIFY(c.lines.at(i - 1).timestamp <= c.lines.at(i).timestamp);
        }
        QVERIFY(qAbs(c.lines.first().timestamp.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    }

    void follow_linesArriveLiveAndEndWithTheContainer()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("follow"));
        const QString id = m_docker.runContainer(project, QStringLiteral("talker"),
                                                 {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 1; ") + Alternating});
        QVERIFY(!id.isEmpty());
        DockerClient client(m_endpoint);
        DockerLogStream stream(client.connection(), id);
        Collected c;
        c.attach(stream, this);
        QElapsedTimer timer;
        timer.start();
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.lines.size() >= 1, 15000);
        const qint64 firstLineAt = timer.elapsed();
        QVERIFY(!c.finished.has_value()); // still following: the container writes for ~1 s more
        QTRY_VERIFY_WITH_TIMEOUT(c.finished.has_value(), 20000);
        qInfo("first line after %lld ms, stream ended after %lld ms", firstLineAt, timer.elapsed());
        QVERIFY2(c.finished->has_value(), qPrintable(c.finished->error().message));
        QCOMPARE(c.describe(), Expected);
    }

    void tty_isOneStreamWithoutCarriageReturns()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("tty"));
        const QString id = m_docker.runContainer(project, QStringLiteral("tty"),
                                                 {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo to out; echo to err >&2")},
                                                 {QStringLiteral("-t")});
        QVERIFY(!id.isEmpty());
        m_docker.docker({QStringLiteral("wait"), id});
        DockerClient client(m_endpoint);
        DockerLogOptions options;
        options.follow = false;
        DockerLogStream stream(client.connection(), id, options);
        Collected c;
        c.attach(stream, this);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.finished.has_value(), 15000);
        QVERIFY2(c.finished->has_value(), qPrintable(c.finished->error().message));
        QCOMPARE(c.tty, std::optional<bool>(true));
        QCOMPARE(c.describe(), QStringLiteral("out:to out|out:to err"));
        QVERIFY(c.lines.first().timestamp.isValid());
    }

    void tail_limitsHistory()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("tail"));
        const QString id = m_docker.runContainer(project, QStringLiteral("seq"), {QStringLiteral("seq"), QStringLiteral("1"), QStringLiteral("5000")});
        QVERIFY(!id.isEmpty());
        m_docker.docker({QStringLiteral("wait"), id});
        DockerClient client(m_endpoint);
        DockerLogOptions options;
        options.follow = false;
        options.tail = 3;
        DockerLogStream stream(client.connection(), id, options);
        Collected c;
        c.attach(stream, this);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.finished.has_value(), 15000);
        QCOMPARE(c.describe(), QStringLiteral("out:4998|out:4999|out:5000"));

        // And all 5000 without a tail, in order.
        DockerLogStream all(client.connection(), id, DockerLogOptions{false, false, -1, {}});
        Collected everything;
        everything.attach(all, this);
        all.start();
        QTRY_VERIFY_WITH_TIMEOUT(everything.finished.has_value(), 15000);
        QCOMPARE(everything.lines.size(), 5000);
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(everything.lines.at(i).text, QString::number(i + 1));
    }

    void stop_endsAFollowPromptly()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("stop"));
        const QString id = m_docker.runContainer(project, QStringLiteral("quiet"), {QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY(!id.isEmpty());
        DockerClient client(m_endpoint);
        DockerLogStream stream(client.connection(), id);
        Collected c;
        c.attach(stream, this);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.tty.has_value(), 15000);
        QElapsedTimer timer;
        timer.start();
        stream.stop();
        qInfo("stop() took %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 5000); // woken, not left waiting for the next chunk
        QTRY_VERIFY_WITH_TIMEOUT(c.finished.has_value(), 1000);
        QCOMPARE(c.finished->error().code, Error::Code::Cancelled);
        QTest::qWait(50);
    }

    void unknownContainer_finishesWithNotFound()
    {
        DockerClient client(m_endpoint);
        DockerLogStream stream(client.connection(), QStringLiteral("lagoon-no-such-container"));
        Collected c;
        c.attach(stream, this);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.finished.has_value(), 15000);
        QVERIFY(!c.finished->has_value());
        QCOMPARE(c.finished->error().code, Error::Code::NotFound);
        QVERIFY(!c.tty.has_value());
    }
};

QTEST_GUILESS_MAIN(tst_DockerLogStream)
#include "tst_dockerlogstream.moc"
