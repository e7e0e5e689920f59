// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/lagoonbuildsteps.h"

#include <array>

namespace Lagoon {

namespace {

using Kind = RolloutStep::Kind;

struct Entry
{
    const char16_t *title;
    const char16_t *running;
    const char16_t *done;
    const char16_t *warning; ///< nullptr: none
    const char16_t *error;   ///< nullptr: none
    Kind kind;
};

// Titles, running ids and done ids of build-deploy-tool's legacy/build-deploy-docker-compose.sh.
constexpr std::array<Entry, 19> Steps{{
    {u"Initial Environment Setup", u"initialSetup", u"initialSetup", nullptr, nullptr, Kind::Other},
    {u"Docker Compose Validation", u"dockerComposeValidation", u"dockerComposeValidation",
     u"dockerComposeValidationWarning", u"dockerComposeValidationError", Kind::Validate},
    {u".lagoon.yml Validation", u"lagoonYmlValidation", u"lagoonYmlValidation", nullptr, u"lagoonYmlValidationError",
     Kind::Validate},
    {u"Configure Variables", u"configuringVariables", u"configureVars", nullptr, nullptr, Kind::Other},
    {u"Image Builds", u"buildingImages", u"imageBuildComplete", nullptr, nullptr, Kind::Build},
    {u"Pre-Rollout Tasks", u"runningPreRolloutTasks", u"preRolloutsCompleted", nullptr, nullptr, Kind::PreRolloutTask},
    {u"Service Configuration Phase 1", u"serviceConfigurationPhase1", u"serviceConfigurationComplete", nullptr, nullptr,
     Kind::Deploy},
    {u"Service Configuration Phase 2", u"serviceConfigurationPhase2", u"serviceConfiguration2Complete", nullptr,
     nullptr, Kind::Deploy},
    {u"Route/Ingress Configuration", u"configuringRoutes", u"configuringRoutesComplete", nullptr, nullptr,
     Kind::Deploy},
    {u"Route/Ingress Cleanup", u"cleanupRoutes", u"routeCleanupComplete", nullptr, nullptr, Kind::Deploy},
    {u"Update Configmap", u"updateConfigmap", u"updateConfigmapComplete", nullptr, nullptr, Kind::Deploy},
    {u"Image Push to Registry", u"pushingImages", u"imagePushComplete", nullptr, nullptr, Kind::Build},
    {u"Backup Configuration", u"configuringBackups", u"backupConfigurationComplete", nullptr, nullptr, Kind::Deploy},
    {u"Deployment Templating", u"templatingDeployments", u"deploymentTemplatingComplete", nullptr, nullptr,
     Kind::Deploy},
    {u"Applying Deployments", u"applyingDeployments", u"deploymentApplyComplete", nullptr, nullptr, Kind::Deploy},
    {u"Cronjob Cleanup", u"cleaningUpCronjobs", u"cronjobCleanupComplete", nullptr, nullptr, Kind::Deploy},
    {u"Post-Rollout Tasks", u"runningPostRolloutTasks", u"postRolloutsCompleted", nullptr, nullptr,
     Kind::PostRolloutTask},
    {u"Build and Deploy", u"finalizingBuild", u"deployCompleted", nullptr, nullptr, Kind::Other},
    // Printed as a step of its own when any step warned; its id is the build's last buildStep.
    {u"Completed With Warnings", nullptr, nullptr, u"deployCompletedWithWarnings", nullptr, Kind::Other},
}};

bool is(const char16_t *id, const QString &value)
{
    return id && value == QStringView(id);
}

} // namespace

std::optional<LagoonBuildSteps::Match> LagoonBuildSteps::lookup(const QString &buildStep)
{
    for (const Entry &entry : Steps) {
        const QString title = QString::fromUtf16(entry.title);
        // The running id first: for steps whose done id is the same, "it runs" is the safe reading
        // until the next step's id or the STEP banner says it ended.
        if (is(entry.running, buildStep))
            return Match{title, Phase::Running, entry.kind};
        if (is(entry.done, buildStep))
            return Match{title, Phase::Done, entry.kind};
        if (is(entry.warning, buildStep))
            return Match{title, Phase::Warning, entry.kind};
        if (is(entry.error, buildStep))
            return Match{title, Phase::Error, entry.kind};
    }
    return std::nullopt;
}

QStringList LagoonBuildSteps::titlesBefore(const QString &title)
{
    QStringList before;
    for (const Entry &entry : Steps) {
        if (title == QStringView(entry.title))
            return before;
        before << QString::fromUtf16(entry.title);
    }
    return {};
}

RolloutStep::Kind LagoonBuildSteps::kindOf(const QString &title)
{
    for (const Entry &entry : Steps) {
        if (title == QStringView(entry.title))
            return entry.kind;
    }
    return RolloutStep::Kind::Other;
}

} // namespace Lagoon
