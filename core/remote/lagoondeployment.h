// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

namespace Lagoon {

/**
 * One Lagoon deployment (a build) as the API reports it: the fields of the EnvironmentDeployments
 * and DeploymentChanged documents. `status` is Lagoon's lower-case value (new, pending, queued,
 * running, complete, failed, error, cancelled); the dates are Lagoon's "YYYY-MM-DD hh:mm:ss" text.
 */
struct LagoonDeployment
{
    int id = 0;
    QString name;
    QString status;
    QString buildStep;
    QString created;
    QString started;
    QString completed;
    QString remoteId;
    int priority = 0;
    QString bulkId;
    QString bulkName;
    QString sourceType;
    QString sourceUser;
    QString buildType;
    QString uiLink;

    /** Complete, failed, error or cancelled: nothing changes the status after it. */
    bool isFinished() const;

    /**
     * The order a build moves through its statuses: new 0, pending 1, queued 2, running 3,
     * finished 4; unknown statuses -1. An update ranked below what is known is stale.
     */
    static int statusRank(const QString &status);

    /** Empty when the object has no name (not a deployment). */
    static std::optional<LagoonDeployment> fromJson(const QJsonObject &json);
    /** The fields fromJson() reads, so that a cached copy reads back the same. */
    QJsonObject toJson() const;

    friend bool operator==(const LagoonDeployment &, const LagoonDeployment &) = default;
};

} // namespace Lagoon
