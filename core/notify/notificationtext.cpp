// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/notify/notificationtext.h"

#include <QHash>

namespace Lagoon {

namespace {

// Lagoon's buildStep ids (running and done ids of build-deploy-tool's steps) and the titles its
// log banners print for them; these are Lagoon's names, so they are not translated.
const QHash<QString, QString> &stepTitles()
{
    static const QHash<QString, QString> titles = [] {
        QHash<QString, QString> t;
        auto add = [&t](std::initializer_list<const char *> ids, const char *title) {
            for (const char *id : ids)
                t.insert(QLatin1String(id), QLatin1String(title));
        };
        add({"initialSetup"}, "Initial Environment Setup");
        add({"dockerComposeValidation", "dockerComposeValidationWarning", "dockerComposeValidationError"},
            "Docker Compose Validation");
        add({"lagoonYmlValidation", "lagoonYmlValidationError"}, ".lagoon.yml Validation");
        add({"configuringVariables", "configureVars"}, "Configure Variables");
        add({"buildingImages", "imageBuildComplete"}, "Image Builds");
        add({"runningPreRolloutTasks", "preRolloutsCompleted"}, "Pre-Rollout Tasks");
        add({"serviceConfigurationPhase1", "serviceConfigurationComplete"}, "Service Configuration Phase 1");
        add({"serviceConfigurationPhase2", "serviceConfiguration2Complete"}, "Service Configuration Phase 2");
        add({"configuringRoutes", "configuringRoutesComplete"}, "Route/Ingress Configuration");
        add({"cleanupRoutes", "routeCleanupComplete"}, "Route/Ingress Cleanup");
        add({"updateConfigmap", "updateConfigmapComplete"}, "Update Configmap");
        add({"pushingImages", "imagePushComplete"}, "Image Push to Registry");
        add({"configuringBackups", "backupConfigurationComplete"}, "Backup Configuration");
        add({"templatingDeployments", "deploymentTemplatingComplete"}, "Deployment Templating");
        add({"applyingDeployments", "deploymentApplyComplete"}, "Applying Deployments");
        add({"cleaningUpCronjobs", "cronjobCleanupComplete"}, "Cronjob Cleanup");
        add({"runningPostRolloutTasks", "postRolloutsCompleted"}, "Post-Rollout Tasks");
        add({"finalizingBuild", "deployCompleted"}, "Build and Deploy");
        add({"deployCompletedWithWarnings"}, "Completed With Warnings");
        return t;
    }();
    return titles;
}

} // namespace

QString NotificationTexts::stepTitle(const QString &buildStep)
{
    const auto it = stepTitles().constFind(buildStep);
    if (it != stepTitles().cend())
        return *it;
    // A step newer than this table: "fooBarBaz" reads as "Foo Bar Baz".
    QString words;
    for (qsizetype i = 0; i < buildStep.size(); ++i) {
        const QChar c = buildStep.at(i);
        if (i == 0)
            words += c.toUpper();
        else if (c.isUpper() && !buildStep.at(i - 1).isUpper())
            words += QLatin1Char(' ') + c;
        else
            words += c;
    }
    return words;
}

QString NotificationTexts::duration(std::chrono::seconds seconds)
{
    const qint64 total = std::max<qint64>(0, seconds.count());
    const qint64 hours = total / 3600;
    const qint64 minutes = total % 3600 / 60;
    const qint64 secs = total % 60;
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(secs);
    return tr("%1 s").arg(secs);
}

NotificationText NotificationText::forOutcome(const DeploymentOutcome &outcome)
{
    const DeploymentRef &d = outcome.deployment;
    // "project · environment" is how Lagoon's own UI names an environment.
    const QString where = d.project + QStringLiteral(" · ") + d.environment;
    NotificationText text;
    switch (outcome.kind) {
    case DeploymentOutcome::Kind::Complete:
        text.summary = NotificationTexts::tr("✔ %1 deployed").arg(where);
        break;
    case DeploymentOutcome::Kind::CompletedWithWarnings:
        text.summary = NotificationTexts::tr("⚠ %1 deployed with warnings").arg(where);
        break;
    case DeploymentOutcome::Kind::Failed:
        text.summary = outcome.failedStep.isEmpty() ? NotificationTexts::tr("✖ %1 failed").arg(where)
                                                    : NotificationTexts::tr("✖ %1 failed at %2")
                                                          .arg(where, NotificationTexts::stepTitle(outcome.failedStep));
        break;
    case DeploymentOutcome::Kind::Cancelled:
        text.summary = NotificationTexts::tr("◼ %1 deployment cancelled").arg(where);
        break;
    }
    QStringList lines;
    if (const auto duration = outcome.duration()) {
        const QString took = NotificationTexts::duration(*duration);
        lines << (outcome.kind == DeploymentOutcome::Kind::Cancelled
                      ? NotificationTexts::tr("Cancelled after %1").arg(took)
                  : outcome.isFailure() ? NotificationTexts::tr("Failed after %1").arg(took)
                                        : NotificationTexts::tr("Took %1").arg(took));
    }
    lines << NotificationTexts::tr("Build %1").arg(d.buildName);
    text.body = lines.join(QLatin1Char('\n'));
    return text;
}

} // namespace Lagoon
