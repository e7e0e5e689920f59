// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <optional>

#include <QHash>
#include <QList>

#include "core/remote/environmentwatcher.h"
#include "core/remote/lagoondeployment.h"

namespace Lagoon {

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
class DeploymentWatcher final : public EnvironmentWatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentWatcher)

public:
    /** `api` and `subscriptions` are shared with other watchers and must outlive this one. */
    DeploymentWatcher(LagoonApiClient *api, LagoonSubscriptionClient *subscriptions, int environmentId,
                      QObject *parent = nullptr);

    /** Newest first, as the API orders them (created, then id, descending). */
    QList<LagoonDeployment> deployments() const;
    std::optional<LagoonDeployment> deployment(const QString &name) const;

Q_SIGNALS:
    /** The deployment `name` appeared or changed. */
    void deploymentChanged(const QString &name);
    /** After each subscription event was applied (or dropped as a duplicate). */
    void eventApplied(const Lagoon::DeploymentEventTiming &timing);

private:
    void applyEvent(const QJsonObject &data, const SubscriptionEventStamp &stamp) override;
    void applyQueried(const QJsonObject &item, quint64 sentAt) override;
    bool apply(const LagoonDeployment &deployment, std::optional<quint64> reconcileSentAt);

    // countEvent() of each deployment's last event: a reconciling answer does not overrule an
    // event newer than its request.
    QHash<QString, quint64> m_lastEvent;
    QHash<QString, LagoonDeployment> m_deployments;
};

} // namespace Lagoon
