// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/lagoonymlrules.h"

#include <QHash>
#include <QSet>

#include "core/lagoon/config/diagnosticbuilder.h"
#include "core/lagoon/config/lagooncron.h"
#include "core/lagoon/config/lagoonvalidator.h"
#include "core/lagoon/config/namespacename.h"
#include "core/lagoon/config/routeannotationrules.h"

namespace Lagoon {

namespace {


// Names a route, cronjob or task may use for a service: compose names and lagoon.name groups.
QSet<QString> knownServices(const LoadedProject &project)
{
    QSet<QString> names;
    for (const ComposeService &s : project.compose.services) {
        names.insert(s.name);
        if (const QString group = s.label(QStringLiteral("lagoon.name")); !group.isEmpty())
            names.insert(group);
    }
    return names;
}

void checkRoutes(const QList<RouteConfig> &routes, const QString &scope, const QSet<QString> &services,
                 DiagnosticBuilder &out)
{
    for (const RouteConfig &route : routes) {
        if (const QString reason = LagoonValidator::dns1123SubdomainError(route.domain); !reason.isEmpty()) {
            out.error(QStringLiteral("route.invalid-domain"), route.span,
                      LagoonYmlRules::tr("Route %1 in .lagoon.yml is not valid: %2").arg(route.domain, reason),
                      LagoonYmlRules::tr("Use a host name only: no scheme, path, port or spaces."));
        }
        for (const QString &alt : route.alternativeNames) {
            if (const QString reason = LagoonValidator::dns1123SubdomainError(alt); !reason.isEmpty())
                out.error(QStringLiteral("route.invalid-domain"), route.span,
                          LagoonYmlRules::tr("Route %1 in .lagoon.yml is not valid: %2").arg(alt, reason));
        }
        const bool wildcard = route.wildcard.value_or(false);
        if (wildcard && route.tlsAcme.value_or(true)) {
            out.error(QStringLiteral("route.wildcard-tls-acme"), route.span,
                      LagoonYmlRules::tr("Route %1 has wildcard: true and tls-acme: true, this is not supported").arg(route.domain),
                      LagoonYmlRules::tr("Let's Encrypt cannot issue wildcard certificates over HTTP; set tls-acme: false and "
                             "provide the certificate yourself."));
        }
        if (wildcard && !route.alternativeNames.isEmpty()) {
            out.error(QStringLiteral("route.wildcard-alternativenames"), route.span,
                      LagoonYmlRules::tr("Route %1 has wildcard: true and alternativenames defined, this is not supported")
                          .arg(route.domain));
        }
        if (route.insecure) {
            const QString value = *route.insecure;
            if (value == QLatin1String("None")) {
                out.warning(QStringLiteral("route.insecure-deprecated"), route.span,
                            LagoonYmlRules::tr("insecure: None is deprecated and behaves like Redirect"),
                            LagoonYmlRules::tr("Write insecure: Redirect."));
            } else if (value != QLatin1String("Allow") && value != QLatin1String("Redirect")) {
                out.warning(QStringLiteral("route.insecure-unknown"), route.span,
                            LagoonYmlRules::tr("insecure: %1 is not Allow or Redirect; Lagoon treats it like Redirect").arg(value));
            }
        }
        if (!services.isEmpty() && !services.contains(route.service)) {
            out.warning(QStringLiteral("route.unknown-service"), route.span,
                        LagoonYmlRules::tr("The route %1 points to service '%2', which is not in the compose file")
                            .arg(route.domain, route.service),
                        LagoonYmlRules::tr("Lagoon does not check this; the ingress would have no backend."));
        }
        for (const KeyValue &annotation : route.annotations) {
            if (const auto detail = RouteAnnotationRules::violation(annotation.key, annotation.value)) {
                out.error(QStringLiteral("route.annotation-restricted"), annotation.span.isValid() ? annotation.span : route.span,
                          RouteAnnotationRules::lintMessage(scope, annotation.key, route.service, route.domain, *detail),
                          LagoonYmlRules::tr("Lagoon only allows rewrite, add_header, set_real_ip_from and more_set_headers in "
                                 "nginx snippets."));
            }
        }
        for (const PathRouteConfig &pr : route.pathRoutes) {
            const TextSpan span = pr.span.isValid() ? pr.span : route.span;
            if (pr.toService.isEmpty())
                out.error(QStringLiteral("route.path-route-incomplete"), span,
                          LagoonYmlRules::tr("path route for %1 has no toService defined").arg(route.domain));
            else if (!services.isEmpty() && !services.contains(pr.toService))
                out.error(QStringLiteral("route.path-route-unknown-service"), span,
                          LagoonYmlRules::tr("%1 is not a valid service reference").arg(pr.toService));
            if (pr.path.isEmpty())
                out.error(QStringLiteral("route.path-route-incomplete"), span,
                          LagoonYmlRules::tr("path route for %1 has no path defined").arg(route.domain));
        }
    }
}

void checkCronjobs(const EnvironmentConfig &env, const LoadedProject &project, const QSet<QString> &services,
                   QHash<QString, QString> &scheduleErrors, DiagnosticBuilder &out)
{
    QHash<QString, int> seen;
    const QString ns = NamespaceName::forEnvironment(
        project.compose.projectName.isEmpty() ? QStringLiteral("project") : project.compose.projectName, env.name);
    for (const CronjobConfig &cron : env.cronjobs) {
        if (seen.contains(cron.name)) {
            out.error(QStringLiteral("cronjob.duplicate-name"), cron.span,
                      LagoonYmlRules::tr("duplicate named cronjobs detected: %1").arg(cron.name),
                      LagoonYmlRules::tr("Every cronjob of an environment needs its own name."));
        }
        seen.insert(cron.name, 1);
        const QString trimmed = cron.command.trimmed();
        if (trimmed.contains(QLatin1Char('\n'))) {
            out.error(QStringLiteral("cronjob.multiline-command"),
                      cron.commandSpan.isValid() ? cron.commandSpan : cron.span,
                      LagoonYmlRules::tr("environment %1: invalid cronjob, multiline commands are not supported: %2")
                          .arg(env.name, LagoonValidator::goQuote(trimmed)),
                      LagoonYmlRules::tr("Put the commands in a script and call it, or join them with && on one line."));
        }
        // Whether a schedule is valid does not depend on the seed, so each distinct one is checked once.
        auto known = scheduleErrors.constFind(cron.schedule);
        if (known == scheduleErrors.cend()) {
            const auto schedule = LagoonCron::standardize(cron.schedule, ns);
            known = scheduleErrors.insert(cron.schedule, schedule ? QString() : schedule.error().message);
        }
        if (!known->isEmpty()) {
            out.error(QStringLiteral("cronjob.invalid-schedule"), cron.scheduleSpan.isValid() ? cron.scheduleSpan : cron.span,
                      *known,
                      LagoonYmlRules::tr("Five fields: minute hour day month weekday; M and H pick a stable random value, "
                             "e.g. \"M H(1-4) * * *\"."));
        }
        if (auto timeout = LagoonCron::timeoutSeconds(cron.timeout, cron.name); !timeout)
            out.error(QStringLiteral("cronjob.invalid-timeout"), cron.span, timeout.error().message);
        if (cron.service.isEmpty()) {
            out.warning(QStringLiteral("cronjob.no-service"), cron.span,
                        LagoonYmlRules::tr("The cronjob '%1' names no service, so Lagoon never runs it").arg(cron.name));
        } else if (!services.isEmpty() && !services.contains(cron.service)) {
            out.warning(QStringLiteral("cronjob.unknown-service"), cron.span,
                        LagoonYmlRules::tr("The cronjob '%1' runs in service '%2', which is not in the compose file; Lagoon "
                               "silently skips it")
                            .arg(cron.name, cron.service));
        }
    }
}

void checkTasks(const QList<TaskConfig> &tasks, const QString &phase, const QSet<QString> &services,
                DiagnosticBuilder &out)
{
    for (const TaskConfig &task : tasks) {
        if (task.service.isEmpty()) {
            out.error(QStringLiteral("task.no-service"), task.span,
                      LagoonYmlRules::tr("The %1 task '%2' names no service: Lagoon fails with \"No deployments found matching "
                             "label: lagoon.sh/service=\"")
                          .arg(phase, task.name),
                      LagoonYmlRules::tr("Add service: cli (or the service that should run it)."));
        } else if (!services.isEmpty() && !services.contains(task.service)) {
            out.warning(QStringLiteral("task.unknown-service"), task.span,
                        LagoonYmlRules::tr("The %1 task '%2' runs in service '%3', which is not in the compose file")
                            .arg(phase, task.name, task.service));
        }
        if (task.command.trimmed().isEmpty())
            out.warning(QStringLiteral("task.no-command"), task.span,
                        LagoonYmlRules::tr("The %1 task '%2' has no command").arg(phase, task.name));
    }
}

void checkRegistries(const LagoonConfig &config, DiagnosticBuilder &out)
{
    for (const RegistryConfig &registry : config.containerRegistries) {
        // Credentials may live in API variables instead; the build fails only when neither has them.
        if (registry.username.isEmpty()) {
            out.warning(QStringLiteral("registry.no-username"), registry.span,
                        LagoonYmlRules::tr("No username for registry %1 here: unless the API variable REGISTRY_%1_USERNAME "
                               "provides one, Lagoon fails with \"no username defined for registry %1\"")
                            .arg(registry.name));
        }
        if (registry.password.isEmpty()) {
            out.warning(QStringLiteral("registry.no-password"), registry.span,
                        LagoonYmlRules::tr("No password for registry %1 here: unless the API variable REGISTRY_%1_PASSWORD "
                               "provides one, Lagoon fails with \"no password defined for registry %1\"")
                            .arg(registry.name));
        }
    }
}

} // namespace

void LagoonYmlRules::check(const LoadedProject &project, Diagnostics &diagnostics)
{
    if (!project.lagoonYmlLoaded)
        return;
    const LagoonConfig &config = project.config;
    DiagnosticBuilder out(diagnostics, project.lagoonYmlFile);

    const QSet<QString> services = knownServices(project);
    QHash<QString, QString> scheduleErrors;
    for (const EnvironmentConfig &env : config.environments) {
        if (const QString problem = LagoonValidator::branchNameProblem(env.name); !problem.isEmpty()) {
            out.warning(QStringLiteral("environment.not-a-branch"), env.span,
                        tr("The environment '%1' can never match a branch: %2").arg(env.name, problem));
        } else if (env.name.endsWith(QLatin1Char('-'))) {
            out.warning(QStringLiteral("environment.trailing-dash"), env.span,
                        tr("A branch named '%1' gives an invalid Kubernetes namespace; Lagoon's build never starts")
                            .arg(env.name));
        }
        // Part of lagoon-linter's English message, so not translated.
        checkRoutes(env.routes, QStringLiteral("environment %1").arg(env.name), services, out);
        checkCronjobs(env, project, services, scheduleErrors, out);
        for (const KeyValue &type : env.types) {
            if (!project.compose.services.isEmpty() && !project.compose.service(type.key))
                out.warning(QStringLiteral("environment.type-unknown-service"), type.span,
                            tr("types: '%1' is not a service in the compose file").arg(type.key));
        }
    }
    if (config.activeRoutes)
        checkRoutes(*config.activeRoutes, QStringLiteral("active environment"), services, out);
    if (config.standbyRoutes)
        checkRoutes(*config.standbyRoutes, QStringLiteral("standby environment"), services, out);

    checkTasks(config.preRollout, QStringLiteral("pre-rollout"), services, out);
    checkTasks(config.postRollout, QStringLiteral("post-rollout"), services, out);
    checkRegistries(config, out);

    if (!config.backupSchedule.isEmpty()) {
        if (auto schedule = LagoonCron::standardize(config.backupSchedule, QStringLiteral("backup")); !schedule) {
            out.error(QStringLiteral("backup.invalid-schedule"), config.backupScheduleSpan,
                      tr("unable to convert crontab for default backup schedule from .lagoon.yml: %1")
                          .arg(schedule.error().message));
        }
    }
}

} // namespace Lagoon
