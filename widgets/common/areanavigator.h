// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QStackedWidget;
class QWidget;

namespace Lagoon {

/**
 * Moves the keyboard focus between a main window's areas: the editor (the central stack's
 * current page, or the current tab of that page) and four docks. Owns the "Go To" menu with
 * Alt+0…Alt+4 for each area and F6/Shift+F6 for the next and previous one, gives the docks' View
 * toggles Ctrl+Alt+1…4, and the docks' toolbar buttons Alt+Shift keys.
 */
class AreaNavigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaNavigator)

public:
    /** The areas, in the order of their Alt+number and of F6. */
    enum class Area
    {
        Editor,
        Problems,
        LocalStack,
        Deployments,
        Rollouts,
    };
    /** The docks of Problems, Local Stack, Deployments and Rollouts, in that order. */
    using Docks = std::array<QDockWidget *, 4>;

    /** The actions are the window's, so their keys work anywhere in it. */
    AreaNavigator(QMainWindow *window, QStackedWidget *editor, const Docks &docks);

    /** "Go To": one entry per area, then Next and Previous Area. */
    QMenu *menu() const { return m_menu; }
    /** Adds the docks' show/hide toggles and, after a separator, "Go To" to a (View) menu. */
    void addTo(QMenu *menu) const;
    /** Shows the area (raising its dock) and gives the focus to its first control. */
    void focusArea(Area area);
    /** The area that has the keyboard focus, or -1. */
    int focusedArea() const;
    void retranslate();

private:
    void assignDockToolBarShortcuts();
    /** Moves the focus to the next (+1) or previous (-1) area the user has not closed. */
    void cycleFocus(int step);
    QWidget *areaWidget(Area area) const;
    QDockWidget *areaDock(Area area) const;

    QMainWindow *m_window;
    QStackedWidget *m_editor;
    Docks m_docks;
    QMenu *m_menu;
    QList<QAction *> m_areaActions;
    QAction *m_nextAction;
    QAction *m_previousAction;
};

} // namespace Lagoon
