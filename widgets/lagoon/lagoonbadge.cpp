// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonbadge.h"

namespace Lagoon {

namespace {

using Tone = Badge::Tone;

} // namespace

Badge LagoonBadge::forDeployment(const QString &status, const QString &buildStep)
{
    const QString s = status.toLower();
    if (s == QLatin1String("new"))
        return {Tone::Neutral, tr("New"), QStringLiteral("state-information"), tr("Lagoon has accepted the deployment.")};
    if (s == QLatin1String("pending"))
        return {Tone::Busy, tr("Pending"), QStringLiteral("state-sync"), tr("Waiting for the build to be scheduled.")};
    if (s == QLatin1String("queued"))
        return {Tone::Busy, tr("Queued"), QStringLiteral("state-pause"),
                tr("Waiting until the environment's running build has finished.")};
    if (s == QLatin1String("running"))
        return {Tone::Busy, tr("Running"), QStringLiteral("state-sync"), {}};
    if (s == QLatin1String("complete")) {
        if (buildStep == QLatin1String("deployCompletedWithWarnings")) {
            return {Tone::Warning, tr("Complete with warnings"), QStringLiteral("state-warning"),
                    tr("The build finished, but one of its steps reported warnings: the build log says which.")};
        }
        return {Tone::Good, tr("Complete"), QStringLiteral("state-ok"), {}};
    }
    if (s == QLatin1String("failed"))
        return {Tone::Bad, tr("Failed"), QStringLiteral("state-error"), {}};
    if (s == QLatin1String("error"))
        return {Tone::Bad, tr("Error"), QStringLiteral("state-error"), tr("Lagoon could not run the build.")};
    if (s == QLatin1String("cancelled"))
        return {Tone::Neutral, tr("Cancelled"), QStringLiteral("process-stop"), {}};
    if (s.isEmpty())
        return {};
    return {Tone::Neutral, status, QStringLiteral("state-information"), {}};
}

Badge LagoonBadge::forTask(const QString &status)
{
    const QString s = status.toLower();
    if (s == QLatin1String("active"))
        return {Tone::Busy, tr("Active"), QStringLiteral("state-sync"), {}};
    if (s == QLatin1String("succeeded"))
        return {Tone::Good, tr("Succeeded"), QStringLiteral("state-ok"), {}};
    Badge badge = forDeployment(s);
    // Deployment wording that does not fit tasks.
    if (s == QLatin1String("new") || s == QLatin1String("pending") || s == QLatin1String("queued") || s == QLatin1String("error"))
        badge.toolTip.clear();
    return badge;
}

Badge LagoonBadge::forEnvironmentType(const QString &type)
{
    const QString t = type.toLower();
    if (t == QLatin1String("production"))
        return {Tone::Accent, tr("Production"), {}, tr("The project's production environment")};
    if (t == QLatin1String("development"))
        return {Tone::Neutral, tr("Development"), {}, {}};
    if (t.isEmpty())
        return {};
    return {Tone::Neutral, type, {}, {}};
}

} // namespace Lagoon
