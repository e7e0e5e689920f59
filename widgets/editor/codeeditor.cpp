// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/codeeditor.h"

#include <algorithm>
#include <cstdlib>

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QToolTip>

#include "widgets/editor/completioncontroller.h"
#include "widgets/editor/completionpopup.h"
#include "widgets/editor/gotolinedialog.h"
#include "widgets/editor/linenumberarea.h"
#include "widgets/editor/yamleditcommands.h"
#include "widgets/editor/yamlindentation.h"

namespace Lagoon {

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberArea(this))
    , m_highlighter(nullptr)
    , m_colors(EditorColors::fromPalette(palette()))
    , m_diagnostics(document())
    , m_completion(new CompletionController(this))
{
    setObjectName(QStringLiteral("codeEditor"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    // A little air between the gutter and the text.
    document()->setDocumentMargin(6);
    m_highlighter = YamlHighlighting::create(document(), palette());

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateExtraSelections();
        m_completion->cursorMoved();
    });
    // Underlines and find matches exist as selections only for the lines on screen.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &CodeEditor::updateExtraSelections);
    watchDocument();

    updateGutterWidth();
    updateExtraSelections();
    updateAccessibleText();
}

CodeEditor::~CodeEditor()
{
    // A shared document outlives the editor; its signals must not reach a half-destroyed one.
    disconnect(m_contentsConnection);
    disconnect(this, &QPlainTextEdit::cursorPositionChanged, this, nullptr);
}

void CodeEditor::watchDocument()
{
    disconnect(m_contentsConnection);
    m_contentsConnection = connect(document(), &QTextDocument::contentsChange, this,
                                   [this](int position, int removed, int added) {
                                       m_diagnostics.adjust(position, removed, added);
                                   });
}

void CodeEditor::setTextDocument(QTextDocument *document)
{
    if (document == this->document())
        return;
    delete m_highlighter;
    m_highlighter = nullptr;
    m_completion->cancel();
    m_findMatches.clear();
    m_currentFindMatch = -1;
    // Point everything at the new document first: setDocument() may delete the old one (when the
    // editor created it) and moves the cursor, which repaints the selections.
    disconnect(m_contentsConnection);
    // Fonts and margins are presentation, not an edit: the file must not look changed.
    const bool wasModified = document->isModified();
    const QString fileName = m_diagnostics.fileName();
    m_diagnostics = EditorDiagnostics(document);
    m_diagnostics.setFileName(fileName);
    m_indentStepRevision = -1;
    if (!qobject_cast<QPlainTextDocumentLayout *>(document->documentLayout()))
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    document->setDefaultFont(font());
    document->setDocumentMargin(6);
    setDocument(document);
    watchDocument();
    m_highlighter = YamlHighlighting::create(document, palette());
    document->setModified(wasModified);
    updateGutterWidth();
    updateExtraSelections();
}

void CodeEditor::setFileName(const QString &fileName)
{
    m_diagnostics.setFileName(fileName);
    updateAccessibleText();
}

void CodeEditor::updateAccessibleText()
{
    const QString file = fileName();
    setAccessibleName(file.isEmpty() ? tr("Text editor") : tr("Text of %1").arg(file));
    setAccessibleDescription(tr("The file as YAML text; problems are underlined and listed in the Problems "
                                "dock, Ctrl+Space completes keys and values"));
}

QString CodeEditor::fileName() const
{
    return m_diagnostics.fileName();
}

void CodeEditor::setDiagnostics(const Diagnostics &diagnostics)
{
    m_diagnostics.set(diagnostics);
    updateExtraSelections();
    m_gutter->update();
}

const Diagnostics &CodeEditor::diagnostics() const
{
    return m_diagnostics.diagnostics();
}

QList<QTextEdit::ExtraSelection> CodeEditor::diagnosticSelections() const
{
    return m_diagnostics.selections(0, blockCount() - 1, m_colors);
}

