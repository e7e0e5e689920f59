// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QHash>
#include <QList>

#include "core/remote/environmentwatcher.h"
#include "core/remote/lagoontask.h"

namespace Lagoon {

/**
 * Keeps the tasks of one environment current, the way DeploymentWatcher keeps its deployments:
 * the taskChanged subscription, and the EnvironmentTasks query first, after every reconnection
 * and on every poll of the subscription client. taskChanged(id) is emitted once per real change;
 * a status never moves backwards.
 */
class TaskWatcher final : public EnvironmentWatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskWatcher)

public:
    /** `api` and `subscriptions` are shared and must outlive the watcher. */
    TaskWatcher(LagoonApiClient *api, LagoonSubscriptionClient *subscriptions, int environmentId,
                QObject *parent = nullptr);

    /** Newest first (created, then id, descending). */
    QList<LagoonTask> tasks() const;
    std::optional<LagoonTask> task(int id) const;

Q_SIGNALS:
    void taskChanged(int id);

private:
    void applyEvent(const QJsonObject &data, const SubscriptionEventStamp &stamp) override;
    void applyQueried(const QJsonObject &item, quint64 sentAt) override;
    void apply(const LagoonTask &task, bool fromEvent);

    QHash<int, LagoonTask> m_tasks;
};

} // namespace Lagoon
