// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/deploymentwatcher.h"

#include <algorithm>

#include "core/remote/lagoonsubscriptionclient.h"
#include "core/remote/newestfirst.h"
#include "core/remote/remotelogging.h"

namespace Lagoon {

DeploymentWatcher::DeploymentWatcher(LagoonApiClient *api, LagoonSubscriptionClient *subscriptions, int environmentId,
                                     QObject *parent)
    : EnvironmentWatcher(api, subscriptions, environmentId, QStringLiteral("DeploymentChanged"),
                         QStringLiteral("EnvironmentDeployments"), QStringLiteral("deployments"), parent)
{
}

QList<LagoonDeployment> DeploymentWatcher::deployments() const
{
    QList<LagoonDeployment> list = m_deployments.values();
    std::sort(list.begin(), list.end(), NewestFirst());
    return list;
}

std::optional<LagoonDeployment> DeploymentWatcher::deployment(const QString &name) const
{
    const auto it = m_deployments.constFind(name);
    if (it == m_deployments.cend())
        return std::nullopt;
    return *it;
}

void DeploymentWatcher::applyQueried(const QJsonObject &item, quint64 sentAt)
{
    if (const auto deployment = LagoonDeployment::fromJson(item))
        apply(*deployment, sentAt);
}

void DeploymentWatcher::applyEvent(const QJsonObject &data, const SubscriptionEventStamp &stamp)
{
    const auto deployment = LagoonDeployment::fromJson(data.value(QStringLiteral("deploymentChanged")).toObject());
    if (!deployment)
        return;
    DeploymentEventTiming timing{deployment->name, deployment->status, deployment->buildStep, false,
                                 stamp.received, {}, stamp.receivedWall, {}};
    timing.changed = apply(*deployment, std::nullopt);
    timing.applied = std::chrono::steady_clock::now();
    timing.appliedWall = std::chrono::system_clock::now();
    Q_EMIT eventApplied(timing);
}

bool DeploymentWatcher::apply(const LagoonDeployment &deployment, std::optional<quint64> reconcileSentAt)
{
    const bool fromEvent = !reconcileSentAt;
    const auto it = m_deployments.find(deployment.name);
    if (it != m_deployments.end()) {
        const int known = LagoonDeployment::statusRank(it->status);
        const int incoming = LagoonDeployment::statusRank(deployment.status);
        if (incoming >= 0 && incoming < known) {
            qCDebug(lcRemote) << "watcher: stale" << deployment.name << deployment.status << "after" << it->status;
            return false;
        }
        // Same stage, but an event came after the query was sent: the event may be the newer one.
        if (!fromEvent && incoming == known && m_lastEvent.value(deployment.name) > *reconcileSentAt)
            return false;
        if (fromEvent)
            m_lastEvent.insert(deployment.name, countEvent());
        if (*it == deployment)
            return false;
        *it = deployment;
    } else {
        if (fromEvent)
            m_lastEvent.insert(deployment.name, countEvent());
        m_deployments.insert(deployment.name, deployment);
    }
    Q_EMIT deploymentChanged(deployment.name);
    return true;
}

} // namespace Lagoon
