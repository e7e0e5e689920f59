// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/findreplacebar.h"

#include <algorithm>

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>

#include "widgets/editor/editorcolors.h"

namespace Lagoon {

namespace {

constexpr int RefreshDelayMs = 120;

QToolButton *makeToolButton(QWidget *parent, const QString &objectName, const QString &icon, const QString &fallbackText)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    const QIcon themed = icon.isEmpty() ? QIcon() : QIcon::fromTheme(icon);
    if (themed.isNull())
        button->setText(fallbackText);
    else
        button->setIcon(themed);
    return button;
}

QToolButton *makeToggle(QWidget *parent, const QString &objectName, const QString &text)
{
    QToolButton *button = makeToolButton(parent, objectName, QString(), text);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont font = button->font();
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    button->setFont(font);
    return button;
}

} // namespace

FindReplaceBar::FindReplaceBar(CodeEditor *editor, QWidget *parent)
    : QFrame(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_previous(makeToolButton(this, QStringLiteral("findPrevious"), QStringLiteral("go-up"), QStringLiteral("↑")))
    , m_next(makeToolButton(this, QStringLiteral("findNext"), QStringLiteral("go-down"), QStringLiteral("↓")))
    , m_matchCase(makeToggle(this, QStringLiteral("findMatchCase"), QStringLiteral("Aa")))
    , m_wholeWords(makeToggle(this, QStringLiteral("findWholeWords"), QStringLiteral("ab")))
    , m_regex(makeToggle(this, QStringLiteral("findRegex"), QStringLiteral(".*")))
    // Breeze's close icons are red; a plain cross keeps the bar calm.
    , m_close(makeToolButton(this, QStringLiteral("findClose"), QString(), QStringLiteral("✕")))
    , m_replaceOne(new QPushButton(this))
    , m_replaceAll(new QPushButton(this))
    , m_replaceRow(new QWidget(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setMinimumWidth(QFontMetrics(m_status->font()).horizontalAdvance(QStringLiteral("0000 of 0000")));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_replaceOne->setObjectName(QStringLiteral("replaceOne"));
    m_replaceAll->setObjectName(QStringLiteral("replaceAll"));
    QFont underlined = m_wholeWords->font();
    underlined.setUnderline(true);
    m_wholeWords->setFont(underlined);

    auto *findButtons = new QHBoxLayout;
    findButtons->setSpacing(2);
    findButtons->addWidget(m_status);
    findButtons->addSpacing(4);
    findButtons->addWidget(m_previous);
    findButtons->addWidget(m_next);
    findButtons->addSpacing(8);
    findButtons->addWidget(m_matchCase);
    findButtons->addWidget(m_wholeWords);
    findButtons->addWidget(m_regex);
    findButtons->addStretch();
    findButtons->addWidget(m_close);

    auto *replaceButtons = new QHBoxLayout(m_replaceRow);
    replaceButtons->setContentsMargins(0, 0, 0, 0);
    replaceButtons->setSpacing(6);
    replaceButtons->addWidget(m_replaceOne);
    replaceButtons->addWidget(m_replaceAll);
    replaceButtons->addStretch();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 7, 6, 6);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(5);
    layout->addWidget(m_find, 0, 0);
    layout->addLayout(findButtons, 0, 1);
    layout->addWidget(m_replace, 1, 0);
    layout->addWidget(m_replaceRow, 1, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, [this] { search(false); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (isVisible())
            m_refresh->start();
    });
    connect(m_find, &QLineEdit::textEdited, this, [this] { search(true); });
    for (QToolButton *toggle : {m_matchCase, m_wholeWords, m_regex})
        connect(toggle, &QToolButton::toggled, this, [this] { search(true); });
    connect(m_next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindReplaceBar::dismiss);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);

    retranslate();
    updateStatus();
    m_replace->hide();
    m_replaceRow->hide();
    hide();
}

void FindReplaceBar::open(bool withReplace)
{
    m_replace->setVisible(withReplace);
    m_replaceRow->setVisible(withReplace);
    const QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(m_regex->isChecked() ? QRegularExpression::escape(selected) : selected);
    m_origin = cursor.selectionStart();
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    search(false);
}

void FindReplaceBar::dismiss()
{
    m_refresh->stop();
    hide();
    m_matches.clear();
    m_current = -1;
    m_editor->setFindMatches({}, -1);
    m_editor->setFocus(Qt::OtherFocusReason);
    Q_EMIT dismissed();
}

