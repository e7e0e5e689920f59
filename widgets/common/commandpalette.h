// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QFrame>
#include <QList>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace Lagoon {

/**
 * A searchable list of every action of a window, opened over it (Ctrl+Shift+P in the main window):
 * the actions of its menu bar, recursively, plus actions that live elsewhere (docks' toolbars)
 * given by a provider. Each shows its text, where it is ("Lagoon ▸ Deploy…") and its shortcut;
 * typing filters by words, Enter or a click runs the current one. Disabled actions are listed,
 * greyed, with the reason when the action has one, and do not run.
 */
class CommandPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    /** An action outside the menus, and what it is part of ("Local Stack"). */
    struct Extra
    {
        QString place;
        QAction *action = nullptr;
    };
    using ExtraProvider = std::function<QList<Extra>()>;

    /** `window` is the widget whose menu bar is listed and over which the palette opens. */
    explicit CommandPalette(QWidget *window);

    /**
     * Opens the palette: Ctrl+Shift+P, and F1. It belongs to the window, so the keys work
     * anywhere in it; add it to a menu to show it there.
     */
    QAction *openAction() const { return m_openAction; }
    void setExtraActions(ExtraProvider provider);
    /**
     * The actions of the toolbars shown in each of `places` (docks), under the place's window
     * title: what a provider gives for the docks' buttons as they are now.
     */
    static QList<Extra> toolBarActions(const QList<QWidget *> &places);

    /** Collects the actions again, clears the filter, shows the palette and focuses its field. */
    void popup();
    /** Hides the palette and gives the focus back to where it was. */
    void dismiss();

    /** The actions listed with an empty filter, in their order. */
    QList<QAction *> actions() const;
    /** The actions the filter shows, best match first. */
    QList<QAction *> visibleActions() const;
    /** Runs the current entry; false when there is none or it is disabled. */
    bool runCurrent();

    /** The action's text as a user reads it: no '&' mnemonics, no tab-separated shortcut. */
    static QString plainText(const QAction *action);
    /** How well `text` matches `query` (lower is better); -1 when it does not match. */
    static int matchRank(const QString &query, const QString &text, const QString &place);

Q_SIGNALS:
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        QPointer<QAction> action;
        QString text;
        QString place;
    };

    void collect();
    void collectMenu(QMenu *menu, const QString &place);
    void addEntry(QAction *action, const QString &text, const QString &place);
    void applyFilter();
    void updateReason();
    void place();
    void retranslate();
    QAction *actionOf(const QTreeWidgetItem *item) const;

    QWidget *m_window;
    QAction *m_openAction = nullptr;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QLabel *m_reason;
    ExtraProvider m_extras;
    QList<Entry> m_entries;
    QPointer<QWidget> m_returnFocus;
};

} // namespace Lagoon
