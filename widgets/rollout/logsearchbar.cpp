// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/rollout/logsearchbar.h"

#include <algorithm>

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QTimer>
#include <QToolButton>

#include "widgets/editor/editorcolors.h"
#include "widgets/rollout/logview.h"

namespace Lagoon {

namespace {

constexpr int DebounceMs = 150;
/** Lines per slice: a few milliseconds of work, so typing and scrolling stay fluid meanwhile. */
constexpr qsizetype SliceLines = 40000;
/** More matches than anyone steps through; the count says "more than". */
constexpr qsizetype MatchLimit = 1'000'000;

QToolButton *makeButton(QWidget *parent, const QString &objectName, const QString &icon, const QString &fallback)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    const QIcon themed = icon.isEmpty() ? QIcon() : QIcon::fromTheme(icon);
    if (themed.isNull())
        button->setText(fallback);
    else
        button->setIcon(themed);
    return button;
}

bool before(const LogStore::Match &m, qsizetype line)
{
    return m.line < line;
}

} // namespace

LogSearchBar::LogSearchBar(LogView *view, QWidget *parent)
    : QFrame(parent), m_view(view), m_find(new QLineEdit(this)), m_status(new QLabel(this)),
      m_previous(makeButton(this, QStringLiteral("logFindPrevious"), QStringLiteral("go-up"), QStringLiteral("↑"))),
      m_next(makeButton(this, QStringLiteral("logFindNext"), QStringLiteral("go-down"), QStringLiteral("↓"))),
      m_matchCase(makeButton(this, QStringLiteral("logFindMatchCase"), QString(), QStringLiteral("Aa")))
      // Breeze's close icons are red; a plain cross keeps the bar calm (as in the editor's bar).
      ,
      m_close(makeButton(this, QStringLiteral("logFindClose"), QString(), QStringLiteral("✕"))),
      m_debounce(new QTimer(this)), m_scan(new QTimer(this))
{
    setObjectName(QStringLiteral("logSearchBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_find->setObjectName(QStringLiteral("logFindText"));
    m_find->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("logFindStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setMinimumWidth(QFontMetrics(m_status->font()).horizontalAdvance(QStringLiteral("000,000 of 000,000")));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_matchCase->setCheckable(true);
    m_matchCase->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 5, 6, 4);
    layout->setSpacing(2);
    layout->addWidget(m_find, 3);
    layout->addSpacing(6);
    layout->addWidget(m_status);
    layout->addSpacing(4);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addSpacing(8);
    layout->addWidget(m_matchCase);
    layout->addStretch(1);
    layout->addWidget(m_close);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &LogSearchBar::restart);
    m_scan->setInterval(0);
    connect(m_scan, &QTimer::timeout, this, &LogSearchBar::scanSlice);
    connect(m_find, &QLineEdit::textEdited, this, [this] { m_debounce->start(); });
    connect(m_matchCase, &QToolButton::toggled, this, &LogSearchBar::restart);
    connect(m_next, &QToolButton::clicked, this, &LogSearchBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &LogSearchBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &LogSearchBar::dismiss);
    connect(m_view, &LogView::linesAdded, this, [this] {
        if (!m_needle.isEmpty() && !m_scan->isActive())
            m_scan->start();
    });
    connect(m_view, &LogView::storeReset, this, [this] {
        if (isVisible())
            restart();
    });
    m_find->installEventFilter(this);
    retranslate();
    updateStatus();
    hide();
}

LogSearchBar::~LogSearchBar() = default;

void LogSearchBar::open()
{
    m_origin =
        std::max<qsizetype>(0, m_view->selectionStart() >= 0 ? m_view->selectionStart() : m_view->firstVisibleLine());
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    restart();
}

void LogSearchBar::dismiss()
{
    m_debounce->stop();
    m_scan->stop();
    hide();
    m_view->setSearchHighlight({}, m_cs);
    m_view->setCurrentMatch({});
    m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT dismissed();
}

void LogSearchBar::setFindText(const QString &text)
{
    m_find->setText(text);
    restart();
}

QString LogSearchBar::findText() const
{
    return m_find->text();
}

void LogSearchBar::setMatchCase(bool on)
{
    m_matchCase->setChecked(on);
}

bool LogSearchBar::isSearching() const
{
    return m_scan->isActive() || m_debounce->isActive();
}

void LogSearchBar::restart()
{
    m_debounce->stop();
    m_needle = m_find->text();
    m_cs = m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    m_matches.clear();
    m_scanned = 0;
    m_current = -1;
    m_truncated = false;
    m_view->setSearchHighlight(m_needle, m_cs);
    m_view->setCurrentMatch({});
    if (m_needle.isEmpty())
        m_scan->stop();
    else
        m_scan->start();
    updateStatus();
}

void LogSearchBar::scanSlice()
{
    const LogStore *store = m_view->store();
    const qsizetype lines = store ? store->lineCount() : 0;
    if (m_needle.isEmpty() || m_scanned >= lines || m_truncated) {
        m_scan->stop();
        updateStatus();
        return;
    }
    const qsizetype count = std::min(SliceLines, lines - m_scanned);
    const qsizetype room = MatchLimit - qsizetype(m_matches.size());
    std::vector<LogStore::Match> found = store->findAll(m_needle, m_cs, m_scanned, count, room + 1);
    if (qsizetype(found.size()) > room) {
        found.resize(size_t(room));
        m_truncated = true;
    }
    m_matches.insert(m_matches.end(), found.begin(), found.end());
    m_scanned += count;
    // The first match at or after where the search began becomes current as soon as it is found.
    if (m_current < 0 && !m_matches.empty()) {
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_origin, before);
        if (it != m_matches.cend())
            select(it - m_matches.cbegin());
        else if (m_scanned >= lines)
            select(0);
    }
    const bool done = m_scanned >= lines || m_truncated;
    if (done)
        m_scan->stop();
    updateStatus();
    if (done)
        Q_EMIT searchFinished();
}

