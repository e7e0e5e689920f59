// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// What runs on a schedule or around the rollout: cronjobs (in-pod or CronJob objects),
// pre/post-rollout tasks and the backup schedule with its retention.

#include <QJsonArray>
#include <QJsonDocument>

#include "core/lagoon/config/lagooncron.h"
#include "core/lagoon/plan/deployplanner.h"
#include "core/lagoon/plan/deployplanner_p.h"
#include "core/lagoon/plan/plannames.h"

namespace Lagoon::PlanDetail {

namespace {

const QString DefaultBackupSchedule = QStringLiteral("M H(22-2) * * *");

void checkDuplicateCronjobs(PlanContext &context, const QList<CronjobConfig> &cronjobs)
{
    QStringList seen;
    QJsonArray duplicates;
    TextSpan firstDuplicate;
    for (const CronjobConfig &cronjob : cronjobs) {
        if (seen.contains(cronjob.name)) {
            if (duplicates.isEmpty())
                firstDuplicate = cronjob.span;
            if (!duplicates.contains(cronjob.name))
                duplicates.append(cronjob.name);
        }
        seen << cronjob.name;
    }
    if (!duplicates.isEmpty()) {
        context.error(QStringLiteral("plan.cronjob-duplicate"),
                      DeployPlanner::tr("duplicate named cronjobs detected: %1")
                          .arg(QString::fromUtf8(QJsonDocument(duplicates).toJson(QJsonDocument::Compact))),
                      SourceFile::Lagoon, firstDuplicate);
    }
}

std::optional<PlannedCronjob> planCronjob(PlanContext &context, const CronjobConfig &config,
                                          const PlannedService &service)
{
    PlannedCronjob cronjob;
    cronjob.name = config.name;
    cronjob.service = config.service;
    cronjob.lagoonName = service.lagoonName;
    cronjob.command = config.command;
    cronjob.schedule = config.schedule;
    cronjob.span = config.span;
    const TextSpan scheduleSpan = config.scheduleSpan.isValid() ? config.scheduleSpan : config.span;

    const auto standardized = LagoonCron::standardize(config.schedule, context.plan.namespaceName);
    if (!standardized) {
        context.error(QStringLiteral("plan.cronjob-schedule-invalid"),
                      DeployPlanner::tr("unable to convert crontab for cronjob %1: %2")
                          .arg(config.name, standardized.error().message),
                      SourceFile::Lagoon, scheduleSpan);
        return std::nullopt;
    }
    cronjob.resolvedSchedule = *standardized;
    const auto inPod = LagoonCron::runsInPod(*standardized, config.inPod);
    if (!inPod) {
        context.error(QStringLiteral("plan.cronjob-schedule-invalid"),
                      DeployPlanner::tr("unable to validate crontab for cronjob %1: %2")
                          .arg(config.name, inPod.error().message),
                      SourceFile::Lagoon, scheduleSpan);
        return std::nullopt;
    }
    cronjob.inPod = *inPod;
    if (!cronjob.inPod)
        cronjob.kubernetesName = PlanNames::nativeCronjobName(service.lagoonName, config.name);
    const auto timeout = LagoonCron::timeoutSeconds(config.timeout, config.name);
    if (!timeout) {
        context.error(QStringLiteral("plan.cronjob-timeout-invalid"), timeout.error().message, SourceFile::Lagoon,
                      config.span);
        return std::nullopt;
    }
    cronjob.timeoutSeconds = *timeout;
    return cronjob;
}

PlannedTask planTask(PlanContext &context, const TaskConfig &config, PlannedTask::Phase phase, bool disabled)
{
    PlannedTask task;
    task.phase = phase;
    task.name = config.name;
    task.command = config.command;
    task.service = config.service;
    task.container = config.container;
    if (!config.shell.isEmpty())
        task.shell = config.shell;
    task.when = config.when;
    task.weight = config.weight;
    task.requiresEnvironment = config.requiresEnvironment.value_or(false);
    task.disabled = disabled;
    task.span = config.span;
    if (disabled)
        return task;
    if (config.service.isEmpty()) {
        context.warning(QStringLiteral("plan.task-service-missing"),
                        DeployPlanner::tr("No deployments found matching label: lagoon.sh/service="),
                        SourceFile::Lagoon, config.span,
                        DeployPlanner::tr("Task '%1' has no service, so it runs nowhere; add service: cli (or the "
                                          "service that should run it).")
                            .arg(config.name));
    } else if (!context.deployedByLagoonName(config.service)) {
        context.warning(QStringLiteral("plan.task-service-unknown"),
                        DeployPlanner::tr("task '%1' runs in service %2, which this environment does not deploy")
                            .arg(config.name, config.service),
                        SourceFile::Lagoon, config.span,
                        DeployPlanner::tr("Tasks select the pod by lagoon.name (lagoon.sh/service label)."));
    }
    return task;
}

int retention(PlanContext &context, const QString &variable, const QString &period, int fallback)
{
    const auto value = context.input.variable(variable);
    if (!value || value->isEmpty())
        return fallback;
    bool ok = false;
    const int parsed = value->toInt(&ok);
    if (ok)
        return parsed;
    context.error(QStringLiteral("plan.backup-retention-invalid"),
                  DeployPlanner::tr("unable to convert %1 retention provided in the environment variable to integer")
                      .arg(period),
                  SourceFile::None);
    return fallback;
}

} // namespace

void planCronjobs(PlanContext &context)
{
    if (!context.branchEnvironment)
        return;
    const QList<CronjobConfig> &cronjobs = context.branchEnvironment->cronjobs;
    checkDuplicateCronjobs(context, cronjobs);
    const auto disabled = context.input.variable(QStringLiteral("LAGOON_CRONJOBS_DISABLED"));
    if (disabled && parseGoBool(*disabled).value_or(false)) {
        context.plan.cronjobsDisabled = true;
        return;
    }
    for (const CronjobConfig &config : cronjobs) {
        // Lagoon matches a cronjob's service against compose service names and ignores the rest.
        const PlannedService *service = context.plan.service(config.service);
        if (!service || !service->isDeployed()) {
            context.warning(QStringLiteral("plan.cronjob-service-unknown"),
                            DeployPlanner::tr("cronjob '%1' is for service %2, which this environment does not "
                                              "deploy; Lagoon ignores it")
                                .arg(config.name, config.service),
                            SourceFile::Lagoon, config.span);
            continue;
        }
        if (auto cronjob = planCronjob(context, config, *service))
            context.plan.cronjobs.append(*cronjob);
    }
}

void planTasks(PlanContext &context)
{
    const auto isSet = [&context](const char *name) {
        const auto value = context.input.variable(QLatin1String(name));
        return value && parseGoBool(*value).value_or(false);
    };
    const bool preDisabled = isSet("LAGOON_PREROLLOUT_DISABLED");
    const bool postDisabled = isSet("LAGOON_POSTROLLOUT_DISABLED");
    for (const TaskConfig &task : context.config.preRollout)
        context.plan.preRolloutTasks.append(planTask(context, task, PlannedTask::Phase::PreRollout, preDisabled));
    for (const TaskConfig &task : context.config.postRollout)
        context.plan.postRolloutTasks.append(planTask(context, task, PlannedTask::Phase::PostRollout, postDisabled));
}

void planBackups(PlanContext &context)
{
    PlannedBackups &backups = context.plan.backups;
    for (const PlannedService &s : std::as_const(context.plan.services))
        backups.enabled = backups.enabled || (s.isDeployed() && s.backups);
    for (const PlannedVolume &v : std::as_const(context.plan.volumes))
        backups.enabled = backups.enabled || v.backup;

    const bool production = context.input.isProduction();
    backups.schedule = context.input.variable(QStringLiteral("DEFAULT_BACKUP_SCHEDULE")).value_or(QString());
    if (backups.schedule.isEmpty())
        backups.schedule = DefaultBackupSchedule;
    if (production && !context.config.backupSchedule.isEmpty()) {
        backups.schedule = context.config.backupSchedule;
        backups.scheduleFromLagoonYml = true;
    }
    const auto resolved = LagoonCron::standardize(backups.schedule, context.plan.namespaceName);
    if (resolved) {
        backups.resolvedSchedule = *resolved;
    } else if (backups.scheduleFromLagoonYml) {
        context.error(QStringLiteral("plan.backup-schedule-invalid"),
                      DeployPlanner::tr("unable to convert crontab for default backup schedule from .lagoon.yml: %1")
                          .arg(resolved.error().message),
                      SourceFile::Lagoon, context.config.backupScheduleSpan);
    } else {
        context.error(QStringLiteral("plan.backup-schedule-invalid"),
                      DeployPlanner::tr("unable to convert crontab for default backup schedule: %1")
                          .arg(resolved.error().message),
                      SourceFile::None);
    }

    backups.hourly = retention(context, QStringLiteral("HOURLY_BACKUP_DEFAULT_RETENTION"), QStringLiteral("hourly"), 0);
    backups.daily = retention(context, QStringLiteral("DAILY_BACKUP_DEFAULT_RETENTION"), QStringLiteral("daily"), 7);
    backups.weekly = retention(context, QStringLiteral("WEEKLY_BACKUP_DEFAULT_RETENTION"), QStringLiteral("weekly"), 6);
    backups.monthly =
        retention(context, QStringLiteral("MONTHLY_BACKUP_DEFAULT_RETENTION"), QStringLiteral("monthly"), 1);
    if (production) {
        const BackupRetention &configured = context.config.backupRetention;
        backups.hourly = configured.hourly.value_or(backups.hourly);
        backups.daily = configured.daily.value_or(backups.daily);
        backups.weekly = configured.weekly.value_or(backups.weekly);
        backups.monthly = configured.monthly.value_or(backups.monthly);
    }
}

} // namespace Lagoon::PlanDetail
