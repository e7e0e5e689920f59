// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/areanavigator.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStackedWidget>
#include <QTabWidget>

namespace Lagoon {

namespace {
constexpr int AreaCount = int(AreaNavigator::Area::Rollouts) + 1;
} // namespace

AreaNavigator::AreaNavigator(QMainWindow *window, QStackedWidget *editor, const Docks &docks)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
    , m_docks(docks)
    , m_menu(new QMenu(window))
    , m_nextAction(new QAction(window))
    , m_previousAction(new QAction(window))
{
    // Alt+0…Alt+4 go to an area, Ctrl+Alt+1…4 show or hide a dock: the numbers match.
    constexpr std::array keys{Qt::Key_0, Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    m_menu->setObjectName(QStringLiteral("menuGoTo"));
    for (int i = 0; i < AreaCount; ++i) {
        auto *action = new QAction(window);
        action->setObjectName(QStringLiteral("actionFocusArea%1").arg(i));
        action->setShortcut(QKeySequence(Qt::ALT | keys.at(i)));
        connect(action, &QAction::triggered, this, [this, i] { focusArea(Area(i)); });
        m_areaActions.append(action);
        m_menu->addAction(action);
    }
    m_menu->addSeparator();
    m_nextAction->setObjectName(QStringLiteral("actionNextArea"));
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_nextAction, &QAction::triggered, this, [this] { cycleFocus(1); });
    m_previousAction->setObjectName(QStringLiteral("actionPreviousArea"));
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(m_previousAction, &QAction::triggered, this, [this] { cycleFocus(-1); });
    m_menu->addAction(m_nextAction);
    m_menu->addAction(m_previousAction);

    for (int i = 0; i < int(m_docks.size()); ++i)
        m_docks.at(i)->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | keys.at(i + 1)));
    assignDockToolBarShortcuts();
    retranslate();
}

void AreaNavigator::addTo(QMenu *menu) const
{
    for (QDockWidget *dock : m_docks)
        menu->addAction(dock->toggleViewAction());
    menu->addSeparator();
    menu->addMenu(m_menu);
}

void AreaNavigator::assignDockToolBarShortcuts()
{
    // The docks' toolbar buttons work by key while their dock is shown (Qt ignores shortcuts of
    // hidden toolbars); Alt+Shift keeps them clear of the editor's Ctrl and Ctrl+Shift keys.
    const std::initializer_list<std::pair<const char *, Qt::Key>> keys{
        {"stackRunLocally", Qt::Key_R}, {"stackUp", Qt::Key_U},      {"stackDown", Qt::Key_D},
        {"stackRestart", Qt::Key_T},    {"stackRebuild", Qt::Key_B}, {"stackCancel", Qt::Key_C},
        {"lagoonDeployLatest", Qt::Key_L}, {"lagoonCancelDeployment", Qt::Key_X},
        {"lagoonWatchRollout", Qt::Key_W},
    };
    for (const auto &[name, key] : keys) {
        const QList<QAction *> found = m_window->findChildren<QAction *>(QLatin1String(name));
        for (QAction *action : found)
            action->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | key));
    }
}

void AreaNavigator::retranslate()
{
    m_menu->setTitle(tr("&Go To"));
    const QStringList areas{tr("&Editor"), tr("&Problems"), tr("&Local Stack"), tr("&Deployments"), tr("&Rollouts")};
    for (int i = 0; i < m_areaActions.size(); ++i)
        m_areaActions.at(i)->setText(areas.value(i));
    m_nextAction->setText(tr("&Next Area"));
    m_previousAction->setText(tr("Pre&vious Area"));
}

QDockWidget *AreaNavigator::areaDock(Area area) const
{
    return area == Area::Editor ? nullptr : m_docks.at(int(area) - 1);
}

QWidget *AreaNavigator::areaWidget(Area area) const
{
    if (QDockWidget *dock = areaDock(area))
        return dock->widget();
    // The editor's tabs, when a project is open: the current one is the area.
    QWidget *page = m_editor->currentWidget();
    if (auto *tabs = qobject_cast<QTabWidget *>(page))
        return tabs->currentWidget();
    return page;
}

int AreaNavigator::focusedArea() const
{
    QWidget *focus = QApplication::focusWidget();
    for (int i = 0; focus && i < AreaCount; ++i) {
        QWidget *area = i == int(Area::Editor) ? static_cast<QWidget *>(m_editor) : areaDock(Area(i));
        if (area == focus || area->isAncestorOf(focus))
            return i;
    }
    return -1;
}

void AreaNavigator::focusArea(Area area)
{
    if (QDockWidget *dock = areaDock(area)) {
        dock->show();
        dock->raise();
    }
    QWidget *widget = areaWidget(area);
    if (!widget)
        return;
    // The area's first control that takes Tab, in focus-chain order, as Tab itself would reach it.
    QWidget *target = nullptr;
    if (widget->isVisibleTo(m_window) && (widget->focusPolicy() & Qt::TabFocus))
        target = widget;
    for (QWidget *w = widget->nextInFocusChain(); !target && w && w != widget; w = w->nextInFocusChain()) {
        if (widget->isAncestorOf(w) && w->isVisibleTo(m_window) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            target = w;
    }
    (target ? target : widget)->setFocus(Qt::ShortcutFocusReason);
}

void AreaNavigator::cycleFocus(int step)
{
    const int current = focusedArea();
    int next = current < 0 ? (step > 0 ? 0 : AreaCount - 1) : current;
    for (int tries = 0; tries < AreaCount; ++tries) {
        if (current >= 0 || tries > 0)
            next = (next + step + AreaCount) % AreaCount;
        QDockWidget *dock = areaDock(Area(next));
        // Docks the user closed stay closed; tabbed-away ones come forward.
        if (!dock || dock->toggleViewAction()->isChecked()) {
            focusArea(Area(next));
            return;
        }
    }
}

} // namespace Lagoon