void FindReplaceBar::setFindText(const QString &text)
{
    m_find->setText(text);
    search(true);
}

QString FindReplaceBar::findText() const
{
    return m_find->text();
}

void FindReplaceBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindReplaceBar::setMatchCase(bool on)
{
    m_matchCase->setChecked(on);
}

void FindReplaceBar::setWholeWords(bool on)
{
    m_wholeWords->setChecked(on);
}

void FindReplaceBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

bool FindReplaceBar::isReplaceShown() const
{
    return m_replaceRow->isVisibleTo(this);
}

QRegularExpression FindReplaceBar::pattern() const
{
    QString expression = m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_wholeWords->isChecked())
        expression = QLatin1String("(?<!\\w)(?:") + expression + QLatin1String(")(?!\\w)");
    // ^ and $ mean start and end of a line, as in every editor's find.
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption
        | QRegularExpression::MultilineOption;
    if (!m_matchCase->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(expression, options);
}

QString FindReplaceBar::replacementFor(const QRegularExpressionMatch &match) const
{
    const QString replacement = m_replace->text();
    if (!m_regex->isChecked())
        return replacement;
    QString result;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != QLatin1Char('\\') || i + 1 == replacement.size()) {
            result.append(c);
            continue;
        }
        const QChar next = replacement.at(++i);
        if (next.isDigit())
            result.append(match.captured(next.digitValue()));
        else if (next == QLatin1Char('n'))
            result.append(QLatin1Char('\n'));
        else if (next == QLatin1Char('t'))
            result.append(QLatin1Char('\t'));
        else
            result.append(next);
    }
    return result;
}

void FindReplaceBar::search(bool select)
{
    m_matches.clear();
    m_current = -1;
    m_invalidPattern = false;
    if (!m_find->text().isEmpty()) {
        const QRegularExpression expression = pattern();
        if (!expression.isValid()) {
            m_invalidPattern = true;
        } else {
            QRegularExpressionMatchIterator it = expression.globalMatch(m_editor->toPlainText());
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                if (match.capturedLength() > 0)
                    m_matches.append({static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength())});
            }
        }
    }
    if (select && !m_matches.isEmpty()) {
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_origin,
                                         [](const CodeEditor::FindMatch &m, int position) { return m.start < position; });
        selectMatch(it == m_matches.cend() ? 0 : static_cast<int>(it - m_matches.cbegin()));
        return;
    }
    if (select) {
        // Nothing found: drop the old selection so the editor does not suggest a stale match.
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(m_origin);
        m_editor->setTextCursor(cursor);
    }
    m_current = matchAtSelection();
    m_editor->setFindMatches(m_matches, m_current);
    updateStatus();
}

int FindReplaceBar::matchAtSelection() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return -1;
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), cursor.selectionStart(),
                                     [](const CodeEditor::FindMatch &m, int position) { return m.start < position; });
    if (it != m_matches.cend() && it->start == cursor.selectionStart() && it->start + it->length == cursor.selectionEnd())
        return static_cast<int>(it - m_matches.cbegin());
    return -1;
}

void FindReplaceBar::selectMatch(int index)
{
    const CodeEditor::FindMatch &match = m_matches.at(index);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(match.start);
    cursor.setPosition(match.start + match.length, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_current = index;
    m_editor->setFindMatches(m_matches, m_current);
    updateStatus();
}

bool FindReplaceBar::findNext()
{
    if (m_refresh->isActive() || m_matches.isEmpty())
        search(false);
    if (m_matches.isEmpty())
        return false;
    const int after = m_editor->textCursor().selectionEnd();
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), after,
                                     [](const CodeEditor::FindMatch &m, int position) { return m.start < position; });
    const int index = it == m_matches.cend() ? 0 : static_cast<int>(it - m_matches.cbegin());
    m_origin = m_matches.at(index).start;
    selectMatch(index);
    return true;
}

bool FindReplaceBar::findPrevious()
{
    if (m_refresh->isActive() || m_matches.isEmpty())
        search(false);
    if (m_matches.isEmpty())
        return false;
    const int before = m_editor->textCursor().selectionStart();
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), before,
                                     [](const CodeEditor::FindMatch &m, int position) { return m.start < position; });
    const int index = it == m_matches.cbegin() ? static_cast<int>(m_matches.size()) - 1
                                               : static_cast<int>(it - m_matches.cbegin()) - 1;
    m_origin = m_matches.at(index).start;
    selectMatch(index);
    return true;
}

