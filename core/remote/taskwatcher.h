// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "core/remote/lagoontask.h"
#include "core/util/error.h"

namespace Lagoon {

class LagoonApiClient;
class LagoonSubscriptionClient;

/**
 * Keeps the tasks of one environment current, the way DeploymentWatcher keeps its deployments:
 * the taskChanged subscription, and the EnvironmentTasks query first, after every reconnection
 * and on every poll of the subscription client. taskChanged(id) is emitted once per real change;
 * a status never moves backwards.
 */
class TaskWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskWatcher)

public:
    /** `api` and `subscriptions` are shared and must outlive the watcher. */
    TaskWatcher(LagoonApiClient *api, LagoonSubscriptionClient *subscriptions, int environmentId,
                QObject *parent = nullptr);
    ~TaskWatcher() override;

    int environmentId() const { return m_environmentId; }
    /** How many of the newest tasks a reconciling query reads (default 25). */
    void setReconcileLimit(int limit) { m_reconcileLimit = limit; }

    /** Subscribes and runs the first query; opens the subscription client when it is closed. */
    void start();
    void stop();
    bool isRunning() const { return m_subscription != 0; }
    bool isLoaded() const { return m_loaded; }
    /** Runs the reconciling query now (a retry after an error). */
    void reconcile();

    /** Newest first (created, then id, descending). */
    QList<LagoonTask> tasks() const;
    std::optional<LagoonTask> task(int id) const;

Q_SIGNALS:
    void taskChanged(int id);
    void reconciled();
    void errorOccurred(const Lagoon::Error &error);

private:
    void onReconciled(const Result<QJsonObject> &data);
    void apply(const LagoonTask &task, bool fromEvent);

    QPointer<LagoonApiClient> m_api;
    QPointer<LagoonSubscriptionClient> m_subscriptions;
    int m_environmentId;
    int m_reconcileLimit = 25;
    int m_subscription = 0;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_reconcileInFlight = false;
    bool m_reconcileAgain = false;
    QHash<int, LagoonTask> m_tasks;
};

} // namespace Lagoon
