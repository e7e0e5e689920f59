// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/remote/logsplicer.h"
#include "core/remote/polledbuildlogsource.h"

using namespace Lagoon;

namespace {

QList<QByteArray> lines(int from, int to, const QByteArray &prefix = "line ")
{
    QList<QByteArray> list;
    for (int i = from; i < to; ++i)
        list << prefix + QByteArray::number(i);
    return list;
}

} // namespace

// How the rollout feed joins polls, a live stream and the final fetch into one log.
class tst_LogSplicer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void polls_appendOnlyWhatIsNew()
    {
        LogSplicer splicer;
        QCOMPARE(splicer.take(lines(0, 5), true), lines(0, 5));
        QCOMPARE(splicer.take(lines(0, 5), true), QList<QByteArray>());
        QCOMPARE(splicer.take(lines(0, 12), true), lines(5, 12));
        QCOMPARE(splicer.lineCount(), 12);
    }

    void streamThenFinalFetch_noDuplicates()
    {
        LogSplicer splicer;
        QCOMPARE(splicer.take(lines(0, 3), true), lines(0, 3));
        QCOMPARE(splicer.take(lines(3, 20), false), lines(3, 20));
        // The final fetch has the same lines plus the last ones.
        QCOMPARE(splicer.take(lines(0, 23), true), lines(20, 23));
        // A copy that lags behind adds nothing.
        QCOMPARE(splicer.take(lines(0, 15), true), QList<QByteArray>());
    }

    void streamWithoutTheApisHeader_linesUpByContent()
    {
        LogSplicer splicer;
        QList<QByteArray> api = QList<QByteArray>{"=====", "Logs on pod x", "=====", ""} + lines(0, 30);
        QCOMPARE(splicer.take(api, true), api);
        // The SSH portal's stream starts at the pod's first line, without the header; it arrives
        // in pieces and is held until it reaches the log's last lines.
        QCOMPARE(splicer.take(lines(0, 10), true), QList<QByteArray>());
        QCOMPARE(splicer.take(lines(10, 29), false), QList<QByteArray>());
        QCOMPARE(splicer.take(lines(29, 33), false), lines(30, 33));
        QCOMPARE(splicer.take(lines(33, 35), false), lines(33, 35));
        QCOMPARE(splicer.lineCount(), 4 + 35);
    }

    void streamFromAShortTail_linesUpByItsFirstLines()
    {
        LogSplicer splicer;
        const QList<QByteArray> api = QList<QByteArray>{"=====", "Logs on pod x", "=====", ""} + lines(0, 30);
        QCOMPARE(splicer.take(api, true), api);
        // A stream of the last five lines overlaps the log by fewer lines than a full alignment
        // needs: its first lines are the log's last ones, nothing repeats and nothing is lost.
        QCOMPARE(splicer.take(lines(25, 30), true), QList<QByteArray>());
        QCOMPARE(splicer.take(lines(30, 33), false), lines(30, 33));
        // One that joined after the log grew: only the lines after the overlap are new.
        QCOMPARE(splicer.take(lines(30, 36), true), lines(33, 36));
        QCOMPARE(splicer.lineCount(), 4 + 36);
    }

    void repeatedLines_lineUpAtTheSamePlace()
    {
        LogSplicer splicer;
        QList<QByteArray> log(40, QByteArray("same"));
        QCOMPARE(splicer.take(log, true).size(), 40);
        log << "new";
        QCOMPARE(splicer.take(log, true), QList<QByteArray>({"new"}));
    }

    void splitLines_leavesAnUnfinishedLastLineForLater()
    {
        QCOMPARE(PolledBuildLogSource::splitLines("a\nb\nc", false), QList<QByteArray>({"a", "b"}));
        QCOMPARE(PolledBuildLogSource::splitLines("a\nb\nc", true), QList<QByteArray>({"a", "b", "c"}));
        QCOMPARE(PolledBuildLogSource::splitLines("a\r\nb\n", false), QList<QByteArray>({"a", "b"}));
        QVERIFY(PolledBuildLogSource::splitLines({}, true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LogSplicer)
#include "tst_logsplicer.moc"