bool FindReplaceBar::replaceCurrent()
{
    if (m_editor->isReadOnly())
        return false;
    if (m_refresh->isActive())
        search(false);
    const int index = matchAtSelection();
    if (index < 0)
        return findNext();
    const CodeEditor::FindMatch match = m_matches.at(index);
    const QRegularExpressionMatch regexMatch =
        pattern().match(m_editor->toPlainText(), match.start, QRegularExpression::NormalMatch,
                        QRegularExpression::AnchorAtOffsetMatchOption);
    QTextCursor cursor = m_editor->textCursor();
    cursor.insertText(replacementFor(regexMatch));
    m_editor->setTextCursor(cursor);
    m_refresh->stop();
    m_origin = cursor.position();
    search(true);
    return true;
}

int FindReplaceBar::replaceAll()
{
    if (m_editor->isReadOnly() || m_find->text().isEmpty())
        return 0;
    const QRegularExpression expression = pattern();
    if (!expression.isValid())
        return 0;
    struct Edit
    {
        int start;
        int length;
        QString text;
    };
    QList<Edit> edits;
    QRegularExpressionMatchIterator it = expression.globalMatch(m_editor->toPlainText());
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0)
            edits.append({static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()), replacementFor(match)});
    }
    if (edits.isEmpty())
        return 0;
    // Back to front, so earlier positions stay valid; one edit block makes it one undo step.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (auto edit = edits.crbegin(); edit != edits.crend(); ++edit) {
        cursor.setPosition(edit->start);
        cursor.setPosition(edit->start + edit->length, QTextCursor::KeepAnchor);
        cursor.insertText(edit->text);
    }
    cursor.endEditBlock();
    m_refresh->stop();
    search(false);
    m_status->setText(tr("Replaced %n occurrence(s)", nullptr, static_cast<int>(edits.size())));
    return static_cast<int>(edits.size());
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

void FindReplaceBar::updateStatus()
{
    QString text;
    bool problem = false;
    if (m_invalidPattern) {
        text = tr("Invalid pattern");
        problem = true;
    } else if (!m_find->text().isEmpty() && m_matches.isEmpty()) {
        text = tr("No results");
        problem = true;
    } else if (m_current >= 0) {
        const QLocale locale;
        text = tr("%1 of %2").arg(locale.toString(m_current + 1), locale.toString(qsizetype(m_matches.size())));
    } else if (!m_matches.isEmpty()) {
        text = tr("%Ln match(es)", nullptr, static_cast<int>(m_matches.size()));
    }
    m_status->setText(text);
    QPalette statusPalette = palette();
    if (problem)
        statusPalette.setColor(QPalette::WindowText, EditorColors::fromPalette(m_editor->palette()).error);
    m_status->setPalette(statusPalette);
    m_status->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
    const bool any = !m_matches.isEmpty();
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
    m_replaceOne->setEnabled(any && !m_editor->isReadOnly());
    m_replaceAll->setEnabled(any && !m_editor->isReadOnly());
}

void FindReplaceBar::retranslate()
{
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_matchCase->setToolTip(tr("Match case"));
    m_wholeWords->setToolTip(tr("Whole words only"));
    m_regex->setToolTip(tr("Regular expression (replacements may use \\1 … \\9)"));
    m_close->setToolTip(tr("Close (Esc)"));
    m_replaceOne->setText(tr("Replace"));
    m_replaceAll->setText(tr("Replace All"));
    m_find->setAccessibleName(tr("Find"));
    // The arrows are icons (or a glyph without them); a screen reader needs words.
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setAccessibleName(tr("Next match"));
    m_replace->setAccessibleName(tr("Replace with"));
}

void FindReplaceBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateStatus();
    } else if (event->type() == QEvent::PaletteChange) {
        updateStatus();
    }
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        switch (key->key()) {
        case Qt::Key_Escape:
            dismiss();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (watched == m_replace)
                replaceCurrent();
            else if (shift)
                findPrevious();
            else
                findNext();
            return true;
        case Qt::Key_F3:
            if (shift)
                findPrevious();
            else
                findNext();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void FindReplaceBar::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // A hairline on top separates the bar from the text without a heavy frame.
    QPainter painter(this);
    painter.setPen(EditorColors::fromPalette(palette()).gutterSeparator);
    painter.drawLine(0, 0, width(), 0);
}

} // namespace Lagoon
