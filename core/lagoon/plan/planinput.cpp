// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/plan/planinput.h"

namespace Lagoon {

QString PlanInput::effectiveBranch() const
{
    // Pull requests have no branch of their own; Lagoon matches them as "pr-<number>".
    if (buildType == BuildType::PullRequest)
        return QStringLiteral("pr-") + prNumber;
    return branch;
}

std::optional<QString> PlanInput::variable(const QString &name) const
{
    for (auto it = variables.crbegin(); it != variables.crend(); ++it) {
        if (it->name == name)
            return it->value;
    }
    return std::nullopt;
}

QString PlanInput::effectiveRouterPattern() const
{
    return variable(QStringLiteral("LAGOON_SYSTEM_ROUTER_PATTERN")).value_or(routerPattern);
}

QString PlanInput::featureFlag(const QString &flag) const
{
    for (const char *prefix : {"LAGOON_FEATURE_FLAG_FORCE_", "LAGOON_FEATURE_FLAG_", "LAGOON_FEATURE_FLAG_DEFAULT_"}) {
        const auto value = variable(QLatin1String(prefix) + flag);
        if (value && !value->isEmpty())
            return *value;
    }
    return {};
}

QString PlanInput::environmentTypeId(EnvironmentType type)
{
    return type == EnvironmentType::Production ? QStringLiteral("production") : QStringLiteral("development");
}

QString PlanInput::buildTypeId(BuildType type)
{
    switch (type) {
    case BuildType::Branch:
        return QStringLiteral("branch");
    case BuildType::PullRequest:
        return QStringLiteral("pullrequest");
    case BuildType::Promote:
        break;
    }
    return QStringLiteral("promote");
}

std::optional<PlanInput::EnvironmentType> PlanInput::environmentTypeFromId(const QString &id)
{
    if (id == QLatin1String("production"))
        return EnvironmentType::Production;
    if (id == QLatin1String("development"))
        return EnvironmentType::Development;
    return std::nullopt;
}

std::optional<PlanInput::BuildType> PlanInput::buildTypeFromId(const QString &id)
{
    if (id == QLatin1String("branch"))
        return BuildType::Branch;
    if (id == QLatin1String("pullrequest"))
        return BuildType::PullRequest;
    if (id == QLatin1String("promote"))
        return BuildType::Promote;
    return std::nullopt;
}

} // namespace Lagoon
