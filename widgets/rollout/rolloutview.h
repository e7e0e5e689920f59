// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

#include "core/rollout/rolloutlogline.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Lagoon {

class BadgeLabel;
class Rollout;
class RolloutStepsModel;

/**
 * Watches one rollout, local or remote: a header with its title, state and time, the steps
 * with their state and timings, and the log of the selected step. Until the user picks a step
 * the view keeps the running one selected (and a failed one once it failed), so a person who
 * just watches always sees what is happening now.
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
    /** The selected step's index, or -1. */
    int selectedStep() const;
    void selectStep(int index);
    QString logText() const;
    /** The header's state badge text ("Running", "Failed"), for tests. */
    QString stateText() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    void onStepChanged(int index);
    void onLogAppended(int index, int first, int count);
    void showLog(int index);
    void appendLog(const QList<RolloutLogLine> &lines);
    void followCurrent();

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
    QPlainTextEdit *m_log;
    QTimer *m_clock;
    int m_shownStep = -1;
    /** False once the user picked a step: then the selection stays where they put it. */
    bool m_follow = true;
    bool m_selecting = false;
};

} // namespace Lagoon
