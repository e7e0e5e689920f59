// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/rollout/buildlogparser.h"

#include <algorithm>

#include <QRegularExpression>
#include <QTimeZone>

namespace Lagoon {

namespace {

QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

std::chrono::seconds hms(const QRegularExpressionMatch &match, int first)
{
    return std::chrono::hours(match.capturedView(first).toInt()) +
           std::chrono::minutes(match.capturedView(first + 1).toInt()) +
           std::chrono::seconds(match.capturedView(first + 2).toInt());
}

} // namespace

BuildLogParser::BuildLogParser(LineHandler lines, EventHandler events)
    : m_lines(std::move(lines)), m_events(std::move(events))
{
}

bool BuildLogParser::isHashLine(QByteArrayView line)
{
    line = withoutCr(line);
    return line.size() >= 10 && std::all_of(line.begin(), line.end(), [](char c) { return c == '#'; });
}

QString BuildLogParser::parseBeginBanner(QByteArrayView line)
{
    line = withoutCr(line);
    if (!line.startsWith("BEGIN "))
        return {};
    return QString::fromUtf8(line.sliced(6)).trimmed();
}

std::optional<BuildLogParser::StepBanner> BuildLogParser::parseStepBanner(QByteArrayView line)
{
    line = withoutCr(line);
    if (!line.startsWith("STEP ") || !line.contains(": Completed at "))
        return std::nullopt;
    // build-deploy-tool's patchBuildStep: `date +"%Y-%m-%d %H:%M:%S"` and `(%Z)`, durations as %H:%M:%S.
    static const QRegularExpression banner(QStringLiteral(
        R"(^STEP (.+?): Completed at (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) \(([^)]*)\) Duration (\d+):(\d{2}):(\d{2}) Elapsed (\d+):(\d{2}):(\d{2})( WithWarnings)?\s*$)"));
    const QRegularExpressionMatch match = banner.match(QString::fromUtf8(line));
    if (!match.hasMatch())
        return std::nullopt;
    StepBanner parsed;
    parsed.title = match.captured(1).trimmed();
    // The pod prints UTC (Lagoon's build pods run in UTC); another zone name is kept as UTC too
    // rather than guessed.
    parsed.completedAt = QDateTime(QDate::fromString(match.captured(2), Qt::ISODate),
                                   QTime::fromString(match.captured(3), Qt::ISODate), QTimeZone::utc());
    parsed.duration = hms(match, 5);
    parsed.elapsed = hms(match, 8);
    parsed.warnings = match.hasCaptured(11) && !match.capturedView(11).isEmpty();
    return parsed;
}

int BuildLogParser::indexOf(const QString &title) const
{
    for (int i = static_cast<int>(m_steps.size()) - 1; i >= 0; --i) {
        if (m_steps.at(i).title == title)
            return i;
    }
    return -1;
}

void BuildLogParser::release(int step, QByteArrayView line)
{
    if (m_lines)
        m_lines(step, line);
    ++m_released;
}

void BuildLogParser::emitEvent(Event::Kind kind, int step)
{
    if (m_events)
        m_events(Event{kind, step});
}

void BuildLogParser::releaseHeld(int step)
{
    if (!m_holding)
        return;
    m_holding = false;
    const QByteArray held = std::exchange(m_held, {});
    release(step, held);
}

void BuildLogParser::endOpenStep(qsizetype endLine)
{
    if (m_current < 0)
        return;
    const int step = std::exchange(m_current, -1);
    m_steps[step].endLine = endLine;
    emitEvent(Event::Kind::Ended, step);
}

int BuildLogParser::beginStep(const QString &title, qsizetype firstLine, bool hasBegin)
{
    Step step;
    step.title = title;
    step.firstLine = firstLine;
    step.hasBegin = hasBegin;
    m_steps.append(step);
    m_current = static_cast<int>(m_steps.size()) - 1;
    emitEvent(Event::Kind::Began, m_current);
    return m_current;
}

void BuildLogParser::deriveDuration(int completedStep)
{
    const Step &completed = m_steps.at(completedStep);
    const int missing = completedStep - 1;
    if (missing < 0 || !completed.elapsed || !completed.duration)
        return;
    Step &step = m_steps[missing];
    if (step.completed || step.duration || step.isOpen())
        return;
    // The step without STEP banner ran from the end of the one before it (or the build's start)
    // to the start of the completed one: both are known from Elapsed.
    std::chrono::seconds before{0};
    if (missing > 0) {
        const Step &previous = m_steps.at(missing - 1);
        if (!previous.elapsed)
            return;
        before = *previous.elapsed;
    }
    const std::chrono::seconds began = *completed.elapsed - *completed.duration;
    step.duration = std::max(std::chrono::seconds(0), began - before);
    step.durationDerived = true;
    emitEvent(Event::Kind::DurationDerived, missing);
}

void BuildLogParser::addLine(QByteArrayView line)
{
    const bool previousWasHash = m_holding || m_lastWasHash;
    const qsizetype bannerStart = m_released; // the held `#####`, or this line when nothing is held
    const qsizetype lineIndex = m_released + (m_holding ? 1 : 0);
    m_lastWasHash = isHashLine(line);

    if (m_lastWasHash) {
        if (m_justCompleted >= 0) {
            // The STEP banner's closing line.
            const int step = std::exchange(m_justCompleted, -1);
            release(step, line);
            m_steps[step].endLine = m_released;
            return;
        }
        releaseHeld(m_current);
        m_held = line.toByteArray();
        m_holding = true;
        return;
    }
    m_justCompleted = -1;

    if (previousWasHash) {
        const QString title = parseBeginBanner(line);
        if (!title.isEmpty()) {
            if (m_current >= 0 && m_steps.at(m_current).title == title) {
                releaseHeld(m_current);
                release(m_current, line);
                return;
            }
            endOpenStep(bannerStart);
            const int step = beginStep(title, bannerStart, true);
            m_steps[step].summaryLine = lineIndex;
            releaseHeld(step);
            release(step, line);
            return;
        }
    }

    if (const auto banner = parseStepBanner(line)) {
        const qsizetype first = m_holding ? bannerStart : lineIndex;
        int step = m_current;
        if (step < 0 || m_steps.at(step).title != banner->title) {
            endOpenStep(first);
            // Without BEGIN the step began where the previous one ended (its lines so far went out
            // as outside any step: nothing named them yet).
            const qsizetype began = m_steps.isEmpty() ? first : std::min(first, m_steps.constLast().endLine);
            step = beginStep(banner->title, began, false);
        }
        releaseHeld(step);
        release(step, line);
        Step &s = m_steps[step];
        s.completed = true;
        s.summaryLine = lineIndex;
        s.endLine = m_released;
        s.warnings = banner->warnings;
        s.duration = banner->duration;
        s.durationDerived = false;
        s.elapsed = banner->elapsed;
        s.completedAt = banner->completedAt;
        m_current = -1;
        m_justCompleted = step;
        emitEvent(Event::Kind::Ended, step);
        deriveDuration(step);
        return;
    }

    releaseHeld(m_current);
    release(m_current, line);
}

void BuildLogParser::addText(QByteArrayView text)
{
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        addLine(text.sliced(from, end - from));
        from = end + 1;
    }
}

void BuildLogParser::flush()
{
    releaseHeld(m_current);
}

} // namespace Lagoon
