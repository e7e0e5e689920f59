// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

#include "core/stack/dockercontainer.h"
#include "core/stack/dockerevent.h"
#include "core/stack/dockerlogparser.h"
#include "core/stack/dockerstreamdemuxer.h"

using namespace Lagoon;

namespace {

QByteArray frame(int stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    qToBigEndian<quint32>(quint32(payload.size()), header.data() + 4);
    return header + payload;
}

QString describe(const QList<DockerLogLine> &lines)
{
    QStringList out;
    for (const auto &l : lines)
        out.append((l.stream == DockerStream::Stdout ? QStringLiteral("out:") : QStringLiteral("err:")) + l.text);
    return out.join(QLatin1Char('|'));
}

// Feeds `bytes` cut at `cut` (and the rest in one piece), as the network might deliver them.
QList<DockerLogLine> feedCut(DockerLogParser &parser, const QByteArray &bytes, qsizetype cut)
{
    QList<DockerLogLine> lines = parser.feed(QByteArrayView(bytes).first(cut));
    lines += parser.feed(QByteArrayView(bytes).sliced(cut));
    lines += parser.finish();
    return lines;
}

} // namespace

class tst_DockerLogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demuxer_framesCutAnywhere_comeOutWhole()
    {
        const QByteArray stream = frame(1, "hello\n") + frame(2, "oops\n") + frame(0, "stdin") + frame(1, QByteArray());
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            DockerStreamDemuxer demuxer;
            auto frames = demuxer.feed(QByteArrayView(stream).first(cut));
            frames += demuxer.feed(QByteArrayView(stream).sliced(cut));
            QCOMPARE(frames.size(), 3); // stdin dropped
            QCOMPARE(frames.at(0).stream, DockerStream::Stdout);
            QCOMPARE(frames.at(0).payload, QByteArrayLiteral("hello\n"));
            QCOMPARE(frames.at(1).stream, DockerStream::Stderr);
            QCOMPARE(frames.at(1).payload, QByteArrayLiteral("oops\n"));
            QCOMPARE(frames.at(2).payload, QByteArray());
            QCOMPARE(demuxer.pendingBytes(), 0);
            QVERIFY(!demuxer.isCorrupt());
        }
    }

    void demuxer_notMultiplexed_passesThroughAsStdout()
    {
        DockerStreamDemuxer demuxer;
        const auto frames = demuxer.feed("plain text, no frame header\n");
        QVERIFY(demuxer.isCorrupt());
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames.first().payload, QByteArrayLiteral("plain text, no frame header\n"));
        QCOMPARE(demuxer.feed("more").first().payload, QByteArrayLiteral("more"));
    }

    void parser_multiplexed_keepsStreamsAndTimestamps()
    {
        const QByteArray bytes = frame(1, "2026-05-07T21:09:36.123456789Z out 1\n")
                                 + frame(2, "2026-05-07T21:09:36.223456789Z err 1\n")
                                 + frame(1, "2026-05-07T21:09:37.000000001Z out 2\r\n");
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            DockerLogParser parser(true, true);
            const auto lines = feedCut(parser, bytes, cut);
            QCOMPARE(describe(lines), QStringLiteral("out:out 1|err:err 1|out:out 2"));
            QCOMPARE(lines.at(0).timestamp, QDateTime(QDate(2026, 5, 7), QTime(21, 9, 36, 123), QTimeZone::utc()));
            QCOMPARE(lines.at(1).timestamp, QDateTime(QDate(2026, 5, 7), QTime(21, 9, 36, 223), QTimeZone::utc()));
            QCOMPARE(lines.at(2).timestamp, QDateTime(QDate(2026, 5, 7), QTime(21, 9, 37, 0), QTimeZone::utc()));
        }
    }

    void parser_partialMessages_joinIntoOneLine()
    {
        // The engine splits lines over 16 KiB into several messages, each with its own timestamp.
        const QByteArray bytes = frame(1, "2026-05-07T21:09:36.100000000Z first half, ")
                                 + frame(2, "2026-05-07T21:09:36.150000000Z an error\n")
                                 + frame(1, "2026-05-07T21:09:36.200000000Z second half\n");
        DockerLogParser parser(true, true);
        const auto lines = feedCut(parser, bytes, 3);
        QCOMPARE(describe(lines), QStringLiteral("err:an error|out:first half, second half"));
        QCOMPARE(lines.at(1).timestamp.time().msec(), 100);
    }

    void parser_tty_isOneRawStdoutStream()
    {
        const QByteArray bytes = "2026-05-07T21:09:36.1Z hello\r\n2026-05-07T21:09:36.2Z world\r\nno newline";
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            DockerLogParser parser(false, true);
            const auto lines = feedCut(parser, bytes, cut);
            QCOMPARE(describe(lines), QStringLiteral("out:hello|out:world|out:no newline"));
            QCOMPARE(lines.at(1).timestamp.time().msec(), 200);
            QVERIFY(!lines.at(2).timestamp.isValid());
        }
    }

    void parser_endlessLine_comesOutInPieces()
    {
        DockerLogParser parser(true, false);
        const QByteArray chunk(64 * 1024, 'x');
        QList<DockerLogLine> lines;
        for (int i = 0; i < 40; ++i) // 2.5 MiB without a newline
            lines += parser.feed(frame(1, chunk));
        lines += parser.finish();
        QCOMPARE(lines.size(), 3);
        qsizetype total = 0;
        for (const auto &l : lines)
            total += l.text.size();
        QCOMPARE(total, 40 * chunk.size());
    }

    void parser_withoutTimestamps_keepsTextAsIs()
    {
        DockerLogParser parser(true, false);
        const auto lines = parser.feed(frame(1, "2026-05-07T21:09:36.1Z is text here\n"));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().text, QStringLiteral("2026-05-07T21:09:36.1Z is text here"));
        QVERIFY(!lines.first().timestamp.isValid());
    }

    void parser_invalidUtf8_isReplacedNotDropped()
    {
        DockerLogParser parser(true, false);
        const auto lines = parser.feed(frame(2, "caf\xc3\xa9 \xff!\n"));
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().text.startsWith(QStringLiteral("caf\u00e9 ")));
        QVERIFY(lines.first().text.endsWith(QLatin1Char('!')));
    }

    void timestamps_generalAndFastPathAgree()
    {
        QCOMPARE(dockerLogTimestamp("2026-05-07T21:09:36Z"), QDateTime(QDate(2026, 5, 7), QTime(21, 9, 36), QTimeZone::utc()));
        QCOMPARE(dockerLogTimestamp("2026-05-07T23:09:36.5+02:00"), QDateTime(QDate(2026, 5, 7), QTime(21, 9, 36, 500), QTimeZone::utc()));
        QVERIFY(!dockerLogTimestamp("not a time").isValid());
        QCOMPARE(dockerTimeFromString(QStringLiteral("2026-05-07T21:09:36.123456789Z")),
                 QDateTime(QDate(2026, 5, 7), QTime(21, 9, 36, 123), QTimeZone::utc()));
        QVERIFY(!dockerTimeFromString(QStringLiteral("0001-01-01T00:00:00Z")).isValid());
    }

    void event_fromJson_readsContainerEvent()
    {
        const QByteArray line = R"({"status":"die","id":"abc","from":"lagoon-test/busybox","Type":"container","Action":"die",)"
                                R"("Actor":{"ID":"abc","Attributes":{"exitCode":"3","name":"p_web_1",)"
                                R"("com.docker.compose.project":"p","com.docker.compose.service":"web"}},)"
                                R"("scope":"local","time":1778188176,"timeNano":1778188176123456789})";
        const auto event = DockerEvent::fromJson(line);
        QVERIFY(event.has_value());
        QCOMPARE(event->type, QStringLiteral("container"));
        QCOMPARE(event->action, QStringLiteral("die"));
        QCOMPARE(event->actorId, QStringLiteral("abc"));
        QCOMPARE(event->exitCode(), 3);
        QCOMPARE(event->containerName(), QStringLiteral("p_web_1"));
        QCOMPARE(event->composeProject(), QStringLiteral("p"));
        QCOMPARE(event->composeService(), QStringLiteral("web"));
        QCOMPARE(event->timeNano, Q_INT64_C(1778188176123456789));
        QCOMPARE(event->time().toMSecsSinceEpoch(), Q_INT64_C(1778188176123));

        const auto health = DockerEvent::fromJson(R"({"Type":"container","Action":"health_status: healthy","Actor":{"ID":"x"}})");
        QVERIFY(health.has_value());
        QCOMPARE(health->actionName(), QStringLiteral("health_status"));
        QCOMPARE(health->actionDetail(), QStringLiteral("healthy"));
        QVERIFY(!DockerEvent::fromJson("{not json").has_value());
        QVERIFY(!DockerEvent::fromJson("[]").has_value());
    }

    void container_fromInspectJson_readsStateHealthPorts()
    {
        const QByteArray json = R"({"Id":"abc","Name":"/p_web_1","Created":"2026-05-07T21:09:36.1Z","Image":"sha256:1",)"
                                R"("RestartCount":2,"Config":{"Image":"lagoon-test/busybox","Tty":false,"Labels":{"com.docker.compose.project":"p"}},)"
                                R"("State":{"Status":"running","Running":true,"ExitCode":0,"Pid":42,"StartedAt":"2026-05-07T21:09:37Z",)"
                                R"("FinishedAt":"0001-01-01T00:00:00Z","Health":{"Status":"healthy","FailingStreak":0,"Log":[{"ExitCode":0,"Output":"ok\n"}]}},)"
                                R"("NetworkSettings":{"Ports":{"8080/tcp":[{"HostIp":"127.0.0.1","HostPort":"32768"}],"9000/udp":null}}})";
        const DockerContainerInfo c = DockerContainerInfo::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(c.name, QStringLiteral("p_web_1"));
        QCOMPARE(c.state, DockerContainerState::Running);
        QVERIFY(c.running);
        QCOMPARE(c.restartCount, 2);
        QCOMPARE(c.health.status, QStringLiteral("healthy"));
        QCOMPARE(c.health.lastOutput, QStringLiteral("ok\n"));
        QVERIFY(c.startedAt.isValid());
        QVERIFY(!c.finishedAt.isValid());
        QCOMPARE(c.composeProject(), QStringLiteral("p"));
        QCOMPARE(c.ports.size(), 2);
        QCOMPARE(c.ports.at(0), (DockerPort{8080, QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), 32768}));
        QCOMPARE(c.ports.at(1), (DockerPort{9000, QStringLiteral("udp"), QString(), 0}));
    }
};

QTEST_GUILESS_MAIN(tst_DockerLogParser)
#include "tst_dockerlogparser.moc"
