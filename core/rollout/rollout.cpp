// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/rollout/rollout.h"

#include <algorithm>

namespace Lagoon {

namespace {

// How appendLog() marks its streams: a viewer colours them, lineText() takes the marks off again.
constexpr QByteArrayView ErrorOpen = "\x1b[31m";
constexpr QByteArrayView ErrorClose = "\x1b[39m";
constexpr QByteArrayView InfoOpen = "\x1b[1m";
constexpr QByteArrayView InfoClose = "\x1b[22m";

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

RolloutLogLine::Stream Rollout::lineStream(qsizetype line) const
{
    const auto after = std::upper_bound(m_streams.cbegin(), m_streams.cend(), line,
                                        [](qsizetype l, const auto &run) { return l < run.first; });
    return after == m_streams.cbegin() ? RolloutLogLine::Stream::Output : std::prev(after)->second;
}

QString Rollout::lineText(qsizetype line) const
{
    QByteArrayView bytes = m_log.line(line);
    const auto strip = [&bytes](QByteArrayView open, QByteArrayView close) {
        if (bytes.startsWith(open) && bytes.endsWith(close))
            bytes = bytes.sliced(open.size(), bytes.size() - open.size() - close.size());
    };
    switch (lineStream(line)) {
    case RolloutLogLine::Stream::Error:
        strip(ErrorOpen, ErrorClose);
        break;
    case RolloutLogLine::Stream::Info:
        strip(InfoOpen, InfoClose);
        break;
    case RolloutLogLine::Stream::Output:
        break;
    }
    return QString::fromUtf8(bytes);
}

void Rollout::setStream(qsizetype line, RolloutLogLine::Stream stream)
{
    const RolloutLogLine::Stream current = m_streams.empty() ? RolloutLogLine::Stream::Output : m_streams.back().second;
    if (stream != current)
        m_streams.emplace_back(line, stream);
}

void Rollout::linesAppended(int index, qsizetype first)
{
    const qsizetype count = m_log.lineCount() - first;
    if (count <= 0)
        return;
    if (index >= 0) {
        RolloutStep &step = m_record.steps[index];
        if (step.firstLine < 0)
            step.firstLine = first;
        step.lineCount = first + count - step.firstLine;
    }
    Q_EMIT logAppended(index, first, count);
}

void Rollout::appendLog(int index, const QList<RolloutLogLine> &lines)
{
    if ((index != -1 && !isValidIndex(index)) || lines.isEmpty())
        return;
    const qsizetype first = m_log.lineCount();
    QByteArray bytes;
    for (const RolloutLogLine &line : lines) {
        setStream(m_log.lineCount(), line.stream);
        bytes = line.text.toUtf8();
        switch (line.stream) {
        case RolloutLogLine::Stream::Error:
            bytes = ErrorOpen.toByteArray() + bytes + ErrorClose;
            break;
        case RolloutLogLine::Stream::Info:
            bytes = InfoOpen.toByteArray() + bytes + InfoClose;
            break;
        case RolloutLogLine::Stream::Output:
            break;
        }
        m_log.appendLine(bytes);
    }
    linesAppended(index, first);
}

void Rollout::appendLog(int index, RolloutLogLine::Stream stream, const QString &text)
{
    appendLog(index, QList<RolloutLogLine>{RolloutLogLine{stream, {}, text}});
}

void Rollout::appendLogBytes(int index, QByteArrayView lines)
{
    if ((index != -1 && !isValidIndex(index)) || lines.isEmpty())
        return;
    const qsizetype first = m_log.lineCount();
    setStream(first, RolloutLogLine::Stream::Output);
    m_log.append(lines);
    m_log.finishPartialLine();
    linesAppended(index, first);
}

void Rollout::setStepName(int index, const QString &name)
{
    if (!isValidIndex(index) || m_record.steps.at(index).name == name)
        return;
    m_record.steps[index].name = name;
    Q_EMIT stepChanged(index);
}

void Rollout::setStepWarnings(int index, bool hasWarnings)
{
    if (!isValidIndex(index) || m_record.steps.at(index).hasWarnings == hasWarnings)
        return;
    m_record.steps[index].hasWarnings = hasWarnings;
    Q_EMIT stepChanged(index);
}

void Rollout::setStepSummaryLine(int index, qsizetype line)
{
    if (!isValidIndex(index) || line < -1 || m_record.steps.at(index).summaryLine == line)
        return;
    m_record.steps[index].summaryLine = line;
    Q_EMIT stepChanged(index);
}

void Rollout::setStepEarlierDurations(int index, const QList<std::chrono::milliseconds> &durations)
{
    if (!isValidIndex(index) || m_record.steps.at(index).earlierDurations == durations)
        return;
    m_record.steps[index].earlierDurations = durations;
    Q_EMIT stepChanged(index);
}

void Rollout::setDetails(const QString &project, const QString &environment, const QString &triggeredBy)
{
    if (m_record.project == project && m_record.environment == environment && m_record.triggeredBy == triggeredBy)
        return;
    m_record.project = project;
    m_record.environment = environment;
    m_record.triggeredBy = triggeredBy;
    Q_EMIT detailsChanged();
}

void Rollout::setQueuePosition(int position)
{
    position = std::max(position, 0);
    if (m_record.queuePosition == position)
        return;
    m_record.queuePosition = position;
    Q_EMIT detailsChanged();
}

void Rollout::setWarnings(bool hasWarnings)
{
    if (m_record.hasWarnings == hasWarnings)
        return;
    m_record.hasWarnings = hasWarnings;
    Q_EMIT detailsChanged();
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
