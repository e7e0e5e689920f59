// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The rollout log viewer on a generated build log of a million lines (~100 MB): it loads,
// scrolls to the end, searches, folds steps, follows new lines, copies and saves — and a line of
// 100 KB renders and scrolls sideways.
#include <memory>

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/rollout/logstore.h"

#include "widgets/common/appearance.h"
#include "widgets/rollout/logcolors.h"
#include "widgets/rollout/logrowmap.h"
#include "widgets/rollout/logsearchbar.h"
#include "widgets/rollout/logview.h"

#include "tests/widgets/generatedbuildlog.h"

using namespace Lagoon;
using Lagoon::Test::GeneratedBuildLog;

namespace {

constexpr qsizetype MillionLines = 1'000'000;

/**
 * Pixels in `rect` that differ from its most common colour (the row's background, whatever
 * tint a selection gives it): how much text was drawn there.
 */
int inkIn(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> histogram;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            ++histogram[image.pixel(x, y)];
    }
    int background = 0;
    int all = 0;
    for (const int count : std::as_const(histogram)) {
        background = std::max(background, count);
        all += count;
    }
    return all - background;
}

} // namespace

class tst_LogView : public QObject
{
    Q_OBJECT

private:
    GeneratedBuildLog m_log;
    LogStore m_store;

    static QList<LogSection> sectionsOf(const GeneratedBuildLog &log)
    {
        QList<LogSection> sections;
        for (const GeneratedBuildLog::Step &step : log.steps)
            sections.append({step.firstLine, step.lineCount, step.name, Badge::Tone::Good});
        return sections;
    }

    static void showView(LogView &view)
    {
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Appearance::setupIcons();
        m_log = GeneratedBuildLog::make(MillionLines);
        QCOMPARE(m_log.lineCount, MillionLines);
        QVERIFY2(m_log.bytes.size() > 90'000'000, qPrintable(QString::number(m_log.bytes.size())));
        // As a network would deliver it: in 64 KiB pieces that end mid-line.
        for (qsizetype at = 0; at < m_log.bytes.size(); at += 65536)
            m_store.append(QByteArrayView(m_log.bytes).sliced(at, std::min<qsizetype>(65536, m_log.bytes.size() - at)));
        QCOMPARE(m_store.lineCount(), MillionLines);
    }

    void million_scrollsToTheEnd_andPaintsTheLastLine()
    {
        LogView view;
        view.setStore(&m_store);
        showView(view);
        QVERIFY(view.isFollowing());
        // Following from the start: the end of the log is what shows.
        QCOMPARE(view.lastVisibleLine(), MillionLines - 1);

        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.firstVisibleLine(), 0);
        QVERIFY(!view.isFollowing());
        QCOMPARE(view.selectionStart(), 0);

        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY(view.isFollowing());
        QCOMPARE(view.lastVisibleLine(), MillionLines - 1);
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
        const QImage frame = view.viewport()->grab().toImage();
        QCOMPARE(view.lastPaintedLine(), MillionLines - 1);
        // The last row carries text, and the gutter its seven-digit number.
        const int lastRowTop = int(view.lastVisibleLine() - view.firstVisibleLine()) * view.rowHeight();
        QVERIFY(inkIn(frame, QRect(150, lastRowTop, 600, view.rowHeight())) > 50);

