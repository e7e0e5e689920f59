// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The YAML text editor as a user drives it: typing, keys, find/replace, diagnostics, highlighting,
// completion. Also writes screenshots (LAGOON_SCREENSHOT_DIR) and logs how long diagnostics take.
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include "widgets/common/appearance.h"
#include "widgets/editor/assistcompletionprovider.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/codeeditorpane.h"
#include "widgets/editor/completionpopup.h"
#include "widgets/editor/findreplacebar.h"
#include "widgets/editor/gotolinedialog.h"

using namespace Lagoon;

namespace {

/** A test double of the editor's provider interface: fixed suggestions, records what it was asked. */
class FakeProvider final : public CompletionProvider
{
public:
    QList<CompletionEntry> keys;
    QList<CompletionEntry> values;
    int completeCalls = 0;
    QString hoverText;

    CompletionList complete(const QString &text, int cursor) override
    {
        ++completeCalls;
        // The word left of the cursor is what gets replaced.
        int start = cursor;
        while (start > 0 && (text.at(start - 1).isLetterOrNumber() || text.at(start - 1) == QLatin1Char('-')
                             || text.at(start - 1) == QLatin1Char('_')))
            --start;
        int end = cursor;
        while (end < text.size() && text.at(end).isLetterOrNumber())
            ++end;
        const int lineStart = static_cast<int>(text.lastIndexOf(QLatin1Char('\n'), start - 1)) + 1;
        const bool value = text.mid(lineStart, start - lineStart).contains(QLatin1Char(':'));
        return {start, end, value ? values : keys};
    }

    HoverText hover(const QString &, int) override
    {
        if (hoverText.isEmpty())
            return {};
        return {QStringLiteral("lagoon.type"), hoverText, -1, -1};
    }
};

QString exampleLagoonYml()
{
    QFile file(QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example/.lagoon.yml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void placeCursorAtEnd(CodeEditor &editor)
{
    QTextCursor cursor = editor.textCursor();
    cursor.movePosition(QTextCursor::End);
    editor.setTextCursor(cursor);
}

/** The character format the highlighter gave position `column` of 0-based `line`. */
QTextCharFormat formatAt(const CodeEditor &editor, int line, int column)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

/** The gutter marker of 1-based `line` as a number for QCOMPARE: the severity's value, or -1 for none. */
int marker(const CodeEditor &editor, int line)
{
    const std::optional<Diagnostic::Severity> severity = editor.markerSeverity(line);
    return severity ? static_cast<int>(*severity) : -1;
}

constexpr int NoMarker = -1;
constexpr int ErrorMarker = static_cast<int>(Diagnostic::Severity::Error);
constexpr int WarningMarker = static_cast<int>(Diagnostic::Severity::Warning);

Diagnostic makeDiagnostic(Diagnostic::Severity severity, const QString &file, int line, int column, int endLine = 0,
                          int endColumn = 0)
{
    Diagnostic d;
    d.severity = severity;
    d.file = file;
    d.line = line;
    d.column = column;
    d.endLine = endLine;
    d.endColumn = endColumn;
    d.message = QStringLiteral("message %1:%2").arg(line).arg(column);
    d.hint = QStringLiteral("hint for line %1").arg(line);
    return d;
}

} // namespace

class tst_CodeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Appearance::setupIcons();
        Appearance::captureSystemPalette(qApp);
    }

    // --- indentation ---------------------------------------------------------------------------

    void enter_afterKey_indentsOneStep()
    {
        CodeEditor editor;
        editor.show();
        QTest::keyClicks(&editor, QStringLiteral("services:"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("cli:"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("image: x"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("user: 1"));
        QCOMPARE(editor.toPlainText(), QStringLiteral("services:\n  cli:\n    image: x\n    user: 1"));
    }

    void enter_afterListItemMapping_continuesTheItem()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("cronjobs:\n  - name: drush cron"));
        placeCursorAtEnd(editor);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("schedule: M/15"));
        QCOMPARE(editor.toPlainText(), QStringLiteral("cronjobs:\n  - name: drush cron\n    schedule: M/15"));
    }

