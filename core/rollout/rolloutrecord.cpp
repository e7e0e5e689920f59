// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/rollout/rolloutrecord.h"

#include <algorithm>

namespace Lagoon {

QString rolloutStateId(RolloutState state)
{
    switch (state) {
    case RolloutState::Pending:
        return QStringLiteral("pending");
    case RolloutState::Running:
        return QStringLiteral("running");
    case RolloutState::Succeeded:
        return QStringLiteral("succeeded");
    case RolloutState::Failed:
        return QStringLiteral("failed");
    case RolloutState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString rolloutStateText(RolloutState state)
{
    switch (state) {
    case RolloutState::Pending:
        return RolloutRecord::tr("pending");
    case RolloutState::Running:
        return RolloutRecord::tr("running");
    case RolloutState::Succeeded:
        return RolloutRecord::tr("succeeded");
    case RolloutState::Failed:
        return RolloutRecord::tr("failed");
    case RolloutState::Cancelled:
        return RolloutRecord::tr("cancelled");
    }
    return {};
}

QString rolloutOutcomeText(const RolloutRecord &record)
{
    if (record.state == RolloutState::Succeeded && record.hasWarnings)
        return RolloutRecord::tr("completed with warnings");
    return rolloutStateText(record.state);
}

bool RolloutRecord::isFinished() const
{
    return state == RolloutState::Succeeded || state == RolloutState::Failed || state == RolloutState::Cancelled;
}

std::chrono::milliseconds RolloutRecord::duration(const QDateTime &now) const
{
    if (!startedAt.isValid())
        return std::chrono::milliseconds(0);
    const QDateTime end = finishedAt.isValid() ? finishedAt : now;
    return std::chrono::milliseconds(std::max<qint64>(0, startedAt.msecsTo(end)));
}

int RolloutRecord::indexOf(const QString &stepId) const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == stepId)
            return i;
    }
    return -1;
}

} // namespace Lagoon
