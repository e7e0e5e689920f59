// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/commandpalette.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QGraphicsDropShadowEffect>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace Lagoon {

namespace {

constexpr int ActionRole = Qt::UserRole + 1;
constexpr int MaxWidth = 640;
constexpr int MaxHeight = 420;

// Whether the letters of `needle` appear in `hay` in order (not necessarily together).
bool isSubsequence(const QString &needle, const QString &hay)
{
    qsizetype at = 0;
    for (const QChar c : needle) {
        at = hay.indexOf(c, at, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

bool anyWordStartsWith(const QStringList &words, const QString &prefix)
{
    return std::any_of(words.cbegin(), words.cend(),
                       [&prefix](const QString &word) { return word.startsWith(prefix, Qt::CaseInsensitive); });
}

const QString Separator = QStringLiteral(" \u25B8 ");

} // namespace

CommandPalette::CommandPalette(QWidget *window)
    : QFrame(window)
    , m_window(window)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_reason(new QLabel(this))
{
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("search")), QString(), m_window);
    m_openAction->setObjectName(QStringLiteral("actionCommandPalette"));
    // Ctrl+Shift+P as in the editors people know; F1 too, since there is no help to open.
    m_openAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QKeySequence(Qt::Key_F1)});
    connect(m_openAction, &QAction::triggered, this, &CommandPalette::popup);
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    // A shadow lifts it off a window of the same colour, as menus are.
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 140));
    setGraphicsEffect(shadow);
    m_filter->setObjectName(QStringLiteral("commandPaletteFilter"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setFocusPolicy(Qt::NoFocus); // The field keeps the focus; arrows are passed on to the list.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->hide();
    m_reason->setObjectName(QStringLiteral("commandPaletteReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_reason);

    m_filter->installEventFilter(this);
    m_window->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current, QTreeWidgetItem *previous) {
        // Greyed text on the selection's colour is unreadable (grey on yellow in high contrast):
        // the current row takes the selection's text colour, the reason line says it is off.
        const QColor disabledText = palette().color(QPalette::Disabled, QPalette::Text);
        if (QAction *action = actionOf(previous); action && !action->isEnabled()) {
            previous->setForeground(0, disabledText);
            previous->setForeground(1, disabledText);
        }
        if (current) {
            current->setData(0, Qt::ForegroundRole, QVariant());
            current->setData(1, Qt::ForegroundRole, QVariant());
        }
        updateReason();
    });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_list->setCurrentItem(item);
        runCurrent();
    });
    // Clicking elsewhere in the window is leaving the palette, as with any popup.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && now != this && !isAncestorOf(now))
            hide();
    });
    retranslate();
    hide();
}

void CommandPalette::setExtraActions(ExtraProvider provider)
{
    m_extras = std::move(provider);
}

QList<CommandPalette::Extra> CommandPalette::toolBarActions(const QList<QWidget *> &places)
{
    QList<Extra> extras;
    for (QWidget *place : places) {
        const QList<QToolBar *> bars = place->findChildren<QToolBar *>();
        for (QToolBar *bar : bars) {
            if (!bar->isVisibleTo(place))
                continue;
            const QList<QAction *> actions = bar->actions();
            for (QAction *action : actions) {
                if (!action->isSeparator() && !qobject_cast<QWidgetAction *>(action))
                    extras.append({place->windowTitle(), action});
            }
        }
    }
    return extras;
}

void CommandPalette::retranslate()
{
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_filter->setAccessibleName(tr("Command"));
    m_filter->setAccessibleDescription(tr("Type words of a command; Up and Down choose, Enter runs, Escape closes"));
    m_list->setAccessibleName(tr("Commands"));
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    setAccessibleName(tr("Command Palette"));
    m_openAction->setText(tr("Command &Palette…"));
    m_openAction->setStatusTip(tr("Find any command by name and run it"));
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

QString CommandPalette::plainText(const QAction *action)
{
    QString text = action->text();
    text = text.section(QLatin1Char('\t'), 0, 0);
    // "&&" is a literal ampersand; a single '&' marks the mnemonic.
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                ++i;
            else
                continue;
        }
        plain.append(text.at(i));
    }
    return plain.trimmed();
}

int CommandPalette::matchRank(const QString &query, const QString &text, const QString &place)
{
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return 0;
    const QStringList textWords = text.split(QRegularExpression(QStringLiteral("[\\s\\-_/.…]+")), Qt::SkipEmptyParts);
    const QString all = place + QLatin1Char(' ') + text;
    const QStringList allWords = all.split(QRegularExpression(QStringLiteral("[\\s\\-_/.…▸]+")), Qt::SkipEmptyParts);
    if (text.startsWith(query.trimmed(), Qt::CaseInsensitive))
        return 0;
    if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return anyWordStartsWith(textWords, w); }))
        return 1;
    if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return anyWordStartsWith(allWords, w); }))
        return 2;
    if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return text.contains(w, Qt::CaseInsensitive); }))
        return 3;
    if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return isSubsequence(w, all); }))
        return 4;
    return -1;
}

void CommandPalette::addEntry(QAction *action, const QString &text, const QString &where)
{
    if (!action || action->isSeparator() || action->menu() || !action->isVisible() || text.isEmpty())
        return;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.action == action)
            return; // An action in two menus is one command; the first place names it.
    }
    m_entries.append({action, text, where});
}

void CommandPalette::collectMenu(QMenu *menu, const QString &where)
{
    const QString title = plainText(menu->menuAction());
    const QString here = where.isEmpty() ? title : where + Separator + title;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (QMenu *sub = action->menu())
            collectMenu(sub, here);
        else
            addEntry(action, plainText(action), here);
    }
}

