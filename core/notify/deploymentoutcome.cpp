// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/notify/deploymentoutcome.h"

#include "core/remote/lagoonbuildsteps.h"
#include "core/remote/lagoondeployment.h"
#include "core/remote/lagoontime.h"

namespace Lagoon {

QString DeploymentRef::key() const
{
    // A unit separator cannot occur in Lagoon's names, so no two deployments share a key.
    const QChar separator(0x1f);
    return accountId + separator + project + separator + environment + separator + buildName;
}

std::optional<std::chrono::seconds> DeploymentOutcome::duration() const
{
    if (!started.isValid() || !finished.isValid() || finished < started)
        return std::nullopt;
    return std::chrono::seconds(started.secsTo(finished));
}

std::optional<DeploymentOutcome> DeploymentOutcome::fromDeployment(const QString &accountId, const QString &project,
                                                                   const QString &environment,
                                                                   const LagoonDeployment &deployment)
{
    if (!deployment.isFinished())
        return std::nullopt;
    DeploymentOutcome outcome;
    outcome.deployment = {accountId, project, environment, deployment.name};
    const QString status = deployment.status.toLower();
    if (status == QLatin1String("cancelled")) {
        outcome.kind = Kind::Cancelled;
    } else if (status == QLatin1String("failed") || status == QLatin1String("error")) {
        outcome.kind = Kind::Failed;
        outcome.failedStep = deployment.buildStep;
    } else if (deployment.buildStep == LagoonBuildSteps::completedWithWarnings()) {
        // lagoon-ui's mark for warnings: the status stays `complete`.
        outcome.kind = Kind::CompletedWithWarnings;
    } else {
        outcome.kind = Kind::Complete;
    }
    outcome.started = parseLagoonTime(deployment.started);
    outcome.finished = parseLagoonTime(deployment.completed);
    return outcome;
}

} // namespace Lagoon
