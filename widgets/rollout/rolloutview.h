// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolBar;
class QTreeView;

namespace Lagoon {

class BadgeLabel;
class LogSearchBar;
class LogView;
class Rollout;
class RolloutStepsModel;

/**
 * Watches one rollout, local or remote: a header with its title, state, where it runs and its
 * time; the steps with their state and timings against earlier builds; and the whole rollout's
 * log, one foldable section per step, with search, follow, copy and save.
 *
 * Until the user picks a step the view keeps the running one selected (and the step that failed
 * once it failed, the log jumped to why), so a person who just watches always sees what is
 * happening now. Picking a step jumps the log to it: to its start, or to how it ended when it
 * failed or warned.
 */
class RolloutView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutView)

public:
    explicit RolloutView(QWidget *parent = nullptr);
    ~RolloutView() override;

    /** Shows `rollout` (not owned; may be null for the empty state). */
    void setRollout(Rollout *rollout);
    Rollout *rollout() const;

    /** Whether the Cancel button is offered (the producer can cancel). */
    void setCancellable(bool cancellable);

    RolloutStepsModel *stepsModel() const { return m_model; }
    QTreeView *stepsView() const { return m_steps; }
    LogView *logView() const { return m_log; }
    LogSearchBar *searchBar() const { return m_search; }
    /** The selected step's index, or -1. */
    int selectedStep() const;
    void selectStep(int index);
    /** The whole log as plain text, for tests. */
    QString logText() const;
    /** The line a step's log starts at, or where it ended when it failed or warned; -1 before it logged. */
    qsizetype jumpLineOf(int step) const;
    /** The header's state badge text ("Running", "Failed"), for tests. */
    QString stateText() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    void updateSections();
    void updateLogTitle();
    void onStepChanged(int index);
    void onLogAppended();
    void followCurrent();
    void jumpToStep(int index);
    void saveLog();

    QPointer<Rollout> m_rollout;
    RolloutStepsModel *m_model;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QLabel *m_title;
    BadgeLabel *m_state;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_cancel;
    QTreeView *m_steps;
    QLabel *m_logTitle;
    QToolBar *m_toolBar;
    QAction *m_followAction;
    QAction *m_foldAction;
    QAction *m_unfoldAction;
    QAction *m_copyAction;
    QAction *m_saveAction;
    QAction *m_findAction;
    LogView *m_log;
    LogSearchBar *m_search;
    QTimer *m_clock;
    /** Sections change with every appended line of the running step: refresh them at most ~30 times a second. */
    QTimer *m_sectionTimer;
    /** False once the user picked a step: then the selection stays where they put it. */
    bool m_follow = true;
    bool m_selecting = false;
};

} // namespace Lagoon