std::optional<Diagnostic::Severity> CodeEditor::markerSeverity(int line) const
{
    return m_diagnostics.worstSeverity(line - 1);
}

QString CodeEditor::toolTipAt(int position) const
{
    QString html = EditorDiagnostics::toolTipHtml(m_diagnostics.at(position));
    if (CompletionProvider *provider = m_completion->provider()) {
        const HoverText hover = provider->hover(toPlainText(), position);
        if (hover.isValid()) {
            if (!html.isEmpty())
                html += QLatin1String("<hr/>");
            html += QLatin1String("<p style='white-space:pre-wrap; margin:0'>");
            if (!hover.title.isEmpty())
                html += QLatin1String("<b>") + hover.title.toHtmlEscaped() + QLatin1String("</b>");
            if (!hover.title.isEmpty() && !hover.text.isEmpty())
                html += QLatin1String("<br/>");
            html += hover.text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>")) + QLatin1String("</p>");
        }
    }
    return html;
}

QString CodeEditor::gutterToolTip(int line) const
{
    return EditorDiagnostics::toolTipHtml(m_diagnostics.onBlock(line - 1));
}

YamlHighlighting::Engine CodeEditor::highlighterEngine() const
{
    return YamlHighlighting::engineOf(m_highlighter);
}

void CodeEditor::setFindMatches(const QList<FindMatch> &matches, int current)
{
    m_findMatches = matches;
    m_currentFindMatch = current;
    updateExtraSelections();
}

void CodeEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

GoToLineDialog *CodeEditor::showGoToLine()
{
    auto *dialog = new GoToLineDialog(blockCount(), textCursor().blockNumber() + 1, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GoToLineDialog::targetChosen, this, [this](int line, int column) { goToLine(line, column); });
    dialog->open();
    return dialog;
}

void CodeEditor::selectLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    const QTextBlock next = block.next();
    cursor.setPosition(next.isValid() ? next.position() : block.position() + block.length() - 1, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void CodeEditor::toggleComment()
{
    QTextCursor cursor = textCursor();
    YamlEditCommands::toggleComment(cursor);
    setTextCursor(cursor);
}

int CodeEditor::indentStep() const
{
    if (m_indentStepRevision != document()->revision()) {
        m_indentStep = YamlIndentation::detectStep(toPlainText());
        m_indentStepRevision = document()->revision();
    }
    return m_indentStep;
}

// --- completion ------------------------------------------------------------------------------

void CodeEditor::setCompletionProvider(std::unique_ptr<CompletionProvider> provider)
{
    m_completion->setProvider(std::move(provider));
}

CompletionProvider *CodeEditor::completionProvider() const
{
    return m_completion->provider();
}

CompletionPopup *CodeEditor::completionPopup() const
{
    return m_completion->popup();
}

void CodeEditor::requestCompletion()
{
    m_completion->request();
}

void CodeEditor::acceptCompletion()
{
    m_completion->accept();
}

// --- keys ------------------------------------------------------------------------------------

bool CodeEditor::isEditorShortcut(const QKeyEvent *event) const
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (mods == Qt::ControlModifier
        && (key == Qt::Key_F || key == Qt::Key_H || key == Qt::Key_G || key == Qt::Key_Space))
        return true;
    if ((mods & Qt::ControlModifier) && key == Qt::Key_Slash)
        return true;
    if (key == Qt::Key_F3 && (mods == Qt::NoModifier || mods == Qt::ShiftModifier))
        return true;
    return event->matches(QKeySequence::Find) || event->matches(QKeySequence::Replace);
}

bool CodeEditor::handleShortcut(QKeyEvent *event)
{
    if (!isEditorShortcut(event))
        return false;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_G:
        showGoToLine();
        return true;
    case Qt::Key_Space:
        requestCompletion();
        return true;
    case Qt::Key_Slash:
        if (!isReadOnly())
            toggleComment();
        return true;
    case Qt::Key_F3:
        Q_EMIT findNextRequested(mods == Qt::ShiftModifier);
        return true;
    case Qt::Key_H:
        Q_EMIT findRequested(true);
        return true;
    default:
        break;
    }
    Q_EMIT findRequested(event->matches(QKeySequence::Replace));
    return true;
}

