// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to DeployPlanner: the state the planning steps share. Not part of core's API.

#include <optional>

#include <QString>

#include "core/diagnostics/diagnostic.h"
#include "core/lagoon/config/composeproject.h"
#include "core/lagoon/config/lagoonconfig.h"
#include "core/lagoon/plan/deployplan.h"
#include "core/lagoon/plan/planinput.h"

namespace Lagoon::PlanDetail {

/** Which file a TextSpan points into. */
enum class SourceFile { None, Lagoon, Compose };

/** The inputs of one planning run, the plan being filled, and helpers to report problems. */
struct PlanContext final
{
    PlanContext(const LagoonConfig &config, const ComposeProject &compose, const PlanInput &input, DeployPlan &plan);

    const LagoonConfig &config;
    const ComposeProject &compose;
    const PlanInput &input;
    DeployPlan &plan;
    /// environments.<branch>: routes, cronjobs, autogenerateRoutes (Lagoon keys these by branch).
    const EnvironmentConfig *branchEnvironment = nullptr;
    /// environments.<environment name>: types, autogeneratePathRoutes.
    const EnvironmentConfig *namedEnvironment = nullptr;

    void report(Diagnostic::Severity severity, const QString &ruleId, const QString &message, SourceFile file,
                const TextSpan &span = {}, const QString &hint = {});
    void error(const QString &ruleId, const QString &message, SourceFile file, const TextSpan &span = {},
               const QString &hint = {})
    {
        report(Diagnostic::Severity::Error, ruleId, message, file, span, hint);
    }
    void warning(const QString &ruleId, const QString &message, SourceFile file, const TextSpan &span = {},
                 const QString &hint = {})
    {
        report(Diagnostic::Severity::Warning, ruleId, message, file, span, hint);
    }

    /** The planned service whose lagoon.name is `name` and that is deployed, or nullptr. */
    const PlannedService *deployedByLagoonName(const QString &name) const;
};

/** A route on its way to the plan, with what the ingress template still needs. */
struct RouteDraft
{
    PlannedRoute route;
    QList<PathRouteConfig> pathRoutes;
    QList<KeyValue> annotations; ///< from .lagoon.yml, applied over Lagoon's own
};

/** Fills in the Ingress fields (name, hosts, TLS, backends, annotations, labels) of a route. */
void templateIngress(PlanContext &context, RouteDraft &draft);

/** Go's strconv.ParseBool: 1 t T TRUE true True 0 f F FALSE false False. */
std::optional<bool> parseGoBool(const QString &text);

// The planning steps, in the order DeployPlanner runs them (each may read what earlier ones filled in).
void planServices(PlanContext &context);
void planRoutes(PlanContext &context);
void planCronjobs(PlanContext &context);
void planTasks(PlanContext &context);
void planBackups(PlanContext &context);

} // namespace Lagoon::PlanDetail