void CommandPalette::collect()
{
    m_entries.clear();
    if (auto *bar = m_window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        const QList<QAction *> top = bar->actions();
        for (QAction *action : top) {
            if (QMenu *menu = action->menu())
                collectMenu(menu, QString());
            else
                addEntry(action, plainText(action), QString());
        }
    }
    if (m_extras) {
        const QList<Extra> extras = m_extras();
        for (const Extra &extra : extras) {
            if (extra.action)
                addEntry(extra.action, plainText(extra.action), extra.place);
        }
    }
}

QList<QAction *> CommandPalette::actions() const
{
    QList<QAction *> result;
    for (const Entry &entry : m_entries)
        result.append(entry.action);
    return result;
}

QList<QAction *> CommandPalette::visibleActions() const
{
    QList<QAction *> result;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        result.append(actionOf(m_list->topLevelItem(i)));
    return result;
}

QAction *CommandPalette::actionOf(const QTreeWidgetItem *item) const
{
    if (!item)
        return nullptr;
    const int index = item->data(0, ActionRole).toInt();
    return index >= 0 && index < m_entries.size() ? m_entries.at(index).action.data() : nullptr;
}

void CommandPalette::applyFilter()
{
    const QString query = m_filter->text().simplified();
    struct Match
    {
        int rank;
        int index;
    };
    QList<Match> matches;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (!entry.action)
            continue;
        const int rank = matchRank(query, entry.text, entry.place);
        if (rank >= 0)
            matches.append({rank, i});
    }
    // Best kind of match first; among equals, the shorter text is the closer one ("Deploy…" before
    // "Deployments"), then the menus' own order.
    std::stable_sort(matches.begin(), matches.end(), [this, &query](const Match &a, const Match &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (!query.isEmpty() && m_entries.at(a.index).text.size() != m_entries.at(b.index).text.size())
            return m_entries.at(a.index).text.size() < m_entries.at(b.index).text.size();
        return a.index < b.index;
    });

    m_list->clear();
    const QColor disabledText = palette().color(QPalette::Disabled, QPalette::Text);
    for (const Match &match : std::as_const(matches)) {
        const Entry &entry = m_entries.at(match.index);
        QAction *action = entry.action;
        const QString path = entry.place.isEmpty() ? entry.text : entry.place + Separator + entry.text;
        auto *item = new QTreeWidgetItem(m_list, {path, action->shortcut().toString(QKeySequence::NativeText)});
        item->setData(0, ActionRole, match.index);
        item->setIcon(0, action->icon());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (action->isCheckable())
            item->setCheckState(0, action->isChecked() ? Qt::Checked : Qt::Unchecked);
        QString accessible = path;
        if (action->isCheckable())
            accessible += action->isChecked() ? tr(", on") : tr(", off");
        if (!action->isEnabled()) {
            // Still listed, so the user learns the command exists and why it cannot run now.
            item->setForeground(0, disabledText);
            item->setForeground(1, disabledText);
            accessible += tr(", unavailable");
        }
        item->setData(0, Qt::AccessibleTextRole, accessible);
        if (!action->toolTip().isEmpty() && action->toolTip() != entry.text)
            item->setToolTip(0, action->toolTip());
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    updateReason();
    if (matches.isEmpty()) {
        m_reason->setText(tr("No command matches “%1”.").arg(query));
        m_reason->show();
    }
}

void CommandPalette::updateReason()
{
    QAction *action = actionOf(m_list->currentItem());
    if (!action || action->isEnabled()) {
        m_reason->hide();
        return;
    }
    QString why = action->statusTip();
    if (why.isEmpty() && action->toolTip() != plainText(action))
        why = action->toolTip();
    m_reason->setText(why.isEmpty() ? tr("Not available now.") : tr("Not available now: %1").arg(why));
    m_reason->show();
}

void CommandPalette::place()
{
    const int width = std::min(MaxWidth, m_window->width() - 40);
    const int height = std::min(MaxHeight, m_window->height() - 80);
    // Near the top, where the eye is after pressing a shortcut, as editors place theirs.
    setGeometry((m_window->width() - width) / 2, 40, std::max(width, 200), std::max(height, 150));
}

void CommandPalette::popup()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus != m_filter && !isAncestorOf(focus))
        m_returnFocus = focus;
    collect();
    m_filter->clear();
    applyFilter();
    m_list->resizeColumnToContents(1);
    place();
    show();
    raise();
    m_filter->setFocus(Qt::ShortcutFocusReason);
}

void CommandPalette::dismiss()
{
    hide();
    if (m_returnFocus)
        m_returnFocus->setFocus(Qt::PopupFocusReason);
    else
        m_window->setFocus(Qt::PopupFocusReason);
    Q_EMIT dismissed();
}

bool CommandPalette::runCurrent()
{
    QAction *action = actionOf(m_list->currentItem());
    if (!action)
        return false;
    if (!action->isEnabled()) {
        updateReason();
        return false;
    }
    // The palette goes first, so the action finds the focus where the user left it (Save acts
    // on the current editor, a dialog gets the window as its parent with nothing over it).
    dismiss();
    action->trigger();
    return true;
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && isVisible()) {
        place();
    } else if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Escape:
            dismiss();
            return true;
        default:
            break;
        }
    } else if (watched == m_filter && event->type() == QEvent::ShortcutOverride) {
        // Escape and Enter belong to the palette while it is open, not to the window's shortcuts.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Lagoon