bool CodeEditor::event(QEvent *event)
{
    // Claim our keys before a window-wide action with the same shortcut takes them.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isEditorShortcut(key) || (completionPopup()->isVisible() && key->key() == Qt::Key_Escape)) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completion->handleKey(event) || handleShortcut(event) || (!isReadOnly() && handleEditingKey(event))) {
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        Q_EMIT escapePressed();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    if (!isReadOnly())
        m_completion->textTyped(event);
}

bool CodeEditor::handleEditingKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    QTextCursor cursor = textCursor();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (mods != Qt::NoModifier && mods != Qt::ShiftModifier)
            return false;
        YamlEditCommands::newline(cursor, indentStep());
        break;
    case Qt::Key_Tab:
        if (mods != Qt::NoModifier)
            return false;
        YamlEditCommands::tab(cursor, indentStep());
        break;
    case Qt::Key_Backtab:
        YamlEditCommands::shiftLines(cursor, indentStep(), true);
        break;
    case Qt::Key_Backspace:
        if (mods != Qt::NoModifier || !YamlEditCommands::backspace(cursor, indentStep()))
            return false;
        setTextCursor(cursor);
        m_completion->textTyped(event);
        return true;
    default:
        return false;
    }
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

// --- painting, geometry, events --------------------------------------------------------------

int CodeEditor::lineNumberAreaWidth() const
{
    const QFontMetrics metrics(font());
    // At least three digits, so the text does not jump sideways while a short file grows.
    const int digits = std::max<int>(3, static_cast<int>(QString::number(std::max(1, blockCount())).size()));
    const int markerColumn = metrics.height() + 6;
    return markerColumn + metrics.horizontalAdvance(QLatin1Char('9')) * digits + 14;
}

void CodeEditor::paintLineNumberArea(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QRect area = event->rect();
    painter.fillRect(area, m_colors.gutterBackground);
    const int width = m_gutter->width();
    painter.setPen(m_colors.gutterSeparator);
    painter.drawLine(width - 1, area.top(), width - 1, area.bottom());

    const QFontMetrics metrics(font());
    const int markerColumn = metrics.height() + 6;
    const int currentBlock = textCursor().blockNumber();
    painter.setFont(font());
    painter.setRenderHint(QPainter::Antialiasing);

    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= area.bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= area.top()) {
            const QRectF line(0, top, width - 1, height);
            if (number == currentBlock)
                painter.fillRect(line, m_colors.currentLine);
            painter.setPen(number == currentBlock ? m_colors.currentLineNumber : m_colors.lineNumber);
            painter.drawText(QRectF(markerColumn, top, width - markerColumn - 12, height), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(number + 1));

            if (const std::optional<Diagnostic::Severity> severity = m_diagnostics.worstSeverity(number)) {
                // Shape as well as colour, so the markers read without colour vision.
                const qreal size = metrics.height() * 0.55;
                const QPointF centre(markerColumn / 2.0 + 1, top + height / 2.0);
                painter.setPen(Qt::NoPen);
                painter.setBrush(m_colors.severity(*severity));
                if (*severity == Diagnostic::Severity::Warning) {
                    QPainterPath triangle;
                    triangle.moveTo(centre.x(), centre.y() - size * 0.62);
                    triangle.lineTo(centre.x() + size * 0.62, centre.y() + size * 0.48);
                    triangle.lineTo(centre.x() - size * 0.62, centre.y() + size * 0.48);
                    triangle.closeSubpath();
                    painter.drawPath(triangle);
                } else if (*severity == Diagnostic::Severity::Info) {
                    const qreal r = size * 0.5;
                    QPainterPath diamond;
                    diamond.moveTo(centre.x(), centre.y() - r);
                    diamond.lineTo(centre.x() + r, centre.y());
                    diamond.lineTo(centre.x(), centre.y() + r);
                    diamond.lineTo(centre.x() - r, centre.y());
                    diamond.closeSubpath();
                    painter.drawPath(diamond);
                } else {
                    painter.drawEllipse(centre, size / 2, size / 2);
                }
            }
        }
        block = block.next();
        top += height;
        ++number;
    }
}

