// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Lagoon {

/**
 * Reads the steps of a Lagoon build log from the banners build-deploy-tool prints, fed line by line
 * as the log streams:
 *
 *     ##############################################
 *     BEGIN Image Builds
 *     ##############################################
 *     …
 *     ##############################################
 *     STEP Image Builds: Completed at 2026-11-27 07:26:33 (UTC) Duration 00:00:01 Elapsed 00:00:03 WithWarnings
 *     ##############################################
 *
 * Real logs lose banners to races (shared/lagoon-research/buildlogs): a STEP without BEGIN began
 * where the previous step ended; a BEGIN without STEP ended where the next banner began, and its
 * duration is derived from the next step's Elapsed once that is known.
 *
 * Every line fed comes out again, in order, through the line handler with the step it belongs to
 * (-1: outside any step, such as the remote-controller's header). The `#####` line before a banner
 * belongs to the banner's step, so a `#####` line is held back until the next line shows what it
 * opens; flush() releases it at the end of a stream. Step events go out before the lines that
 * caused them. Lines are counted from 0 in the order they come out: line numbers in a Step are
 * those. No Qt event loop, no allocation per ordinary line.
 */
class BuildLogParser final
{
public:
    struct Step
    {
        QString title;
        /** The `#####` opening its BEGIN banner, or where the previous step ended. */
        qsizetype firstLine = -1;
        /** One past its last line; -1 while it is open (no STEP banner or next banner yet). */
        qsizetype endLine = -1;
        /** Its STEP banner line, else its BEGIN line: where a view jumps to. */
        qsizetype summaryLine = -1;
        bool hasBegin = false;
        /** Its STEP banner arrived; false for a step ended by the next banner (or still open). */
        bool completed = false;
        bool warnings = false;
        /** From the STEP banner, or derived from the next step's Elapsed (durationDerived). */
        std::optional<std::chrono::seconds> duration;
        bool durationDerived = false;
        /** Since the build began, at the step's end (STEP banner only). */
        std::optional<std::chrono::seconds> elapsed;
        /** The banner's "Completed at" (UTC); invalid without STEP banner. */
        QDateTime completedAt;

        bool isOpen() const { return endLine < 0; }
    };

    struct Event
    {
        enum class Kind
        {
            Began,           ///< a step began (by BEGIN, or by a STEP banner without BEGIN)
            Ended,           ///< a step ended: by its STEP banner (completed) or by the next banner
            DurationDerived, ///< an ended step without STEP banner got a duration from the next one's Elapsed
        };
        Kind kind;
        int step;
    };

    using LineHandler = std::function<void(int step, QByteArrayView line)>;
    using EventHandler = std::function<void(const Event &event)>;

    BuildLogParser(LineHandler lines = {}, EventHandler events = {});

    /** One complete line, without its line break (a trailing '\r' is ignored for banners). */
    void addLine(QByteArrayView line);
    /** Splits `text` at '\n' and adds each line; a last line without '\n' is added too. */
    void addText(QByteArrayView text);
    /** Releases a held `#####` line (end of the stream, or before a pause). */
    void flush();

    const QList<Step> &steps() const { return m_steps; }
    /** The step the next ordinary line would belong to, or -1. */
    int currentStep() const { return m_current; }
    /** Lines released so far. */
    qsizetype lineCount() const { return m_released; }
    /** The index of the step called `title` (the last one if repeated), or -1. */
    int indexOf(const QString &title) const;

    /** A STEP banner line taken apart; nullopt when `line` is not one. */
    struct StepBanner
    {
        QString title;
        QDateTime completedAt;
        std::chrono::seconds duration{0};
        std::chrono::seconds elapsed{0};
        bool warnings = false;
    };
    static std::optional<StepBanner> parseStepBanner(QByteArrayView line);
    /** The title of a `BEGIN <title>` line; empty when it is not one. */
    static QString parseBeginBanner(QByteArrayView line);
    /** A line of '#' only, at least ten of them (build-deploy-tool prints 46). */
    static bool isHashLine(QByteArrayView line);

private:
    void release(int step, QByteArrayView line);
    void emitEvent(Event::Kind kind, int step);
    void releaseHeld(int step);
    /** Ends the open step at `endLine` without a STEP banner. */
    void endOpenStep(qsizetype endLine);
    int beginStep(const QString &title, qsizetype firstLine, bool hasBegin);
    void deriveDuration(int completedStep);

    LineHandler m_lines;
    EventHandler m_events;
    QList<Step> m_steps;
    QByteArray m_held;
    bool m_holding = false;
    int m_current = -1;
    // The step whose STEP banner was the last line: its closing `#####` still belongs to it.
    int m_justCompleted = -1;
    // The last line was `#####` (held, or released as a STEP banner's closing line).
    bool m_lastWasHash = false;
    qsizetype m_released = 0;
};

} // namespace Lagoon
