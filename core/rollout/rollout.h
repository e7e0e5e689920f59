// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <utility>
#include <vector>

#include <QByteArrayView>
#include <QList>
#include <QObject>

#include "core/rollout/logstore.h"
#include "core/rollout/rolloutlogline.h"
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
 *
 * The whole rollout's log is one LogStore (a remote build's log can have a million lines); each
 * step knows its range of lines in it, and lines outside every step (the preamble of a Lagoon
 * log) belong to no step. Log lines keep no timestamps: nothing shows them, and a producer that
 * has them passes them on in the text (Lagoon's log has them in its lines anyway).
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
    /** A success "with warnings" (Lagoon's [WithWarnings] outcome); the state stays Succeeded. */
    bool hasWarnings() const { return m_record.hasWarnings; }
    QString project() const { return m_record.project; }
    QString environment() const { return m_record.environment; }
    QString triggeredBy() const { return m_record.triggeredBy; }
    /** 1 = next in Lagoon's queue; 0 when not queued or unknown. */
    int queuePosition() const { return m_record.queuePosition; }

    /** Every line of the rollout, in the order they were appended. */
    const LogStore &log() const { return m_log; }
    /**
     * How line `line` was appended: Info or Error by appendLog() (stored bold or red, so a viewer
     * shows them so), Output otherwise. What the CLI needs to print lines as before.
     */
    RolloutLogLine::Stream lineStream(qsizetype line) const;
    /** Line `line` without the styling appendLog() added for its stream: the text as it was given. */
    QString lineText(qsizetype line) const;

    const QList<RolloutStep> &steps() const { return m_record.steps; }
    int stepCount() const { return static_cast<int>(m_record.steps.size()); }
    /** `index` must be in range. */
    const RolloutStep &step(int index) const { return m_record.steps.at(index); }
    int indexOf(const QString &stepId) const { return m_record.indexOf(stepId); }
    /** The step running now (the last one started), or -1. */
    int currentStep() const;

    /** A copy of everything but the log, e.g. to keep it after the rollout ended. */
    const RolloutRecord &record() const { return m_record; }

    /** Pending → Running. */
    void start(const QDateTime &at = {});
    /** Appends a step (normally Pending); returns its index. A duplicate id is refused (-1). */
    int addStep(const RolloutStep &step);
    /** Pending → Running. */
    void startStep(int index, const QDateTime &at = {});
    /**
     * Appends lines for step `index`, or for no step when -1. Error lines are stored wrapped in red
     * and Info lines in bold (SGR escapes); timestamps are not kept. A text holding '\n' stays one
     * line.
     */
    void appendLog(int index, const QList<RolloutLogLine> &lines);
    void appendLog(int index, RolloutLogLine::Stream stream, const QString &text);
    /**
     * Appends complete UTF-8 lines separated by '\n' (a last one without it is complete too), as
     * a remote log arrives: Output lines, escapes kept, no QString per line.
     */
    void appendLogBytes(int index, QByteArrayView lines);
    void setStepName(int index, const QString &name);
    void setStepWarnings(int index, bool hasWarnings);
    /** The line in the log that says how the step ended; -1 for none. */
    void setStepSummaryLine(int index, qsizetype line);
    void setStepEarlierDurations(int index, const QList<std::chrono::milliseconds> &durations);
    void setDetails(const QString &project, const QString &environment, const QString &triggeredBy);
    void setQueuePosition(int position);
    /** Marks a success "with warnings" (may come before or after finish()). */
    void setWarnings(bool hasWarnings);
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
    /** Project, environment, who triggered it, queue position or the rollout's warnings changed. */
    void detailsChanged();
    void stepAdded(int index);
    /**
     * The step's state, times, name, warnings, message, summary line or earlier durations changed;
     * its line range changes with logAppended() alone.
     */
    void stepChanged(int index);
    /** Lines [first, first + count) of log() were appended for step `index` (-1: for no step). */
    void logAppended(int index, qsizetype first, qsizetype count);
    void finished(Lagoon::RolloutState state);

private:
    bool isValidIndex(int index) const { return index >= 0 && index < m_record.steps.size(); }
    /** Extends step `index`'s range over lines appended from `first`, then says so. */
    void linesAppended(int index, qsizetype first);
    void setStream(qsizetype line, RolloutLogLine::Stream stream);

    RolloutRecord m_record;
    LogStore m_log;
    /** Where the lines' stream changes: (first line, stream) runs, as most lines are Output. */
    std::vector<std::pair<qsizetype, RolloutLogLine::Stream>> m_streams;
};

} // namespace Lagoon
