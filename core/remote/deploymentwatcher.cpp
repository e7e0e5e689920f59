// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/deploymentwatcher.h"

#include <algorithm>

#include <QJsonArray>

#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsubscriptionclient.h"
#include "core/remote/remotelogging.h"

namespace Lagoon {

DeploymentWatcher::DeploymentWatcher(LagoonApiClient *api, LagoonSubscriptionClient *subscriptions, int environmentId,
                                     QObject *parent)
    : QObject(parent), m_api(api), m_subscriptions(subscriptions), m_environmentId(environmentId)
{
}

DeploymentWatcher::~DeploymentWatcher()
{
    stop();
}

void DeploymentWatcher::start()
{
    if (m_subscription != 0 || !m_subscriptions || !m_api)
        return;
    ++m_generation;
    auto request = GraphQLRequest::shipped(QStringLiteral("DeploymentChanged"),
                                           {{QStringLiteral("environment"), m_environmentId}});
    if (!request) {
        Q_EMIT errorOccurred(request.error());
        return;
    }
    m_subscription = m_subscriptions->subscribe(
        *request, this, [this](const QJsonObject &data, const SubscriptionEventStamp &stamp) { onEvent(data, stamp); },
        [this] { reconcile(); }, [this](const Error &error) { Q_EMIT errorOccurred(error); });
    if (m_subscriptions->state() == LagoonSubscriptionClient::State::Closed)
        m_subscriptions->open();
    // After subscribing: what happens between this query and the subscription taking effect is
    // in one of them (the client reconciles again once the subscription is acknowledged).
    reconcile();
}

void DeploymentWatcher::stop()
{
    if (m_subscription == 0)
        return;
    if (m_subscriptions)
        m_subscriptions->unsubscribe(m_subscription);
    m_subscription = 0;
    ++m_generation;
    m_reconcileInFlight = false;
    m_reconcileAgain = false;
}

QList<LagoonDeployment> DeploymentWatcher::deployments() const
{
    QList<LagoonDeployment> list = m_deployments.values();
    std::sort(list.begin(), list.end(), [](const LagoonDeployment &a, const LagoonDeployment &b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });
    return list;
}

std::optional<LagoonDeployment> DeploymentWatcher::deployment(const QString &name) const
{
    const auto it = m_deployments.constFind(name);
    if (it == m_deployments.cend())
        return std::nullopt;
    return *it;
}

void DeploymentWatcher::reconcile()
{
    if (!m_api || m_subscription == 0)
        return;
    // One query at a time; a request that comes meanwhile (a reconnection) runs once more after
    // it, because the answer in flight may predate the reconnection.
    if (m_reconcileInFlight) {
        m_reconcileAgain = true;
        return;
    }
    m_reconcileInFlight = true;
    const quint64 sentAt = m_events;
    const int generation = m_generation;
    m_api->run(QStringLiteral("EnvironmentDeployments"),
               {{QStringLiteral("environment"), m_environmentId}, {QStringLiteral("limit"), m_reconcileLimit}}, this,
               [this, sentAt, generation](const Result<QJsonObject> &data) {
                   if (generation == m_generation)
                       onReconciled(data, sentAt);
               });
}

void DeploymentWatcher::onReconciled(const Result<QJsonObject> &data, quint64 sentAt)
{
    m_reconcileInFlight = false;
    if (!data) {
        Q_EMIT errorOccurred(data.error());
    } else {
        const QJsonValue environment = data->value(QStringLiteral("environmentById"));
        if (!environment.isObject()) {
            Q_EMIT errorOccurred(Error{Error::Code::NotFound,
                                       tr("Environment %1 does not exist, or you may not see it").arg(m_environmentId), {}});
        } else {
            const QJsonArray list = environment.toObject().value(QStringLiteral("deployments")).toArray();
            // Oldest first, so that signals come in the order the builds were made.
            for (qsizetype i = list.size() - 1; i >= 0; --i) {
                if (const auto deployment = LagoonDeployment::fromJson(list.at(i).toObject()))
                    apply(*deployment, sentAt);
            }
            m_loaded = true;
            Q_EMIT reconciled();
        }
    }
    if (m_reconcileAgain && m_subscription != 0) {
        m_reconcileAgain = false;
        reconcile();
    }
}

void DeploymentWatcher::onEvent(const QJsonObject &data, const SubscriptionEventStamp &stamp)
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
            m_lastEvent.insert(deployment.name, ++m_events);
        if (*it == deployment)
            return false;
        *it = deployment;
    } else {
        if (fromEvent)
            m_lastEvent.insert(deployment.name, ++m_events);
        m_deployments.insert(deployment.name, deployment);
    }
    Q_EMIT deploymentChanged(deployment.name);
    return true;
}

} // namespace Lagoon
