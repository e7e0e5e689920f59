// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <optional>

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Lagoon {

struct LagoonDeployment;

/** Where a deployment ran: enough to find it again (and to open its rollout). */
struct DeploymentRef
{
    QString accountId;
    QString project;
    QString environment;
    QString buildName;

    /** One text per deployment, for de-duplication and maps. */
    QString key() const;
    friend bool operator==(const DeploymentRef &, const DeploymentRef &) = default;
};

/** How one deployment ended, as a desktop notification tells it. */
struct DeploymentOutcome
{
    enum class Kind
    {
        Complete,
        CompletedWithWarnings,
        /** Lagoon's `failed` and `error`. */
        Failed,
        Cancelled,
    };

    DeploymentRef deployment;
    Kind kind = Kind::Complete;
    /** With Failed: Lagoon's buildStep id where the build stopped ("buildingImages"). */
    QString failedStep;
    /** UTC; invalid when Lagoon did not say. */
    QDateTime started;
    QDateTime finished;

    bool isFailure() const { return kind == Kind::Failed; }
    /** finished − started; empty when either is unknown. */
    std::optional<std::chrono::seconds> duration() const;

    /** Empty while `deployment` has not finished. */
    static std::optional<DeploymentOutcome> fromDeployment(const QString &accountId, const QString &project,
                                                           const QString &environment,
                                                           const LagoonDeployment &deployment);
};

} // namespace Lagoon

Q_DECLARE_METATYPE(Lagoon::DeploymentRef)
Q_DECLARE_METATYPE(Lagoon::DeploymentOutcome)
