// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/environmentwatcher.h"

#include <QJsonArray>

#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsubscriptionclient.h"

namespace Lagoon {

EnvironmentWatcher::EnvironmentWatcher(LagoonApiClient *api, LagoonSubscriptionClient *subscriptions, int environmentId,
                                       const QString &subscription, const QString &query, const QString &listKey,
                                       QObject *parent)
    : QObject(parent), m_api(api), m_subscriptions(subscriptions), m_environmentId(environmentId),
      m_subscriptionName(subscription), m_queryName(query), m_listKey(listKey)
{
}

EnvironmentWatcher::~EnvironmentWatcher()
{
    stop();
}

void EnvironmentWatcher::start()
{
    if (m_subscription != 0 || !m_subscriptions || !m_api)
        return;
    ++m_generation;
    auto request = GraphQLRequest::shipped(m_subscriptionName, {{QStringLiteral("environment"), m_environmentId}});
    if (!request) {
        Q_EMIT errorOccurred(request.error());
        return;
    }
    m_subscription = m_subscriptions->subscribe(
        *request, this,
        [this](const QJsonObject &data, const SubscriptionEventStamp &stamp) { applyEvent(data, stamp); },
        [this] { reconcile(); }, [this](const Error &error) { Q_EMIT errorOccurred(error); });
    if (m_subscriptions->state() == LagoonSubscriptionClient::State::Closed)
        m_subscriptions->open();
    // After subscribing: what happens between this query and the subscription taking effect is
    // in one of them (the client reconciles again once the subscription is acknowledged).
    reconcile();
}

void EnvironmentWatcher::stop()
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

void EnvironmentWatcher::reconcile()
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
    m_api->run(m_queryName,
               {{QStringLiteral("environment"), m_environmentId}, {QStringLiteral("limit"), m_reconcileLimit}}, this,
               [this, sentAt, generation](const Result<QJsonObject> &data) {
                   if (generation == m_generation)
                       onReconciled(data, sentAt);
               });
}

void EnvironmentWatcher::onReconciled(const Result<QJsonObject> &data, quint64 sentAt)
{
    m_reconcileInFlight = false;
    if (!data) {
        Q_EMIT errorOccurred(data.error());
    } else {
        const QJsonValue environment = data->value(QStringLiteral("environmentById"));
        if (!environment.isObject()) {
            Q_EMIT errorOccurred(Error{Error::Code::NotFound,
                                       tr("Environment %1 does not exist, or you may not see it").arg(m_environmentId),
                                       {}});
        } else {
            const QJsonArray list = environment.toObject().value(m_listKey).toArray();
            for (qsizetype i = list.size() - 1; i >= 0; --i)
                applyQueried(list.at(i).toObject(), sentAt);
            m_loaded = true;
            Q_EMIT reconciled();
        }
    }
    if (m_reconcileAgain && m_subscription != 0) {
        m_reconcileAgain = false;
        reconcile();
    }
}

} // namespace Lagoon
