// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "core/remote/lagoondeployment.h"
#include "core/util/error.h"

namespace Lagoon {

class LagoonApiClient;
class LagoonSubscriptionClient;
struct SubscriptionEventStamp;

/**
 * How long one deploymentChanged event took from the socket to the model. Lagoon's payload
 * carries no event time (its dates have whole seconds and belong to the build, not to the
 * event), so the server side is left to those who can read the server's clock (the benchmark
 * reads the sandbox's journal) and the wall times are there to compare with it.
 */
struct DeploymentEventTiming
{
    QString deployment;
    QString status;
    QString buildStep;
    /** False: a duplicate or stale event that left the model as it was. */
    bool changed = false;
    std::chrono::steady_clock::time_point received;
    std::chrono::steady_clock::time_point applied;
    std::chrono::system_clock::time_point receivedWall;
    std::chrono::system_clock::time_point appliedWall;

    std::chrono::nanoseconds latency() const { return applied - received; }
};

/**
 * Keeps the deployments of one environment current: a first query (EnvironmentDeployments), the
 * deploymentChanged subscription, and the same query again after every reconnection and on every
 * poll of the subscription client, so no status change is missed while the connection was down.
 * Each deployment is kept once, by name; deploymentChanged(name) is emitted once per real change,
 * never for the replays that reconnections and reconciling queries bring. A status never moves
 * backwards (an event that arrives after a newer one is stale), so a finished build is reported
 * finished exactly once.
 */
class DeploymentWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentWatcher)

public:
    /** `api` and `subscriptions` are shared with other watchers and must outlive this one. */
    DeploymentWatcher(LagoonApiClient *api, LagoonSubscriptionClient *subscriptions, int environmentId,
                      QObject *parent = nullptr);
    ~DeploymentWatcher() override;

    int environmentId() const { return m_environmentId; }

    /** How many of the newest deployments a reconciling query reads (default 25). */
    int reconcileLimit() const { return m_reconcileLimit; }
    void setReconcileLimit(int limit) { m_reconcileLimit = limit; }

    /** Subscribes and runs the first query; opens the subscription client when it is closed. */
    void start();
    void stop();
    bool isRunning() const { return m_subscription != 0; }
    /** A reconciling query has been applied at least once. */
    bool isLoaded() const { return m_loaded; }

    /** Newest first, as the API orders them (created, then id, descending). */
    QList<LagoonDeployment> deployments() const;
    std::optional<LagoonDeployment> deployment(const QString &name) const;

Q_SIGNALS:
    /** The deployment `name` appeared or changed. */
    void deploymentChanged(const QString &name);
    /** A reconciling query was applied (the first one included). */
    void reconciled();
    void errorOccurred(const Lagoon::Error &error);
    /** After each subscription event was applied (or dropped as a duplicate). */
    void eventApplied(const Lagoon::DeploymentEventTiming &timing);

private:
    void reconcile();
    void onReconciled(const Result<QJsonObject> &data, quint64 sentAt);
    void onEvent(const QJsonObject &data, const SubscriptionEventStamp &stamp);
    bool apply(const LagoonDeployment &deployment, std::optional<quint64> reconcileSentAt);

    QPointer<LagoonApiClient> m_api;
    QPointer<LagoonSubscriptionClient> m_subscriptions;
    int m_environmentId;
    int m_reconcileLimit = 25;
    int m_subscription = 0;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_reconcileInFlight = false;
    bool m_reconcileAgain = false;
    // Counts applied events; a reconciling answer does not overrule an event newer than its request.
    quint64 m_events = 0;
    QHash<QString, quint64> m_lastEvent;
    QHash<QString, LagoonDeployment> m_deployments;
};

} // namespace Lagoon
