// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/rollout/rolloutstep.h"

#include <algorithm>

namespace Lagoon {

bool RolloutStep::isFinished() const
{
    return state != RolloutStepState::Pending && state != RolloutStepState::Running;
}

std::chrono::milliseconds RolloutStep::duration(const QDateTime &now) const
{
    if (!startedAt.isValid())
        return std::chrono::milliseconds(0);
    const QDateTime end = finishedAt.isValid() ? finishedAt : now;
    return std::chrono::milliseconds(std::max<qint64>(0, startedAt.msecsTo(end)));
}

QString rolloutStepStateId(RolloutStepState state)
{
    switch (state) {
    case RolloutStepState::Pending:
        return QStringLiteral("pending");
    case RolloutStepState::Running:
        return QStringLiteral("running");
    case RolloutStepState::Succeeded:
        return QStringLiteral("succeeded");
    case RolloutStepState::Failed:
        return QStringLiteral("failed");
    case RolloutStepState::Skipped:
        return QStringLiteral("skipped");
    case RolloutStepState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString rolloutStepStateText(RolloutStepState state)
{
    switch (state) {
    case RolloutStepState::Pending:
        return RolloutStep::tr("pending");
    case RolloutStepState::Running:
        return RolloutStep::tr("running");
    case RolloutStepState::Succeeded:
        return RolloutStep::tr("succeeded");
    case RolloutStepState::Failed:
        return RolloutStep::tr("failed");
    case RolloutStepState::Skipped:
        return RolloutStep::tr("skipped");
    case RolloutStepState::Cancelled:
        return RolloutStep::tr("cancelled");
    }
    return {};
}

QString rolloutStepKindId(RolloutStep::Kind kind)
{
    switch (kind) {
    case RolloutStep::Kind::Validate:
        return QStringLiteral("validate");
    case RolloutStep::Kind::Build:
        return QStringLiteral("build");
    case RolloutStep::Kind::Deploy:
        return QStringLiteral("deploy");
    case RolloutStep::Kind::WaitReady:
        return QStringLiteral("wait-ready");
    case RolloutStep::Kind::PreRolloutTask:
        return QStringLiteral("pre-rollout-task");
    case RolloutStep::Kind::PostRolloutTask:
        return QStringLiteral("post-rollout-task");
    case RolloutStep::Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace Lagoon