    void enter_afterBlockScalar_indentsContent()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("run:\n    command: |  # script"));
        placeCursorAtEnd(editor);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("echo hi"));
        // The document indents by 4, so the block content goes 4 deeper than `command`.
        QCOMPARE(editor.toPlainText(), QStringLiteral("run:\n    command: |  # script\n        echo hi"));
    }

    void enter_inIndentation_opensLineAbove()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("a:\n  b: 1"));
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(3 + 2); // in front of "b"
        editor.setTextCursor(cursor);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.toPlainText(), QStringLiteral("a:\n\n  b: 1"));
        QCOMPARE(editor.textCursor().blockNumber(), 2);
        QCOMPARE(editor.textCursor().positionInBlock(), 2);
    }

    void tab_insertsSpacesToNextStop_neverATab()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("a:\n    b: 1\nc"));
        placeCursorAtEnd(editor);
        QTextCursor cursor = editor.textCursor();
        cursor.movePosition(QTextCursor::StartOfBlock);
        editor.setTextCursor(cursor);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), QStringLiteral("a:\n    b: 1\n    c"));
        QVERIFY(!editor.toPlainText().contains(QLatin1Char('\t')));
        QCOMPARE(editor.indentStep(), 4);
    }

    void shiftTab_dedentsSelectedLinesTogether()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("a:\n  b:\n    c: 1\nd: 2"));
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(editor.document()->findBlockByNumber(1).position());
        cursor.setPosition(editor.document()->findBlockByNumber(2).position() + 3, QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);
        QTest::keyClick(&editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(editor.toPlainText(), QStringLiteral("a:\nb:\n  c: 1\nd: 2"));
        // Tab on a multi-line selection indents it back by one step.
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), QStringLiteral("a:\n  b:\n    c: 1\nd: 2"));
    }

    void backspace_inIndentation_deletesToPreviousStop()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("a:\n  b:\n      c"));
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(editor.document()->findBlockByNumber(2).position() + 6);
        editor.setTextCursor(cursor);
        QTest::keyClick(&editor, Qt::Key_Backspace);
        QCOMPARE(editor.toPlainText(), QStringLiteral("a:\n  b:\n    c"));
        // Outside the indentation Backspace deletes one character as usual.
        placeCursorAtEnd(editor);
        QTest::keyClick(&editor, Qt::Key_Backspace);
        QCOMPARE(editor.toPlainText(), QStringLiteral("a:\n  b:\n    "));
    }

    // --- comment toggle ------------------------------------------------------------------------

    void commentToggle_bothWays_andUndoRestoresExactText()
    {
        CodeEditor editor;
        const QString original = QStringLiteral("routes:\n  - nginx:\n\n      - example.com # main\nnext: 1");
        editor.setPlainText(original);
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(editor.document()->findBlockByNumber(1).position() + 4);
        cursor.setPosition(editor.document()->findBlockByNumber(3).position() + 2, QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);

        QTest::keyClick(&editor, Qt::Key_Slash, Qt::ControlModifier);
        const QString commented = QStringLiteral("routes:\n  # - nginx:\n\n  #     - example.com # main\nnext: 1");
        QCOMPARE(editor.toPlainText(), commented);
        QVERIFY(editor.textCursor().hasSelection());

        QTest::keyClick(&editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor.toPlainText(), original);

        editor.undo();
        QCOMPARE(editor.toPlainText(), commented);
        editor.undo();
        QCOMPARE(editor.toPlainText(), original);
        QVERIFY(!editor.document()->isUndoAvailable());
    }

    void commentToggle_withoutSelection_togglesCurrentLine()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("a: 1\n    b: 2"));
        placeCursorAtEnd(editor);
        editor.toggleComment();
        QCOMPARE(editor.toPlainText(), QStringLiteral("a: 1\n    # b: 2"));
        editor.toggleComment();
        QCOMPARE(editor.toPlainText(), QStringLiteral("a: 1\n    b: 2"));
    }

    // --- find / replace ------------------------------------------------------------------------

    void find_countsAndSteps()
    {
        CodeEditorPane pane;
        pane.resize(700, 400);
        pane.show();
        CodeEditor *editor = pane.editor();
        editor->setPlainText(QStringLiteral("service: cli\nname: CLI tasks\nservice: nginx\n# clients\n"));
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        FindReplaceBar *bar = pane.findBar();
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->isReplaceShown());
        auto *field = bar->findChild<QLineEdit *>(QStringLiteral("findText"));
        QVERIFY(field);
        QTest::keyClicks(field, QStringLiteral("cli"));
        QCOMPARE(bar->matchCount(), 3);
        QCOMPARE(bar->statusText(), QStringLiteral("1 of 3"));
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("cli"));

        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(bar->statusText(), QStringLiteral("2 of 3"));
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("CLI"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(bar->statusText(), QStringLiteral("3 of 3"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(bar->statusText(), QStringLiteral("1 of 3"));
        QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->statusText(), QStringLiteral("3 of 3"));

        bar->setMatchCase(true);
        QCOMPARE(bar->matchCount(), 2);
        bar->setWholeWords(true);
        QCOMPARE(bar->matchCount(), 1);
        bar->setMatchCase(false);
        QCOMPARE(bar->matchCount(), 2);
        bar->setWholeWords(false);
        bar->setRegularExpression(true);
        bar->setFindText(QStringLiteral("^service: \\w+$"));
        QCOMPARE(bar->matchCount(), 2);
        bar->setFindText(QStringLiteral("(unclosed"));
        QCOMPARE(bar->matchCount(), 0);
        QCOMPARE(bar->statusText(), QStringLiteral("Invalid pattern"));
        bar->setFindText(QStringLiteral("nothing-like-this"));
        QCOMPARE(bar->statusText(), QStringLiteral("No results"));

        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void find_highlightsVisibleMatchesInEditor()
    {
        CodeEditorPane pane;
        pane.resize(700, 400);
        pane.show();
        pane.editor()->setPlainText(QStringLiteral("a: x\nb: x\nc: y\n"));
        pane.findBar()->open(false);
        pane.findBar()->setFindText(QStringLiteral("x"));
        int highlighted = 0;
        for (const QTextEdit::ExtraSelection &s : pane.editor()->extraSelections()) {
            if (s.cursor.hasSelection() && s.cursor.selectedText() == QLatin1String("x") && s.format.hasProperty(QTextFormat::BackgroundBrush))
                ++highlighted;
        }
        QCOMPARE(highlighted, 2);
        pane.findBar()->dismiss();
        for (const QTextEdit::ExtraSelection &s : pane.editor()->extraSelections())
            QVERIFY(!s.cursor.hasSelection());
    }

    void replaceAll_isOneUndoStep()
    {
        CodeEditorPane pane;
        pane.show();
        CodeEditor *editor = pane.editor();
        const QString original = QStringLiteral("service: cli\nother: cli\nservice: cli-2\n");
        editor->setPlainText(original);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_H, Qt::ControlModifier);
        FindReplaceBar *bar = pane.findBar();
        QVERIFY(bar->isReplaceShown());
        bar->setWholeWords(true);
        bar->setFindText(QStringLiteral("cli"));
        bar->setReplaceText(QStringLiteral("php"));
        QCOMPARE(bar->matchCount(), 3);
        QCOMPARE(bar->replaceAll(), 3);
        QCOMPARE(editor->toPlainText(), QStringLiteral("service: php\nother: php\nservice: php-2\n"));
        QCOMPARE(bar->matchCount(), 0);
        editor->undo();
        QCOMPARE(editor->toPlainText(), original);
        QVERIFY(!editor->document()->isUndoAvailable());
    }

    void replace_withRegexGroups_andOneByOne()
    {
        CodeEditorPane pane;
        pane.show();
        CodeEditor *editor = pane.editor();
        editor->setPlainText(QStringLiteral("a: 1\nb: 2\n"));
        FindReplaceBar *bar = pane.findBar();
        bar->open(true);
        bar->setRegularExpression(true);
        bar->setFindText(QStringLiteral("(\\w): (\\d)"));
        bar->setReplaceText(QStringLiteral("\\2: \\1"));
        QCOMPARE(bar->currentMatch(), 0);
        QVERIFY(bar->replaceCurrent());
        QCOMPARE(editor->toPlainText(), QStringLiteral("1: a\nb: 2\n"));
        QCOMPARE(bar->matchCount(), 1);
        QCOMPARE(bar->statusText(), QStringLiteral("1 of 1"));
    }

    // --- go to line ----------------------------------------------------------------------------

    void goToLine_movesCursor()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("a: 1\nb: 2\nccc: 3\nd: 4"));
        editor.goToLine(3, 5);
        QCOMPARE(editor.textCursor().blockNumber(), 2);
        QCOMPARE(editor.textCursor().positionInBlock(), 4);
        editor.goToLine(99, 99);
        QCOMPARE(editor.textCursor().blockNumber(), 3);
        QCOMPARE(editor.textCursor().positionInBlock(), 4);
    }

    void goToLine_dialogFromCtrlG()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("a: 1\nb: 2\nccc: 3\nd: 4"));
        editor.show();
        editor.setFocus();
        QTest::keyClick(&editor, Qt::Key_G, Qt::ControlModifier);
        auto *dialog = editor.findChild<GoToLineDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->input()->setText(QStringLiteral("3:2"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog->input()->setText(QStringLiteral("9"));
        QVERIFY(!ok->isEnabled());
        dialog->input()->setText(QStringLiteral("3:2"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(editor.textCursor().blockNumber(), 2);
        QCOMPARE(editor.textCursor().positionInBlock(), 1);
    }

    void goToLine_parse()
    {
        QCOMPARE(GoToLineDialog::parse(QStringLiteral("12"))->line, 12);
        QCOMPARE(GoToLineDialog::parse(QStringLiteral("12"))->column, 1);
        QCOMPARE(GoToLineDialog::parse(QStringLiteral(" 7 : 3 "))->column, 3);
        QVERIFY(!GoToLineDialog::parse(QStringLiteral("0")));
        QVERIFY(!GoToLineDialog::parse(QStringLiteral("3:0")));
        QVERIFY(!GoToLineDialog::parse(QStringLiteral("x")));
        QVERIFY(!GoToLineDialog::parse(QStringLiteral("3:")));
    }

    // --- diagnostics ---------------------------------------------------------------------------

    void diagnostics_underlineTheRangeAndMarkTheGutter()
    {
        CodeEditor editor;
        editor.resize(600, 300);
        editor.show();
        editor.setFileName(QStringLiteral(".lagoon.yml"));
        editor.setPlainText(QStringLiteral("routes:\n  insecure: Redirected\n  x: 1\n    bad: 2\n"));
        Diagnostics all{
            makeDiagnostic(Diagnostic::Severity::Error, QStringLiteral(".lagoon.yml"), 2, 13, 2, 23),
            makeDiagnostic(Diagnostic::Severity::Warning, QStringLiteral(".lagoon.yml"), 4, 5),
            makeDiagnostic(Diagnostic::Severity::Info, QStringLiteral(".lagoon.yml"), 2, 3),
            makeDiagnostic(Diagnostic::Severity::Error, QStringLiteral("docker-compose.yml"), 3, 3),
        };
        editor.setDiagnostics(all);
        QCOMPARE(editor.diagnostics().size(), 3);

        const QList<QTextEdit::ExtraSelection> underlines = editor.diagnosticSelections();
        QCOMPARE(underlines.size(), 3);
        QStringList underlined;
        for (const QTextEdit::ExtraSelection &s : underlines) {
            QCOMPARE(s.format.underlineStyle(), QTextCharFormat::WaveUnderline);
            underlined.append(s.cursor.selectedText());
        }
        QVERIFY2(underlined.contains(QStringLiteral("Redirected")), qPrintable(underlined.join(QLatin1Char('|'))));
        QVERIFY(underlined.contains(QStringLiteral("bad"))); // end unknown: up to the end of the key
        QVERIFY(underlined.contains(QStringLiteral("insecure")));
        // Each colour is the severity's, and errors are drawn last so they win where ranges overlap.
        QCOMPARE(underlines.last().cursor.selectedText(), QStringLiteral("Redirected"));
        QVERIFY(underlines.last().format.underlineColor() != underlines.first().format.underlineColor());
        // The editor paints them together with its own selections.
        int inEditor = 0;
        for (const QTextEdit::ExtraSelection &s : editor.extraSelections())
            inEditor += s.format.underlineStyle() == QTextCharFormat::WaveUnderline ? 1 : 0;
        QCOMPARE(inEditor, 3);

        QCOMPARE(marker(editor, 1), NoMarker);
        QCOMPARE(marker(editor, 2), ErrorMarker);
        QCOMPARE(marker(editor, 3), NoMarker); // the compose file's diagnostic is not ours
        QCOMPARE(marker(editor, 4), WarningMarker);

        // Underlines follow the text as it is edited before the next validation.
        QTextCursor cursor(editor.document());
        cursor.insertText(QStringLiteral("# top\n"));
        QCOMPARE(marker(editor, 3), ErrorMarker);
        QCOMPARE(marker(editor, 5), WarningMarker);

        editor.setDiagnostics({});
        QVERIFY(editor.diagnosticSelections().isEmpty());
        QCOMPARE(marker(editor, 3), NoMarker);
    }

    void diagnostics_tooltipShowsMessageAndHintEscaped()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("a:\n  type: nginx-phpp\n"));
        Diagnostic d = makeDiagnostic(Diagnostic::Severity::Error, QString(), 2, 9, 2, 20);
        d.message = QStringLiteral("Unknown lagoon.type <nginx-phpp>");
        d.hint = QStringLiteral("Did you mean \"nginx-php\"?");
        editor.setDiagnostics({d});
        const int inside = editor.document()->findBlockByNumber(1).position() + 12;
        const QString tip = editor.toolTipAt(inside);
        QVERIFY2(tip.contains(QStringLiteral("Unknown lagoon.type &lt;nginx-phpp&gt;")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Did you mean &quot;nginx-php&quot;?")));
        QVERIFY(tip.contains(QStringLiteral("Error")));
        QVERIFY(editor.toolTipAt(editor.document()->findBlockByNumber(1).position() + 3).isEmpty());
        QCOMPARE(editor.gutterToolTip(2), tip);
        QVERIFY(editor.gutterToolTip(1).isEmpty());

        // Resting the mouse on the underline shows it; so does resting on the gutter marker.
        editor.resize(500, 200);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTextCursor at(editor.document());
        at.setPosition(inside);
        const QPoint point = editor.cursorRect(at).center() + QPoint(2, 0);
        QHelpEvent overText(QEvent::ToolTip, point, editor.viewport()->mapToGlobal(point));
        QCoreApplication::sendEvent(editor.viewport(), &overText);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("&lt;nginx-phpp&gt;")));
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        QWidget *gutter = editor.findChild<QWidget *>(QStringLiteral("lineNumberArea"));
        QVERIFY(gutter);
        const QPoint gutterPoint(4, point.y());
        QHelpEvent overGutter(QEvent::ToolTip, gutterPoint, gutter->mapToGlobal(gutterPoint));
        QCoreApplication::sendEvent(gutter, &overGutter);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("Did you mean")));
        QToolTip::hideText();

        // Hover help from the provider joins the diagnostic, and shows alone where there is none.
        auto provider = std::make_unique<FakeProvider>();
        provider->hoverText = QStringLiteral("The service type <decides> the image");
        editor.setCompletionProvider(std::move(provider));
        const QString both = editor.toolTipAt(inside);
        QVERIFY(both.contains(QStringLiteral("&lt;nginx-phpp&gt;")));
        QVERIFY(both.contains(QStringLiteral("The service type &lt;decides&gt; the image")));
        const QString hoverOnly = editor.toolTipAt(editor.document()->findBlockByNumber(1).position() + 3);
        QVERIFY(hoverOnly.contains(QStringLiteral("lagoon.type")));
        QVERIFY(!hoverOnly.contains(QStringLiteral("nginx-phpp")));
    }

    void diagnostics_performanceOn3000Lines()
    {
        CodeEditor editor;
        editor.resize(900, 700);
        editor.show();
        QString text;
        for (int i = 0; i < 1000; ++i)
            text += QStringLiteral("service-%1:\n  image: example/app:%1\n  command: run --flag # note\n").arg(i);
        editor.setPlainText(text);
        QCOMPARE(editor.blockCount(), 3001);
        Diagnostics diagnostics;
        for (int i = 0; i < 500; ++i) {
            const int line = 1 + i * 6;
            diagnostics.append(makeDiagnostic(i % 3 == 0 ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning,
                                              QString(), line, 1, i % 2 ? line : 0, i % 2 ? 8 : 0));
        }
        // The machine may be busy: report the median of several runs, and the first one separately.
        Diagnostics shifted = diagnostics;
        for (Diagnostic &d : shifted)
            d.column = 2;
        QElapsedTimer timer;
        timer.start();
        editor.setDiagnostics(diagnostics);
        const qint64 first = timer.nsecsElapsed();
        QList<qint64> runs;
        for (int run = 0; run < 21; ++run) {
            timer.restart();
            editor.setDiagnostics(run % 2 ? diagnostics : shifted);
            runs.append(timer.nsecsElapsed());
        }
        std::sort(runs.begin(), runs.end());
        timer.restart();
        for (int line = 1; line <= 3000; line += 7)
            editor.markerSeverity(line);
        const qint64 lookups = timer.nsecsElapsed();
        // A keystroke moves every range and rebuilds the per-line index for the next paint.
        QTextCursor typing(editor.document());
        timer.restart();
        typing.insertText(QStringLiteral("x"));
        editor.markerSeverity(1500);
        const qint64 keystroke = timer.nsecsElapsed();
        typing.deletePreviousChar();
        qInfo("setDiagnostics, 500 diagnostics on a 3,000-line file: first %.2f ms; 21 replacements: median %.2f ms, "
              "min %.2f ms, max %.2f ms; 429 gutter lookups %.3f ms; one keystroke with 500 ranges to move %.3f ms",
              first / 1e6, runs.at(runs.size() / 2) / 1e6, runs.constFirst() / 1e6, runs.constLast() / 1e6,
              lookups / 1e6, keystroke / 1e6);
        QCOMPARE(editor.diagnostics().size(), 500);
        QCOMPARE(marker(editor, 1), ErrorMarker);
    }

    // --- highlighting --------------------------------------------------------------------------

    void highlighter_engineMatchesTheBuild()
    {
        CodeEditor editor;
        QVERIFY(editor.highlighter());
#if LAGOON_HAVE_KSYNTAXHIGHLIGHTING
        QCOMPARE(editor.highlighterEngine(), YamlHighlighting::Engine::KSyntaxHighlighting);
#else
        QCOMPARE(editor.highlighterEngine(), YamlHighlighting::Engine::BuiltIn);
#endif
    }

    void highlighter_commentDiffersFromKey_hashInQuotesIsNoComment()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("name: 'drush # not a comment' # real comment\n"));
        const QColor key = formatAt(editor, 0, 1).foreground().color();
        const QColor quotedHash = formatAt(editor, 0, 13).foreground().color();
        const QColor commentHash = formatAt(editor, 0, 30).foreground().color();
        const QColor commentText = formatAt(editor, 0, 35).foreground().color();
        QVERIFY(commentHash.isValid());
        QVERIFY(key != commentHash);
        QCOMPARE(commentText, commentHash);
        QVERIFY2(quotedHash != commentHash, "a # inside quotes must not start a comment");
        QCOMPARE(quotedHash, formatAt(editor, 0, 7).foreground().color()); // same as the rest of the string
    }

    void highlighter_builtIn_blockScalarAndLiterals()
    {
        CodeEditor editor;
        if (editor.highlighterEngine() != YamlHighlighting::Engine::BuiltIn)
            QSKIP("block-state details are the built-in highlighter's");
        editor.setPlainText(QStringLiteral("command: |\n  if a; then # not a comment\n  fi\nnext: true # c\nn: 12\n"));
        const QColor inBlock = formatAt(editor, 1, 2).foreground().color();
        QCOMPARE(formatAt(editor, 1, 14).foreground().color(), inBlock);
        QCOMPARE(formatAt(editor, 2, 2).foreground().color(), inBlock);
        const QColor key = formatAt(editor, 3, 0).foreground().color();
        QVERIFY(key != inBlock); // the block ended at the less indented key
        QVERIFY(formatAt(editor, 3, 6).foreground().color() != key);
        QCOMPARE(formatAt(editor, 3, 6).foreground().color(), formatAt(editor, 4, 3).foreground().color());
        QVERIFY(formatAt(editor, 3, 11).fontItalic());
    }

    void highlighter_followsPaletteChange()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("key: 1 # comment\n"));
        const QColor lightComment = formatAt(editor, 0, 8).foreground().color();
        QPalette dark = editor.palette();
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
        dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        editor.setPalette(dark);
        const QColor darkComment = formatAt(editor, 0, 8).foreground().color();
        QVERIFY(darkComment.isValid());
        QVERIFY(darkComment != lightComment);
    }

    // --- completion ----------------------------------------------------------------------------

    void completion_ctrlSpaceShowsProviderItems_enterReplacesRange()
    {
        CodeEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto provider = std::make_unique<FakeProvider>();
        FakeProvider *fake = provider.get();
        fake->keys = {{QStringLiteral("environments"), QStringLiteral("environments:"), QStringLiteral("map"),
                       QStringLiteral("Per-branch settings."), CompletionEntry::Kind::Key},
                      {QStringLiteral("environment_variables"), QStringLiteral("environment_variables:"), QStringLiteral("map"),
                       QString(), CompletionEntry::Kind::Key},
                      {QStringLiteral("tasks"), QStringLiteral("tasks:"), QString(), QString(), CompletionEntry::Kind::Key}};
        editor.setCompletionProvider(std::move(provider));
        editor.setPlainText(QStringLiteral("routes: {}\nenvxyz"));
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(11 + 3); // after "env", before "xyz"
        editor.setTextCursor(cursor);
        editor.setFocus();

        QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
        CompletionPopup *popup = editor.completionPopup();
        QVERIFY(popup->isVisible());
        QCOMPARE(popup->count(), 2); // "tasks" does not match the typed "env"
        QCOMPARE(popup->entries().at(0).label, QStringLiteral("environments"));
        auto *list = popup->findChild<QListView *>();
        QCOMPARE(list->model()->rowCount(), 2);

        QTest::keyClick(&editor, Qt::Key_Down);
        QCOMPARE(popup->currentRow(), 1);
        QTest::keyClick(&editor, Qt::Key_Return);
        QVERIFY(!popup->isVisible());
        // [replaceStart, replaceEnd) was "envxyz": the whole word is replaced, the rest untouched.
        QCOMPARE(editor.toPlainText(), QStringLiteral("routes: {}\nenvironment_variables:"));
        QVERIFY(!editor.toPlainText().contains(QLatin1Char('\n') + QLatin1String("env\n")));
    }

    void completion_narrowsWhileTyping_escapeCloses()
    {
        CodeEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto provider = std::make_unique<FakeProvider>();
        provider->keys = {{QStringLiteral("routes"), {}, {}, {}, CompletionEntry::Kind::Key},
                          {QStringLiteral("tasks"), {}, {}, {}, CompletionEntry::Kind::Key}};
        editor.setCompletionProvider(std::move(provider));
        editor.setFocus();
        QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
        QCOMPARE(editor.completionPopup()->count(), 2);
        QTest::keyClicks(&editor, QStringLiteral("ta"));
        QCOMPARE(editor.completionPopup()->count(), 1);
        QTest::keyClick(&editor, Qt::Key_Escape);
        QVERIFY(!editor.completionPopup()->isVisible());
        QCOMPARE(editor.toPlainText(), QStringLiteral("ta"));
    }

    void completion_opensByItselfAfterColonSpace_tabAccepts()
    {
        CodeEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto provider = std::make_unique<FakeProvider>();
        provider->values = {{QStringLiteral("Redirect"), {}, QStringLiteral("http → https"), {}, CompletionEntry::Kind::Value},
                            {QStringLiteral("Allow"), {}, {}, {}, CompletionEntry::Kind::Value}};
        editor.setCompletionProvider(std::move(provider));
        editor.setFocus();
        QTest::keyClicks(&editor, QStringLiteral("insecure: "));
        QTRY_VERIFY(editor.completionPopup()->isVisible());
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), QStringLiteral("insecure: Redirect"));
        // Plain typing in a value does not keep popping suggestions up.
        QTest::keyClicks(&editor, QStringLiteral(" and more"));
        QTest::qWait(300);
        QVERIFY(!editor.completionPopup()->isVisible());
    }

    void assistProvider_convertsOffsetsAroundNonAscii()
    {
        const QString text = QStringLiteral("# café 日本 😀\nenvironments:\n  main:\n    rou");
        // "é" is 2 bytes, "日" 3, "😀" 4 bytes in 2 QChars.
        QCOMPARE(AssistCompletionProvider::byteOffset(text, 6), qsizetype(7));
        QCOMPARE(AssistCompletionProvider::byteOffset(text, 9), qsizetype(14));
        QCOMPARE(AssistCompletionProvider::byteOffset(text, 12), qsizetype(19));
        QCOMPARE(AssistCompletionProvider::byteOffset(text, static_cast<int>(text.size())), text.toUtf8().size());
        for (int i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text.at(i).isLowSurrogate())
                continue;
            QCOMPARE(AssistCompletionProvider::characterPosition(text, AssistCompletionProvider::byteOffset(text, i)), i);
        }
        QCOMPARE(AssistCompletionProvider::characterPosition(text, 6), 5); // inside "é": that character

        CodeEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setCompletionProvider(std::make_unique<AssistCompletionProvider>(EditorAssist::FileKind::LagoonYml));
        editor.setPlainText(text);
        placeCursorAtEnd(editor);
        editor.setFocus();
        QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(editor.completionPopup()->isVisible());
        QCOMPARE(editor.completionPopup()->entries().constFirst().label, QStringLiteral("routes"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.toPlainText(), QStringLiteral("# café 日本 😀\nenvironments:\n  main:\n    routes:"));

        const int insecure = static_cast<int>(editor.toPlainText().indexOf(QLatin1String("main")));
        QVERIFY(!editor.toolTipAt(insecure + 1).isEmpty());
    }

    void sharedDocument_keepsHighlightingDiagnosticsAndUndo()
    {
        QTextDocument shared;
        shared.setPlainText(QStringLiteral("a: 1 # note\nb: 2\n"));
        CodeEditor editor;
        editor.resize(500, 300);
        editor.show();
        editor.setTextDocument(&shared);
        QCOMPARE(editor.document(), &shared);
        QCOMPARE(editor.highlighter()->document(), &shared);
        // The highlighter colours a document that already has text on the next event loop pass.
        QTRY_VERIFY(formatAt(editor, 0, 0).foreground().color() != formatAt(editor, 0, 6).foreground().color());
        editor.setDiagnostics({makeDiagnostic(Diagnostic::Severity::Warning, QString(), 2, 1)});
        QCOMPARE(marker(editor, 2), WarningMarker);
        // An edit made elsewhere (a form) moves the marker along.
        QTextCursor(&shared).insertText(QStringLiteral("top: 0\n"));
        QCOMPARE(marker(editor, 3), WarningMarker);
        // The editor's cursor moved along with the inserted line, so the toggle hits "a: 1".
        editor.toggleComment();
        QCOMPARE(shared.toPlainText(), QStringLiteral("top: 0\n# a: 1 # note\nb: 2\n"));
        shared.undo();
        QCOMPARE(shared.toPlainText(), QStringLiteral("top: 0\na: 1 # note\nb: 2\n"));
    }

    // --- screenshots ---------------------------------------------------------------------------

    void screenshot_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void screenshot()
    {
        QFETCH(QString, scheme);
        Appearance::applyColorScheme(qApp, scheme);
        QString text = exampleLagoonYml();
        QVERIFY(!text.isEmpty());
        // Two realistic mistakes: a route with an underscore, and a cronjob Lagoon runs in-pod.
        text.replace(QStringLiteral("- www.drupal-example.com:"), QStringLiteral("- www.drupal_example.com:"));
        text.replace(QStringLiteral("schedule: \"M * * * *\""), QStringLiteral("schedule: \"*/5 * * * *\""));

        CodeEditorPane pane;
        pane.resize(980, 700);
        CodeEditor *editor = pane.editor();
        editor->setFileName(QStringLiteral(".lagoon.yml"));
        editor->setPlainText(text);
        const QStringList lines = text.split(QLatin1Char('\n'));
        auto lineOf = [&lines](const QString &needle) -> int {
            for (int i = 0; i < lines.size(); ++i) {
                if (lines.at(i).contains(needle))
                    return i + 1;
            }
            return 0;
        };
        const int routeLine = lineOf(QStringLiteral("www.drupal_example.com"));
        const int routeColumn = static_cast<int>(lines.at(routeLine - 1).indexOf(QLatin1String("www"))) + 1;
        const int cronLine = lineOf(QStringLiteral("*/5"));
        const int cronColumn = static_cast<int>(lines.at(cronLine - 1).indexOf(QLatin1Char('"'))) + 1;
        QVERIFY(routeLine > 0 && cronLine > 0);
        Diagnostic error;
        error.severity = Diagnostic::Severity::Error;
        error.file = QStringLiteral(".lagoon.yml");
        error.line = routeLine;
        error.column = routeColumn;
        error.endLine = routeLine;
        error.endColumn = routeColumn + 22;
        error.message = QStringLiteral("Route \"www.drupal_example.com\" is not a valid DNS-1123 subdomain");
        error.hint = QStringLiteral("Use lowercase letters, digits, '-' and '.'");
        Diagnostic warning;
        warning.severity = Diagnostic::Severity::Warning;
        warning.file = QStringLiteral(".lagoon.yml");
        warning.line = cronLine;
        warning.column = cronColumn;
        warning.message = QStringLiteral("This cronjob runs more often than every 15 minutes, so Lagoon runs it inside the container");
        warning.hint = QStringLiteral("Use M/15 or slower to run it as a Kubernetes CronJob");
        editor->setDiagnostics({error, warning});

        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        editor->goToLine(cronLine - 3, 1);
        pane.findBar()->open(false);
        pane.findBar()->setFindText(QStringLiteral("drush"));
        editor->verticalScrollBar()->setValue(std::max(0, routeLine - 12));
        QTest::qWait(150);

        QCOMPARE(marker(*editor, routeLine), ErrorMarker);
        QCOMPARE(marker(*editor, cronLine), WarningMarker);
        QVERIFY(pane.findBar()->matchCount() >= 6);

        const QImage image = pane.grab().toImage();
        QVERIFY(!image.isNull());
        const QString dir = qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("lagoon-screenshots")));
        QVERIFY(QDir().mkpath(dir));
        const QString file = QDir(dir).filePath(QStringLiteral("editor-%1.png").arg(scheme));
        QVERIFY(image.save(file));
        qInfo("screenshot: %s", qPrintable(file));
        // A dark scheme gives a dark text area, a light one a light text area.
        qint64 gray = 0;
        for (int y = image.height() / 3; y < image.height() / 3 + 40; ++y) {
            for (int x = image.width() / 2; x < image.width() / 2 + 40; ++x)
                gray += qGray(image.pixel(x, y));
        }
        QCOMPARE(gray / 1600 < 128, scheme == QLatin1String("dark"));
        Appearance::applyColorScheme(qApp, QStringLiteral("system"));
    }

    void screenshot_completion()
    {
        Appearance::applyColorScheme(qApp, QStringLiteral("light"));
        CodeEditorPane pane;
        pane.resize(760, 380);
        CodeEditor *editor = pane.editor();
        auto provider = std::make_unique<FakeProvider>();
        provider->values = {
            {QStringLiteral("nginx-php"), {}, QStringLiteral("service type"),
             QStringLiteral("nginx serving a PHP-FPM sibling; pairs with a php service through lagoon.name."),
             CompletionEntry::Kind::Value},
            {QStringLiteral("nginx-php-persistent"), {}, QStringLiteral("service type"),
             QStringLiteral("As nginx-php, with a persistent volume for uploaded files."), CompletionEntry::Kind::Value},
            {QStringLiteral("nginx"), {}, QStringLiteral("service type"), QStringLiteral("A static nginx."),
             CompletionEntry::Kind::Value},
        };
        editor->setCompletionProvider(std::move(provider));
        editor->setPlainText(QStringLiteral("services:\n  nginx:\n    build:\n      context: .\n    labels:\n      lagoon.type: ng"));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        placeCursorAtEnd(*editor);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(editor->completionPopup()->isVisible());
        QCOMPARE(editor->completionPopup()->count(), 3);
        QTest::qWait(50);
        const QImage image = pane.grab().toImage();
        const QString dir = qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("lagoon-screenshots")));
        const QString file = QDir(dir).filePath(QStringLiteral("editor-completion.png"));
        QVERIFY(image.save(file));
        qInfo("screenshot: %s", qPrintable(file));
        Appearance::applyColorScheme(qApp, QStringLiteral("system"));
    }
};

QTEST_MAIN(tst_CodeEditor)
#include "tst_codeeditor.moc"