void LogSearchBar::finishSearch()
{
    if (m_debounce->isActive())
        restart();
    while (m_scan->isActive())
        scanSlice();
}

void LogSearchBar::select(qsizetype index)
{
    m_current = index;
    m_view->setCurrentMatch(m_matches.at(size_t(index)));
    updateStatus();
}

bool LogSearchBar::findNext()
{
    // Right after typing, the first Enter goes to the match the search lands on, not past it.
    const bool fresh = m_debounce->isActive() || m_current < 0;
    finishSearch();
    if (m_matches.empty())
        return false;
    if (fresh && m_current >= 0)
        select(m_current);
    else
        select(m_current < 0 ? 0 : (m_current + 1) % qsizetype(m_matches.size()));
    return true;
}

bool LogSearchBar::findPrevious()
{
    finishSearch();
    if (m_matches.empty())
        return false;
    select(m_current <= 0 ? qsizetype(m_matches.size()) - 1 : m_current - 1);
    return true;
}

QString LogSearchBar::statusText() const
{
    return m_status->text();
}

void LogSearchBar::updateStatus()
{
    const QLocale locale;
    const QString total = m_truncated ? tr("more than %1").arg(locale.toString(qsizetype(m_matches.size())))
                                      : locale.toString(qsizetype(m_matches.size()));
    QString text;
    bool problem = false;
    if (m_needle.isEmpty()) {
        text.clear();
    } else if (m_scan->isActive() && m_matches.empty()) {
        text = tr("Searching…");
    } else if (m_matches.empty()) {
        text = tr("No results");
        problem = true;
    } else if (m_current >= 0) {
        text = tr("%1 of %2").arg(locale.toString(m_current + 1), total);
    } else {
        text = tr("%1 matches").arg(total);
    }
    if (m_scan->isActive() && !m_matches.empty())
        text += QStringLiteral("…");
    m_status->setText(text);
    QPalette statusPalette = palette();
    if (problem)
        statusPalette.setColor(QPalette::WindowText, EditorColors::fromPalette(m_view->palette()).error);
    m_status->setPalette(statusPalette);
    m_status->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
    m_previous->setEnabled(!m_matches.empty());
    m_next->setEnabled(!m_matches.empty());
}

void LogSearchBar::retranslate()
{
    m_find->setPlaceholderText(tr("Find in the log"));
    m_find->setAccessibleName(tr("Find in the log"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_matchCase->setToolTip(tr("Match case"));
    m_close->setToolTip(tr("Close (Esc)"));
    // Icon-only buttons: screen readers need a name, not just a tooltip.
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setAccessibleName(tr("Next match"));
    m_matchCase->setAccessibleName(tr("Match case"));
    m_close->setAccessibleName(tr("Close search"));
}

void LogSearchBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateStatus();
    } else if (event->type() == QEvent::PaletteChange) {
        updateStatus();
    }
}

bool LogSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        switch (key->key()) {
        case Qt::Key_Escape:
            dismiss();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
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

void LogSearchBar::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // A hairline on top separates the bar from the log, as the editor's find bar does.
    QPainter painter(this);
    painter.setPen(EditorColors::fromPalette(palette()).gutterSeparator);
    painter.drawLine(0, 0, width(), 0);
}

} // namespace Lagoon
