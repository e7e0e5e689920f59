// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Lagoon {

/** Where a step is. Pending steps are known but not begun; the last three are final. */
enum class RolloutStepState { Pending, Running, Succeeded, Failed, Skipped, Cancelled };

/**
 * One step of a rollout: a local one (validate, build, up, wait, each task) or a remote Lagoon
 * build's step (from its `buildStep` events and log banners). Plain data; Rollout owns the list
 * and says when it changes.
 */
struct RolloutStep
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::RolloutStep)

public:
    /** What the step does, so views can pick an icon and group tasks; Other for unknown remote steps. */
    enum class Kind { Validate, Build, Deploy, WaitReady, PreRolloutTask, PostRolloutTask, Other };

    /** Stable within its rollout ("build", "post-rollout-0", Lagoon's step name): what producers address. */
    QString id;
    /** For people, translated where we name it ("Build the images"), else as Lagoon names it. */
    QString name;
    Kind kind = Kind::Other;
    RolloutStepState state = RolloutStepState::Pending;
    QDateTime startedAt;  ///< invalid until it starts
    QDateTime finishedAt; ///< invalid until it ends
    /** Lagoon's "[WithWarnings]" banners, or warnings a local step found (validation warnings). */
    bool hasWarnings = false;
    /** One sentence on how it ended: why it failed or was skipped; empty while running. */
    QString message;
    /**
     * The step's lines in its rollout's log (Rollout::log()): from `firstLine` (-1 until it has
     * one) for `lineCount` lines. A step's lines are one range; lines a producer appended for
     * another step in between lie inside it.
     */
    qsizetype firstLine = -1;
    qsizetype lineCount = 0;
    /** The line that says how it ended (Lagoon's STEP banner, the error), where views jump; -1 if none. */
    qsizetype summaryLine = -1;
    /** How long this step took in earlier builds of the same environment, newest first; empty when unknown. */
    QList<std::chrono::milliseconds> earlierDurations;

    bool isFinished() const;
    /** Start to end, or start to `now` while it runs; zero when it never started. */
    std::chrono::milliseconds duration(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    friend bool operator==(const RolloutStep &, const RolloutStep &) = default;
};

/** "pending", "running", "succeeded", "failed", "skipped", "cancelled": stable, for JSON and the CLI. */
QString rolloutStepStateId(RolloutStepState state);
/** The translated word, for people. */
QString rolloutStepStateText(RolloutStepState state);
/** "validate", "build", "deploy", "wait-ready", "pre-rollout-task", "post-rollout-task", "other". */
QString rolloutStepKindId(RolloutStep::Kind kind);

} // namespace Lagoon