        // Page Up from the end moves a screen up and stops following.
        QTest::keyClick(&view, Qt::Key_PageUp);
        QVERIFY(!view.isFollowing());
        QVERIFY(view.lastVisibleLine() < MillionLines - 1);
    }

    void million_search_countsAndJumps()
    {
        LogView view;
        view.setStore(&m_store);
        LogSearchBar bar(&view);
        showView(view);
        QTest::keyClick(&view, Qt::Key_Home);
        QSignalSpy finished(&bar, &LogSearchBar::searchFinished);
        bar.open();
        bar.setFindText(QString::fromLatin1(GeneratedBuildLog::Warning));
        // The search runs in slices between events: wait for it rather than block.
        QVERIFY(finished.wait(60000));
        QCOMPARE(bar.matchCount(), m_log.warningLines.size());
        QVERIFY(m_log.warningLines.size() >= 900);
        QCOMPARE(bar.statusText(), QStringLiteral("1 of %1").arg(QLocale().toString(m_log.warningLines.size())));
        QCOMPARE(view.currentMatch().line, m_log.warningLines.first());
        QVERIFY(view.firstVisibleLine() <= m_log.warningLines.first() &&
                m_log.warningLines.first() <= view.lastVisibleLine());

        QTest::keyClick(bar.findChild<QLineEdit *>(QStringLiteral("logFindText")), Qt::Key_Return);
        QCOMPARE(bar.currentIndex(), 1);
        QCOMPARE(view.currentMatch().line, m_log.warningLines.at(1));
        QCOMPARE(view.currentMatch().column, qsizetype(QStringLiteral("WARNING: ").size()));
        // Shift+F3 from the first match wraps to the last, at the far end of the log.
        QTest::keyClick(bar.findChild<QLineEdit *>(QStringLiteral("logFindText")), Qt::Key_F3, Qt::ShiftModifier);
        QTest::keyClick(bar.findChild<QLineEdit *>(QStringLiteral("logFindText")), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(view.currentMatch().line, m_log.warningLines.last());
        QVERIFY(view.firstVisibleLine() <= m_log.warningLines.last() &&
                m_log.warningLines.last() <= view.lastVisibleLine());
        QCOMPARE(bar.statusText(), QStringLiteral("%1 of %1").arg(QLocale().toString(m_log.warningLines.size())));

        // Match case: the log says "checksum", never "Checksum".
        bar.setMatchCase(true);
        bar.setFindText(QStringLiteral("Checksum Mismatch"));
        bar.finishSearch();
        QCOMPARE(bar.matchCount(), 0);
        QCOMPARE(bar.statusText(), QStringLiteral("No results"));
        bar.setMatchCase(false);
        bar.finishSearch();
        QCOMPARE(bar.matchCount(), m_log.warningLines.size());

        // A match inside a folded step unfolds it.
        const qsizetype target = m_log.warningLines.at(m_log.warningLines.size() / 2);
        view.setSections(sectionsOf(m_log));
        view.foldAll();
        QVERIFY(view.rows().rowCount() < 20);
        QTest::keyClick(bar.findChild<QLineEdit *>(QStringLiteral("logFindText")), Qt::Key_Escape);
        QVERIFY(!bar.isVisible());
        QCOMPARE(view.currentMatch().line, -1);
        bar.open();
        bar.finishSearch();
        while (view.currentMatch().line != target)
            QVERIFY(bar.findNext());
        QVERIFY(!view.rows().isFolded(view.rows().sectionOf(target)));
        QVERIFY(view.firstVisibleLine() <= target && target <= view.lastVisibleLine());
    }

    void million_foldingChangesRowsAndScrollRange()
    {
        LogView view;
        view.setStore(&m_store);
        view.setSections(sectionsOf(m_log));
        showView(view);
        QCOMPARE(view.rows().rowCount(), MillionLines);
        const int maximum = view.verticalScrollBar()->maximum();

        const GeneratedBuildLog::Step &images = m_log.steps.at(2);
        view.setSectionFolded(2, true);
        QCOMPARE(view.rows().rowCount(), MillionLines - images.lineCount + 1);
        QCOMPARE(view.verticalScrollBar()->maximum(), maximum - int(images.lineCount) + 1);
        // The folded step is one header row; the line after it follows right below.
        const qsizetype headerRow = view.rows().rowOfLine(images.firstLine);
        QVERIFY(view.rows().rowAt(headerRow).header);
        QCOMPARE(view.rows().rowAt(headerRow + 1).line, images.firstLine + images.lineCount);
        QCOMPARE(view.rows().rowOfLine(images.firstLine + 5000), headerRow);

        // Enter on the header unfolds it again; Enter inside a step folds it.
        view.jumpToLine(images.firstLine + images.lineCount);
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.selectionStart(), images.firstLine);
        QTest::keyClick(&view, Qt::Key_Return);
        QVERIFY(!view.rows().isFolded(2));
        QCOMPARE(view.verticalScrollBar()->maximum(), maximum);
        view.jumpToLine(images.firstLine + 42);
        QTest::keyClick(&view, Qt::Key_Return);
        QVERIFY(view.rows().isFolded(2));

        view.foldAll();
        QCOMPARE(view.rows().rowCount(), 1 + m_log.steps.size());
        QCOMPARE(view.verticalScrollBar()->maximum(), 0);
        view.unfoldAll();
        QCOMPARE(view.rows().rowCount(), MillionLines);

        // Clicking a header unfolds it as well.
        view.setSectionFolded(0, true);
        view.verticalScrollBar()->setValue(0);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(300, view.rowHeight() + view.rowHeight() / 2));
        QVERIFY(!view.rows().isFolded(0));
    }

    void follow_stopsWhenScrolledUp_andResumesAtTheEnd()
    {
        LogStore store;
        for (int i = 0; i < 200; ++i)
            store.appendLine(QByteArray("line " + QByteArray::number(i)));
        LogView view;
        view.setStore(&store);
        showView(view);
        QSignalSpy following(&view, &LogView::followingChanged);
        QCOMPARE(view.lastVisibleLine(), 199);

        // A hundred appends, each announced: the view catches up once, on its next frame.
        QSignalSpy added(&view, &LogView::linesAdded);
        for (int i = 200; i < 300; ++i) {
            store.appendLine(QByteArray("line " + QByteArray::number(i)));
            view.linesAppended();
        }
        QCOMPARE(view.rows().lineCount(), 200);
        QTRY_COMPARE(view.lastVisibleLine(), 299);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().at(1).value<qsizetype>(), 100);

        // The wheel takes the user up: following stops and new lines no longer move the view.
        QWheelEvent wheel(QPointF(100, 100), view.viewport()->mapToGlobal(QPointF(100, 100)), {}, QPoint(0, 360),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(!view.isFollowing());
        QCOMPARE(following.size(), 1);
        QCOMPARE(following.last().at(0).toBool(), false);
        const qsizetype top = view.firstVisibleLine();
        for (int i = 300; i < 400; ++i)
            store.appendLine(QByteArray("line " + QByteArray::number(i)));
        view.linesAppended();
        QTRY_COMPARE(view.rows().lineCount(), 400);
        QCOMPARE(view.firstVisibleLine(), top);

        // Dragging the scroll bar back to the end follows again.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QVERIFY(view.isFollowing());
        QCOMPARE(following.last().at(0).toBool(), true);
        store.appendLine("line 400");
        view.linesAppended();
        QTRY_COMPARE(view.lastVisibleLine(), 400);

        // So does End after scrolling up with the keyboard.
        QTest::keyClick(&view, Qt::Key_PageUp);
        QVERIFY(!view.isFollowing());
        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY(view.isFollowing());
    }

    void copy_givesPlainText_andSaveWritesIt()
    {
        LogStore store;
        store.appendLine("plain first line");
        store.appendLine("\x1b[1;31mERROR\x1b[0m: \x1b[33mdisk\x1b[0m full");
        store.appendLine("\tindented");
        store.appendLine("last");
        LogView view;
        view.setStore(&store);
        showView(view);

        // Click one line, Shift+click another: the lines between are selected.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(200, view.rowHeight() / 2));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, QPoint(200, 2 * view.rowHeight() + 3));
        QCOMPARE(view.selectionStart(), 0);
        QCOMPARE(view.selectionEnd(), 2);
        QTest::keySequence(&view, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("plain first line\nERROR: disk full\n\tindented"));

        QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view.selectionEnd(), 3);
        QTest::keySequence(&view, QKeySequence::SelectAll);
        QCOMPARE(view.selectedText().count(QLatin1Char('\n')), 3);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("build.log"));
        QVERIFY(view.saveTo(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("plain first line\nERROR: disk full\n\tindented\nlast\n"));
        QString error;
        QVERIFY(!view.saveTo(dir.filePath(QStringLiteral("missing/dir/build.log")), &error));
        QVERIFY(!error.isEmpty());
    }

    void longLine_rendersAndScrollsSideways()
    {
        LogStore store;
        store.appendLine("short");
        QByteArray huge;
        for (int i = 0; huge.size() < 100 * 1024; ++i)
            huge += "segment-" + QByteArray::number(i).rightJustified(5, '0') + ' ';
        huge.replace(90000, 6, "NEEDLE");
        store.appendLine(huge);
        store.appendLine("after");
        LogView view;
        view.setStore(&store);
        showView(view);
        QScrollBar *horizontal = view.horizontalScrollBar();
        QVERIFY2(horizontal->maximum() > 100 * 1024 * 4, qPrintable(QString::number(horizontal->maximum())));

        LogSearchBar bar(&view);
        bar.open();
        bar.setFindText(QStringLiteral("needle"));
        bar.finishSearch();
        QCOMPARE(bar.matchCount(), 1);
        QCOMPARE(view.currentMatch().column, 90000);
        // The match is scrolled into view, far to the right.
        QVERIFY(horizontal->value() > 80000 * 4);
        const QImage frame = view.viewport()->grab().toImage();
        QVERIFY(inkIn(frame, QRect(100, view.rowHeight(), view.viewport()->width() - 100, view.rowHeight())) > 100);
        QCOMPARE(view.lastPaintedLine(), 2);

        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(horizontal->value() > 80000 * 4);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.selectionStart(), 0);
    }

    void search_runsOffTheKeystroke_andFollowsNewLines()
    {
        LogStore store;
        for (int i = 0; i < 1000; ++i)
            store.appendLine(i % 100 == 7 ? QByteArray("error: disk full") : QByteArray("ok " + QByteArray::number(i)));
        LogView view;
        view.setStore(&store);
        LogSearchBar bar(&view);
        showView(view);
        bar.open();
        QSignalSpy finished(&bar, &LogSearchBar::searchFinished);
        auto *field = bar.findChild<QLineEdit *>(QStringLiteral("logFindText"));
        // Typing only arms a short timer: no search runs per keystroke.
        QTest::keyClicks(field, QStringLiteral("disk"));
        QVERIFY(bar.isSearching());
        QCOMPARE(bar.matchCount(), 0);
        QVERIFY(finished.wait(5000));
        QCOMPARE(bar.matchCount(), 10);
        QVERIFY(bar.statusText().endsWith(QLatin1String("of 10")));

        // Lines that stream in later are searched as they arrive.
        store.appendLine("error: disk full again");
        view.linesAppended();
        QVERIFY(finished.wait(5000));
        QCOMPARE(bar.matchCount(), 11);
    }

    void colours_readOnLightAndDarkPalettes()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        const LogColors onLight = LogColors::fromPalette(light);
        const LogColors onDark = LogColors::fromPalette(dark);
        const auto indexed = [](quint32 value) { return AnsiLine::Colour{AnsiLine::Colour::Kind::Indexed, value}; };
        // Yellow and white would vanish on white, black on a dark base: each is moved to where it reads.
        QVERIFY(onLight.foreground(indexed(3), false).lightnessF() < 0.45);
        QVERIFY(onLight.foreground(indexed(7), false).lightnessF() < 0.5);
        QVERIFY(onDark.foreground(indexed(0), false).lightnessF() > 0.45);
        QVERIFY(onDark.foreground(indexed(1), false) != onLight.foreground(indexed(1), false));
        // A program's own 24-bit colour is nudged the same way.
        const AnsiLine::Colour paleYellow{AnsiLine::Colour::Kind::Rgb, 0xffffaa};
        QVERIFY(onLight.foreground(paleYellow, false).lightnessF() < 0.5);
        QVERIFY(!onLight.foreground(AnsiLine::Colour{}, false).isValid());
    }

    void rowMap_clipsOverlappingSections_andKeepsFolds()
    {
        LogRowMap map;
        map.setLineCount(100);
        // A producer logged for step B inside step A's range: A ends where B begins.
        map.setSections({{50, 30, QStringLiteral("B"), {}}, {10, 60, QStringLiteral("A"), {}}});
        QCOMPARE(map.sectionCount(), 2);
        QCOMPARE(map.section(0).title, QStringLiteral("A"));
        QCOMPARE(map.sectionLength(0), 40);
        map.setFolded(1, true);
        QCOMPARE(map.rowCount(), 100 - 29);
        QCOMPARE(map.rowAt(50).line, 50);
        QVERIFY(map.rowAt(50).header);
        QCOMPARE(map.rowAt(51).line, 80);
        // Sections come again (the log grew): the fold stays.
        map.setSections({{10, 40, QStringLiteral("A"), {}}, {50, 45, QStringLiteral("B"), {}}});
        QVERIFY(map.isFolded(1));
        QCOMPARE(map.rowCount(), 100 - 44);
    }
};

QTEST_MAIN(tst_LogView)
#include "tst_logview.moc"
