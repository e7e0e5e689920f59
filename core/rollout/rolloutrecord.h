// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/rollout/rolloutstep.h"

namespace Lagoon {

/** How a whole rollout stands. Succeeded, Failed and Cancelled are final. */
enum class RolloutState { Pending, Running, Succeeded, Failed, Cancelled };

/** "pending", "running", "succeeded", "failed", "cancelled": stable, for JSON and the CLI. */
QString rolloutStateId(RolloutState state);
/** The translated word, for people. */
QString rolloutStateText(RolloutState state);

struct RolloutRecord;
/** The state for people, saying "completed with warnings" for a success with warnings. */
QString rolloutOutcomeText(const RolloutRecord &record);

/**
 * A rollout as plain data: what Rollout holds and what is kept of one that ended (history,
 * timings compared with earlier builds). The same shape for a local rollout and a remote Lagoon
 * deployment. The log itself is not part of it: Rollout keeps it in a LogStore, and the steps
 * say which lines are theirs.
 */
struct RolloutRecord
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::RolloutRecord)

public:
    /** Unique: "local-<uuid>" for a local rollout, Lagoon's build name for a remote one. */
    QString id;
    /** For people: "Run drupal-example locally", "lagoon-build-7g8h9". */
    QString title;
    RolloutState state = RolloutState::Pending;
    QDateTime startedAt;
    QDateTime finishedAt;
    /** One sentence on how it ended (why it failed); empty while it runs and on success. */
    QString message;
    /** Lagoon's "completed with warnings": the state stays Succeeded (see rolloutOutcomeText()). */
    bool hasWarnings = false;
    /** Where it rolls out, for a remote deployment (empty for a local one). */
    QString project;
    QString environment;
    /** Who or what started it: a user, "webhook", "api"; empty when unknown. */
    QString triggeredBy;
    /** Its place in Lagoon's queue while it waits (1 = next); 0 when not queued or unknown. */
    int queuePosition = 0;
    QList<RolloutStep> steps;

    bool isFinished() const;
    std::chrono::milliseconds duration(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /** The index of the step with this id, or -1. */
    int indexOf(const QString &stepId) const;

    friend bool operator==(const RolloutRecord &, const RolloutRecord &) = default;
};

} // namespace Lagoon
