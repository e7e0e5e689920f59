// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace Lagoon {

/** One Lagoon API variable as a build sees it (project and environment variables merged). */
struct PlanVariable
{
    QString name;
    QString value;
    QString scope = QStringLiteral("build"); ///< build, runtime, global, internal_system, container_registry
    friend bool operator==(const PlanVariable &, const PlanVariable &) = default;
};

/**
 * What a Lagoon build knows about itself before it reads the project's files: the values the
 * remote controller passes to build-deploy-tool (project, environment, branch or pull request,
 * environment type, active/standby names) and the API variables. DeployPlanner reads
 * `.lagoon.yml` and the compose file through these.
 */
struct PlanInput
{
    enum class EnvironmentType { Production, Development };
    enum class BuildType { Branch, PullRequest, Promote };

    QString projectName;
    QString environmentName;
    QString branch;  ///< branch and promote builds; pull requests use "pr-<number>" (effectiveBranch())
    EnvironmentType environmentType = EnvironmentType::Production;
    BuildType buildType = BuildType::Branch;
    QString prNumber;
    QString prHeadBranch;
    QString prBaseBranch;

    /**
     * LAGOON_SYSTEM_ROUTER_PATTERN, e.g. `${service}-${project}-${environment}.example.com`.
     * A variable of that name in `variables` wins, as in Lagoon where it is an API variable.
     * Empty (and no variable): the plan reports Lagoon's error for a missing pattern.
     */
    QString routerPattern;
    QString activeEnvironment;  ///< the project's productionEnvironment
    QString standbyEnvironment; ///< the project's standbyProductionEnvironment
    /// API variables, project first then environment: a later entry with the same name wins.
    QList<PlanVariable> variables;

    /// Whether the cluster's DBaaS operator has a provider for the environment type; decides
    /// `mariadb` → `mariadb-dbaas` (true) or `mariadb-single` (false).
    bool dbaasProviderAvailable = true;
    QString monitoringAlertContact;  ///< MONITORING_ALERTCONTACT of the remote controller
    QString monitoringStatusPageId;  ///< MONITORING_STATUSPAGEID
    QString lagoonVersion;           ///< written as the lagoon.sh/version annotation when set

    /// Files the model's TextSpans point into, for diagnostics (relative to the project root).
    QString lagoonFile = QStringLiteral(".lagoon.yml");

    bool isProduction() const { return environmentType == EnvironmentType::Production; }
    bool isPullRequest() const { return buildType == BuildType::PullRequest; }
    /** The key Lagoon uses for `environments.<branch>`: the branch, or "pr-<number>" for pull requests. */
    QString effectiveBranch() const;
    /** The value of the last variable with this name, or nullopt. */
    std::optional<QString> variable(const QString &name) const;
    /** The router pattern in effect (variable first, then routerPattern); empty when none. */
    QString effectiveRouterPattern() const;
    /**
     * A LAGOON_FEATURE_FLAG value as Lagoon resolves it: `LAGOON_FEATURE_FLAG_FORCE_<flag>`,
     * then `LAGOON_FEATURE_FLAG_<flag>`, then `LAGOON_FEATURE_FLAG_DEFAULT_<flag>`; empty when unset.
     */
    QString featureFlag(const QString &flag) const;

    static QString environmentTypeId(EnvironmentType type);   ///< "production" / "development"
    static QString buildTypeId(BuildType type);               ///< "branch" / "pullrequest" / "promote"
    static std::optional<EnvironmentType> environmentTypeFromId(const QString &id);
    static std::optional<BuildType> buildTypeFromId(const QString &id);
};

} // namespace Lagoon
