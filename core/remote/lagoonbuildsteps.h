// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "core/rollout/rolloutstep.h"

namespace Lagoon {

/**
 * Lagoon's `Deployment.buildStep` values and the step titles build-deploy-tool prints in its log
 * banners (legacy/build-deploy-docker-compose.sh: `beginBuildStep "<title>" "<running id>"`, then
 * `patchBuildStep … "<done id>"`), so that a step announced by an event and the same step's
 * banner are one step. Mirrored by tests/sandbox/lib/builds/steps.js.
 */
class LagoonBuildSteps final
{
public:
    enum class Phase
    {
        Running, ///< the step's running id: it has begun
        Done,    ///< its done id: it ended
        Warning, ///< a done id that says it ended with warnings
        Error,   ///< an id that says the build failed in it
    };

    struct Match
    {
        QString title;
        Phase phase = Phase::Running;
        RolloutStep::Kind kind = RolloutStep::Kind::Other;
    };

    /** What `buildStep` means; nullopt for ids this table does not know (newer Lagoon). */
    static std::optional<Match> lookup(const QString &buildStep);
    /** The titles of the steps before `title` in the order Lagoon runs them; empty when unknown. */
    static QStringList titlesBefore(const QString &title);
    /** The kind of the step titled `title`; Other when unknown. */
    static RolloutStep::Kind kindOf(const QString &title);

    /** The final buildStep of a build that completed with warnings. */
    static QString completedWithWarnings() { return QStringLiteral("deployCompletedWithWarnings"); }
};

} // namespace Lagoon