int CodeEditor::lineAtY(int y) const
{
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (y >= top && y < bottom)
            return block.blockNumber() + 1;
        if (top > y)
            break;
        top = bottom;
        block = block.next();
    }
    return 0;
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height()));
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

int CodeEditor::lastVisibleBlockNumber() const
{
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int height = viewport()->height();
    while (block.isValid()) {
        top += blockBoundingRect(block).height();
        if (top >= height || !block.next().isValid())
            return block.blockNumber();
        block = block.next();
    }
    return std::max(0, blockCount() - 1);
}

void CodeEditor::updateExtraSelections()
{
    const QTextBlock firstBlock = firstVisibleBlock();
    const int lastBlockNumber = lastVisibleBlockNumber();
    QList<QTextEdit::ExtraSelection> selections;

    QTextEdit::ExtraSelection line;
    line.format.setBackground(m_colors.currentLine);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);

    if (!m_findMatches.isEmpty()) {
        // Only the visible matches become selections: a one-letter search can match thousands of times.
        const int first = firstBlock.position();
        const QTextBlock lastBlock = document()->findBlockByNumber(lastBlockNumber);
        const int last = lastBlock.position() + lastBlock.length();
        auto it = std::lower_bound(m_findMatches.cbegin(), m_findMatches.cend(), first,
                                   [](const FindMatch &m, int position) { return m.start + m.length < position; });
        QTextCharFormat match;
        match.setBackground(m_colors.findMatch);
        QTextCharFormat current;
        current.setBackground(m_colors.findCurrentMatch);
        const int end = document()->characterCount() - 1;
        for (; it != m_findMatches.cend() && it->start <= last; ++it) {
            if (it->start + it->length > end)
                break;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(it->start);
            selection.cursor.setPosition(it->start + it->length, QTextCursor::KeepAnchor);
            const bool isCurrent = m_currentFindMatch >= 0 && it - m_findMatches.cbegin() == m_currentFindMatch;
            selection.format = isCurrent ? current : match;
            selections.append(selection);
        }
    }
    selections += m_diagnostics.selections(firstBlock.blockNumber(), lastBlockNumber, m_colors);
    setExtraSelections(selections);
}

void CodeEditor::applyPalette()
{
    m_colors = EditorColors::fromPalette(palette());
    if (m_highlighter)
        YamlHighlighting::applyPalette(m_highlighter, palette());
    updateExtraSelections();
    m_gutter->update();
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    } else if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')) * 4);
        updateGutterWidth();
    }
}

void CodeEditor::focusOutEvent(QFocusEvent *event)
{
    m_completion->cancel();
    QPlainTextEdit::focusOutEvent(event);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterWidth();
    if (!m_findMatches.isEmpty())
        updateExtraSelections();
}

int CodeEditor::positionAtPoint(const QPoint &point) const
{
    const QTextCursor cursor = cursorForPosition(point);
    const QRect rect = cursorRect(cursor);
    // cursorForPosition() snaps to the nearest character even far right of a line's end.
    const int slack = QFontMetrics(font()).averageCharWidth();
    if (point.y() < rect.top() || point.y() > rect.bottom() || std::abs(point.x() - rect.x()) > slack)
        return -1;
    return cursor.position();
}

bool CodeEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = positionAtPoint(help->pos());
        const QString text = position >= 0 ? toolTipAt(position) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace Lagoon
