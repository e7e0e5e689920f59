// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

namespace Lagoon {

/**
 * One task run on an environment (drush, an advanced task…) as the API reports it: the fields
 * of the EnvironmentTasks and TaskChanged documents. `status` is Lagoon's lower-case value (new,
 * pending, queued, running, active, complete, succeeded, failed, error, cancelled); the dates are
 * Lagoon's "YYYY-MM-DD hh:mm:ss" text in UTC.
 */
struct LagoonTask
{
    int id = 0;
    QString name;
    QString taskName;
    QString status;
    QString created;
    QString started;
    QString completed;
    QString service;
    QString command;
    QString remoteId;
    QString sourceType;
    QString sourceUser;

    /** Complete, succeeded, failed, error or cancelled. */
    bool isFinished() const;

    /** new 0, pending 1, queued 2, running/active 3, finished 4; unknown -1 (never stale). */
    static int statusRank(const QString &status);

    /** Empty when the object has no id (not a task). */
    static std::optional<LagoonTask> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const LagoonTask &, const LagoonTask &) = default;
};

} // namespace Lagoon
