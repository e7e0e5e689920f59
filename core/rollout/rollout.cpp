// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/rollout/rollout.h"

namespace Lagoon {

namespace {

QDateTime orNow(const QDateTime &at)
{
    return at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
}

bool isFinal(RolloutState state)
{
    return state == RolloutState::Succeeded || state == RolloutState::Failed || state == RolloutState::Cancelled;
}

bool isFinal(RolloutStepState state)
{
    return state != RolloutStepState::Pending && state != RolloutStepState::Running;
}

} // namespace

Rollout::Rollout(const QString &id, const QString &title, QObject *parent)
    : QObject(parent)
{
    m_record.id = id;
    m_record.title = title;
}

Rollout::~Rollout() = default;

void Rollout::setTitle(const QString &title)
{
    if (m_record.title == title)
        return;
    m_record.title = title;
    Q_EMIT titleChanged(title);
}

int Rollout::currentStep() const
{
    for (int i = stepCount() - 1; i >= 0; --i) {
        if (m_record.steps.at(i).state == RolloutStepState::Running)
            return i;
    }
    return -1;
}

void Rollout::start(const QDateTime &at)
{
    if (m_record.state != RolloutState::Pending)
        return;
    m_record.state = RolloutState::Running;
    m_record.startedAt = orNow(at);
    Q_EMIT started();
}

int Rollout::addStep(const RolloutStep &step)
{
    if (isFinished() || step.id.isEmpty() || indexOf(step.id) >= 0)
        return -1;
    m_record.steps.append(step);
    const int index = stepCount() - 1;
    Q_EMIT stepAdded(index);
    return index;
}

void Rollout::startStep(int index, const QDateTime &at)
{
    if (isFinished() || !isValidIndex(index))
        return;
    RolloutStep &step = m_record.steps[index];
    if (step.state != RolloutStepState::Pending)
        return;
    step.state = RolloutStepState::Running;
    step.startedAt = orNow(at);
    Q_EMIT stepChanged(index);
}

void Rollout::appendLog(int index, const QList<RolloutLogLine> &lines)
{
    if (!isValidIndex(index) || lines.isEmpty())
        return;
    QList<RolloutLogLine> &log = m_record.steps[index].log;
    const int first = static_cast<int>(log.size());
    log.append(lines);
    Q_EMIT logAppended(index, first, static_cast<int>(lines.size()));
}

void Rollout::appendLog(int index, RolloutLogLine::Stream stream, const QString &text)
{
    appendLog(index, QList<RolloutLogLine>{RolloutLogLine{stream, QDateTime::currentDateTimeUtc(), text}});
}

void Rollout::setStepWarnings(int index, bool hasWarnings)
{
    if (!isValidIndex(index) || m_record.steps.at(index).hasWarnings == hasWarnings)
        return;
    m_record.steps[index].hasWarnings = hasWarnings;
    Q_EMIT stepChanged(index);
}

void Rollout::finishStep(int index, RolloutStepState state, const QString &message, const QDateTime &at)
{
    if (!isValidIndex(index) || !isFinal(state))
        return;
    RolloutStep &step = m_record.steps[index];
    if (step.isFinished())
        return;
    const QDateTime when = orNow(at);
    // A step skipped before it began still gets both times, so durations read as zero, not "unknown".
    if (!step.startedAt.isValid())
        step.startedAt = when;
    step.finishedAt = when;
    step.state = state;
    step.message = message;
    Q_EMIT stepChanged(index);
}

void Rollout::finish(RolloutState state, const QString &message, const QDateTime &at)
{
    if (isFinished() || !isFinal(state))
        return;
    const QDateTime when = orNow(at);
    for (int i = 0; i < stepCount(); ++i) {
        const RolloutStepState stepState = m_record.steps.at(i).state;
        if (stepState == RolloutStepState::Running)
            finishStep(i, state == RolloutState::Cancelled ? RolloutStepState::Cancelled : RolloutStepState::Failed,
                       {}, when);
        else if (stepState == RolloutStepState::Pending)
            finishStep(i, RolloutStepState::Skipped, {}, when);
    }
    if (!m_record.startedAt.isValid())
        m_record.startedAt = when;
    m_record.finishedAt = when;
    m_record.state = state;
    m_record.message = message;
    Q_EMIT finished(state);
}

} // namespace Lagoon
