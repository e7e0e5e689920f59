// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/plan/deployplanner.h"

#include "core/lagoon/config/namespacename.h"
#include "core/lagoon/plan/deployplanner_p.h"

namespace Lagoon {

namespace PlanDetail {

PlanContext::PlanContext(const LagoonConfig &config_, const ComposeProject &compose_, const PlanInput &input_,
                         DeployPlan &plan_)
    : config(config_)
    , compose(compose_)
    , input(input_)
    , plan(plan_)
    , branchEnvironment(config_.environment(input_.effectiveBranch()))
    , namedEnvironment(config_.environment(input_.environmentName))
{
}

void PlanContext::report(Diagnostic::Severity severity, const QString &ruleId, const QString &message, SourceFile file,
                         const TextSpan &span, const QString &hint)
{
    Diagnostic d;
    d.severity = severity;
    d.ruleId = ruleId;
    d.message = message;
    d.hint = hint;
    switch (file) {
    case SourceFile::Lagoon:
        d.file = input.lagoonFile;
        break;
    case SourceFile::Compose:
        d.file = config.composeFile;
        break;
    case SourceFile::None:
        break;
    }
    if (file != SourceFile::None && span.isValid()) {
        d.line = span.line;
        d.column = span.column;
        d.endLine = span.endLine;
        d.endColumn = span.endColumn;
    }
    // Planning steps may meet the same problem once per service; say it once.
    if (!plan.problems.contains(d))
        plan.problems.append(d);
}

const PlannedService *PlanContext::deployedByLagoonName(const QString &name) const
{
    for (const PlannedService &s : plan.services) {
        if (s.isDeployed() && s.lagoonName == name)
            return &s;
    }
    return nullptr;
}

std::optional<bool> parseGoBool(const QString &text)
{
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("T"),
                                    QStringLiteral("TRUE"), QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("f"), QStringLiteral("F"),
                                   QStringLiteral("FALSE"), QStringLiteral("false"), QStringLiteral("False")};
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

} // namespace PlanDetail

DeployPlan DeployPlanner::plan(const LagoonConfig &config, const ComposeProject &compose, const PlanInput &input)
{
    DeployPlan plan;
    plan.input = input;
    plan.namespaceName = NamespaceName::forEnvironment(input.projectName, input.environmentName);
    // Lagoon only treats production environments as active or standby.
    plan.activeEnvironment = input.isProduction() && !input.activeEnvironment.isEmpty() &&
                             input.environmentName == input.activeEnvironment;
    plan.standbyEnvironment = input.isProduction() && !input.standbyEnvironment.isEmpty() &&
                              input.environmentName == input.standbyEnvironment;

    PlanDetail::PlanContext context(config, compose, input, plan);
    // Routes need the resolved services (types, lagoon.name, compose ports); cronjobs need
    // lagoon.name and which services are deployed.
    PlanDetail::planServices(context);
    PlanDetail::planRoutes(context);
    PlanDetail::planCronjobs(context);
    PlanDetail::planTasks(context);
    PlanDetail::planBackups(context);
    return plan;
}

} // namespace Lagoon
