// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTimeZone>
#include <QToolButton>

#include "widgets/stack/stacklogview.h"

using namespace Lagoon;

class tst_StackLogView : public QObject
{
    Q_OBJECT

private:
    static DockerLogLine line(const QString &text, DockerStream stream = DockerStream::Stdout, int second = 0)
    {
        DockerLogLine l;
        l.text = text;
        l.stream = stream;
        l.timestamp = QDateTime(QDate(2026, 5, 7), QTime(12, 0, second), QTimeZone::utc());
        return l;
    }

private Q_SLOTS:
    void combined_prefixesServices_andMarksStderr()
    {
        StackLogView view;
        view.setServices({QStringLiteral("web"), QStringLiteral("worker")});
        view.appendLines(QStringLiteral("web"), {line(QStringLiteral("GET / 200"))});
        view.appendLines(QStringLiteral("worker"), {line(QStringLiteral("worker ready")),
                                                    line(QStringLiteral("disk almost full"), DockerStream::Stderr)});
        QCOMPARE(view.shownLineCount(), 3);
        const QStringList lines = view.text().split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("web    | GET / 200"));
        QCOMPARE(lines.at(1), QStringLiteral("worker | worker ready"));
        QCOMPARE(lines.at(2), QStringLiteral("worker | ! disk almost full"));
        // stderr is told apart by more than its mark: its line is tinted.
        const QTextBlock error = view.textView()->document()->findBlockByNumber(2);
        const QTextBlock output = view.textView()->document()->findBlockByNumber(1);
        QVERIFY(error.blockFormat().hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(!output.blockFormat().hasProperty(QTextFormat::BackgroundBrush));
    }

    void oneService_showsOnlyItsLines_withoutPrefix()
    {
        StackLogView view;
        view.setServices({QStringLiteral("web"), QStringLiteral("worker")});
        view.appendLines(QStringLiteral("web"), {line(QStringLiteral("a"))});
        view.appendLines(QStringLiteral("worker"), {line(QStringLiteral("b"))});
        view.setCurrentService(QStringLiteral("worker"));
        QCOMPARE(view.text(), QStringLiteral("b"));
        view.appendLines(QStringLiteral("web"), {line(QStringLiteral("c"))});
        view.appendLines(QStringLiteral("worker"), {line(QStringLiteral("d"))});
        QCOMPARE(view.text(), QStringLiteral("b\nd"));
        view.setCurrentService(QString());
        QCOMPARE(view.shownLineCount(), 4);
    }

    void timestamps_toggleRendersAgain()
    {
        StackLogView view;
        view.setServices({QStringLiteral("web")});
        view.setCurrentService(QStringLiteral("web"));
        view.appendLines(QStringLiteral("web"), {line(QStringLiteral("hello"), DockerStream::Stdout, 7)});
        QCOMPARE(view.text(), QStringLiteral("hello"));
        view.setShowTimestamps(true);
        const QString expected = QDateTime(QDate(2026, 5, 7), QTime(12, 0, 7), QTimeZone::utc())
                                     .toLocalTime()
                                     .toString(QStringLiteral("HH:mm:ss.zzz"));
        QCOMPARE(view.text(), expected + QStringLiteral(" hello"));
        view.setShowTimestamps(false);
        QCOMPARE(view.text(), QStringLiteral("hello"));
    }

    void search_countsAndMovesToMatches()
    {
        StackLogView view;
        view.appendLines(QStringLiteral("web"), {line(QStringLiteral("error one")), line(QStringLiteral("fine")),
                                                 line(QStringLiteral("another error"))});
        view.setSearchText(QStringLiteral("error"));
        QCOMPARE(view.matchCount(), 2);
        QCOMPARE(view.textView()->extraSelections().size(), 2);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("logsMatches"))->text().contains(QLatin1String("2")));
        view.findNext();
        QCOMPARE(view.textView()->textCursor().block().blockNumber(), 0);
        view.findNext();
        QCOMPARE(view.textView()->textCursor().block().blockNumber(), 2);
        view.findNext(); // wraps around
        QCOMPARE(view.textView()->textCursor().block().blockNumber(), 0);
        view.setSearchText(QStringLiteral("nothing like it"));
        QCOMPARE(view.matchCount(), 0);
    }

    void follow_staysAtBottom_untilScrolledUp()
    {
        StackLogView view;
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<DockerLogLine> batch;
        for (int i = 0; i < 200; ++i)
            batch << line(QStringLiteral("line %1").arg(i));
        view.appendLines(QStringLiteral("web"), batch);
        QScrollBar *bar = view.textView()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QVERIFY(view.isFollowing());
        QCOMPARE(bar->value(), bar->maximum());

        // Scrolling up (as a person would) pauses following: new lines do not pull the view down.
        bar->setValue(10);
        QVERIFY(!view.isFollowing());
        view.appendLines(QStringLiteral("web"), {line(QStringLiteral("newer"))});
        QCOMPARE(bar->value(), 10);

        // Back at the bottom, it follows again.
        bar->setValue(bar->maximum());
        QVERIFY(view.isFollowing());
        view.appendLines(QStringLiteral("web"), {line(QStringLiteral("newest"))});
        QCOMPARE(bar->value(), bar->maximum());
        view.findChild<QToolButton *>(QStringLiteral("logsFollow"))->click();
        QVERIFY(!view.isFollowing());
    }

    void manyLines_areCapped_andAppendedQuickly()
    {
        StackLogView view;
        view.resize(800, 300);
        view.show();
        QList<DockerLogLine> batch;
        for (int i = 0; i < 500; ++i)
            batch << line(QStringLiteral("a line of a chatty service, number %1, with some text after it").arg(i),
                          i % 10 == 0 ? DockerStream::Stderr : DockerStream::Stdout);
        QElapsedTimer timer;
        timer.start();
        const int batches = 100; // 50,000 lines, more than the view keeps
        for (int i = 0; i < batches; ++i)
            view.appendLines(i % 2 ? QStringLiteral("web") : QStringLiteral("worker"), batch);
        const qint64 ms = timer.elapsed();
        qInfo("appended %d lines in %lld ms (%.1f µs/line)", batches * 500, ms, double(ms) * 1000.0 / (batches * 500));
        QCOMPARE(view.shownLineCount(), StackLogView::MaxLines);
        // Generous: this is to catch something quadratic, not to benchmark a busy machine.
        QVERIFY2(ms < 20000, qPrintable(QString::number(ms)));
        QVERIFY(view.text().endsWith(QLatin1String("number 499, with some text after it")));
    }

    void clear_forgetsEverything()
    {
        StackLogView view;
        view.appendLines(QStringLiteral("web"), {line(QStringLiteral("x"))});
        view.findChild<QToolButton *>(QStringLiteral("logsClear"))->click();
        QCOMPARE(view.shownLineCount(), 0);
        view.setShowTimestamps(true);
        QCOMPARE(view.shownLineCount(), 0);
    }
};

QTEST_MAIN(tst_StackLogView)
#include "tst_stacklogview.moc"
