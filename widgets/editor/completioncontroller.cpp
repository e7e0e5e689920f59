// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/completioncontroller.h"

#include <algorithm>

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTimer>

#include "widgets/editor/completionpopup.h"
#include "widgets/editor/yamlindentation.h"

namespace Lagoon {

namespace {

constexpr int AutomaticDelayMs = 150;

} // namespace

CompletionController::CompletionController(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_popup(new CompletionPopup(editor->viewport()))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(AutomaticDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { show(true); });
    connect(m_popup, &CompletionPopup::activated, this, [this](int row) {
        m_popup->setCurrentRow(row);
        accept();
    });
}

CompletionController::~CompletionController() = default;

void CompletionController::setProvider(std::unique_ptr<CompletionProvider> provider)
{
    m_provider = std::move(provider);
    cancel();
}

void CompletionController::request()
{
    show(false);
}

void CompletionController::cancel()
{
    m_timer->stop();
    m_popup->hide();
}

void CompletionController::show(bool automatic)
{
    m_timer->stop();
    if (!m_provider) {
        m_popup->hide();
        return;
    }
    const QString text = m_editor->toPlainText();
    const int position = m_editor->textCursor().position();
    const CompletionList list = m_provider->complete(text, position);
    if (list.isEmpty() || list.replaceStart > position) {
        m_popup->hide();
        return;
    }
    // What starts with the typed prefix first, then what merely contains it.
    const QString prefix = text.mid(list.replaceStart, position - list.replaceStart);
    QList<CompletionEntry> starting;
    QList<CompletionEntry> containing;
    for (const CompletionEntry &entry : list.entries) {
        if (entry.label.startsWith(prefix, Qt::CaseInsensitive))
            starting.append(entry);
        else if (entry.label.contains(prefix, Qt::CaseInsensitive))
            containing.append(entry);
    }
    const QList<CompletionEntry> entries = starting + containing;
    if (entries.isEmpty()) {
        m_popup->hide();
        return;
    }
    const QString replaced = text.mid(list.replaceStart, list.replaceEnd - list.replaceStart);
    const CompletionEntry &only = entries.constFirst();
    if (automatic && entries.size() == 1 && (only.insertText.isEmpty() ? only.label : only.insertText) == replaced) {
        m_popup->hide();
        return;
    }

    m_explicit = !automatic || (m_popup->isVisible() && m_explicit);
    m_list = list;
    m_list.entries = entries;
    m_popup->setEntries(entries);
    QTextCursor start(m_editor->document());
    start.setPosition(list.replaceStart);
    m_popup->showNear(m_editor->cursorRect(start));
}

void CompletionController::accept()
{
    const int row = m_popup->currentRow();
    if (!m_popup->isVisible() || row < 0 || row >= m_list.entries.size()) {
        m_popup->hide();
        return;
    }
    const CompletionEntry entry = m_list.entries.at(row);
    m_popup->hide();
    QTextDocument *document = m_editor->document();
    const int last = document->characterCount() - 1;
    const int start = std::clamp(m_list.replaceStart, 0, last);
    QTextCursor cursor(document);
    cursor.setPosition(start);
    cursor.setPosition(std::clamp(m_list.replaceEnd, start, last), QTextCursor::KeepAnchor);
    cursor.insertText(entry.insertText.isEmpty() ? entry.label : entry.insertText);
    m_editor->setTextCursor(cursor);
}

bool CompletionController::handleKey(QKeyEvent *event)
{
    if (!m_popup->isVisible())
        return false;
    switch (event->key()) {
    case Qt::Key_Up:
        m_popup->moveSelection(-1);
        return true;
    case Qt::Key_Down:
        m_popup->moveSelection(1);
        return true;
    case Qt::Key_PageUp:
        m_popup->moveSelection(-m_popup->pageSize());
        return true;
    case Qt::Key_PageDown:
        m_popup->moveSelection(m_popup->pageSize());
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        accept();
        return true;
    case Qt::Key_Escape:
        m_popup->hide();
        return true;
    default:
        return false;
    }
}

void CompletionController::textTyped(QKeyEvent *event)
{
    if (m_popup->isVisible()) {
        if (!event->text().isEmpty() || event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete)
            show(!m_explicit);
        return;
    }
    scheduleIfUseful(event->text());
}

void CompletionController::scheduleIfUseful(const QString &typed)
{
    if (!m_provider || typed.size() != 1) {
        m_timer->stop();
        return;
    }
    const QChar c = typed.at(0);
    const QTextCursor cursor = m_editor->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    // Only where a key is being started or a value is about to be typed: never in the middle of prose.
    static const QRegularExpression keyPosition(QStringLiteral("^\\s*(?:-\\s+)*[A-Za-z_][A-Za-z0-9_.-]*$"));
    const bool atKey = (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.'))
        && keyPosition.match(before).hasMatch();
    const bool atValue = c == QLatin1Char(' ') && before.endsWith(QLatin1String(": "))
        && YamlIndentation::commentStart(before) < 0;
    if (atKey || atValue)
        m_timer->start();
    else
        m_timer->stop();
}

void CompletionController::cursorMoved()
{
    if (!m_popup->isVisible())
        return;
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.position() < m_list.replaceStart || m_editor->document()->findBlock(m_list.replaceStart) != cursor.block())
        m_popup->hide();
}

} // namespace Lagoon
