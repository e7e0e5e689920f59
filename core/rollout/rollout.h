// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>

#include "core/rollout/rolloutrecord.h"

namespace Lagoon {

/**
 * One rollout as it happens, observable: a local "run like Lagoon" (LocalRollout) or, later, a
 * remote Lagoon deployment fed from the API — one model, so views and the CLI show both alike.
 *
 * A producer drives it (start, addStep, startStep, appendLog, finishStep, finish) and views follow
 * its signals. Steps may be added at any time (a remote build names its steps as it reaches them);
 * they are never removed or reordered, so an index stays valid. Every mutator takes an optional
 * time, for producers that know when something happened (a build log's timestamps); invalid means
 * now. Calls that make no sense (finishing a step twice, adding or starting steps after finish())
 * are ignored, so a late event from a producer cannot rewrite history; log lines may still trail
 * in after the end (a remote build's log arrives after its status). Lives in one thread.
 */
class Rollout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Rollout)

public:
    Rollout(const QString &id, const QString &title, QObject *parent = nullptr);
    ~Rollout() override;

    QString id() const { return m_record.id; }
    QString title() const { return m_record.title; }
    void setTitle(const QString &title);
    RolloutState state() const { return m_record.state; }
    bool isFinished() const { return m_record.isFinished(); }
    QDateTime startedAt() const { return m_record.startedAt; }
    QDateTime finishedAt() const { return m_record.finishedAt; }
    QString message() const { return m_record.message; }

    const QList<RolloutStep> &steps() const { return m_record.steps; }
    int stepCount() const { return static_cast<int>(m_record.steps.size()); }
    /** `index` must be in range. */
    const RolloutStep &step(int index) const { return m_record.steps.at(index); }
    int indexOf(const QString &stepId) const { return m_record.indexOf(stepId); }
    /** The step running now (the last one started), or -1. */
    int currentStep() const;

    /** A copy of everything, e.g. to keep it after the rollout ended. */
    const RolloutRecord &record() const { return m_record; }

    /** Pending → Running. */
    void start(const QDateTime &at = {});
    /** Appends a step (normally Pending); returns its index. A duplicate id is refused (-1). */
    int addStep(const RolloutStep &step);
    /** Pending → Running. */
    void startStep(int index, const QDateTime &at = {});
    void appendLog(int index, const QList<RolloutLogLine> &lines);
    /** One line stamped now. */
    void appendLog(int index, RolloutLogLine::Stream stream, const QString &text);
    void setStepWarnings(int index, bool hasWarnings);
    /** Ends a Pending or Running step in a final state (Pending → Skipped, for instance). */
    void finishStep(int index, RolloutStepState state, const QString &message = {}, const QDateTime &at = {});
    /**
     * Ends the rollout (state must be final). A step still running ends Failed or Cancelled with
     * the rollout; steps still pending end Skipped.
     */
    void finish(RolloutState state, const QString &message = {}, const QDateTime &at = {});

Q_SIGNALS:
    void started();
    void titleChanged(const QString &title);
    void stepAdded(int index);
    /** The step's state, times, warnings or message changed (not its log: logAppended()). */
    void stepChanged(int index);
    /** Lines [first, first + count) were added to the step's log. */
    void logAppended(int index, int first, int count);
    void finished(Lagoon::RolloutState state);

private:
    bool isValidIndex(int index) const { return index >= 0 && index < m_record.steps.size(); }

    RolloutRecord m_record;
};

} // namespace Lagoon
