// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/environmentwatcher.h"

#include <QJsonArray>

#include <algorithm>

#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsubscriptionclient.h"

namespace Lagoon {

EnvironmentWatcher::EnvironmentWatcher(LagoonApiClient *api, LagoonSubscriptionClient *subscriptions, int environmentId,
                                       const QString &subscription, const QString &query, const QString &listKey,
                                       QObject *parent)
    : QObject(parent), m_api(api), m_subscriptions(subscriptions), m_environmentId(environmentId),
      m_subscriptionName(subscription), m_queryName(query), m_listKey(listKey)
{
    m_resubscribe.setSingleShot(true);
    connect(&m_resubscribe, &QTimer::timeout, this, [this] {
        if (!m_running || m_subscription != 0 || !m_subscriptions)
            return;
        subscribe();
        // Whatever changed while there was no subscription.
        reconcile();
    });
}

EnvironmentWatcher::~EnvironmentWatcher()
{
    stop();
}

void EnvironmentWatcher::start()
{
    if (m_running || !m_subscriptions || !m_api)
        return;
    ++m_generation;
    m_running = true;
    m_resubscribeDelayMs = 0;
    subscribe();
    if (!m_running)
        return;
    if (m_subscriptions->state() == LagoonSubscriptionClient::State::Closed)
        m_subscriptions->open();
    // After subscribing: what happens between this query and the subscription taking effect is
    // in one of them (the client reconciles again once the subscription is acknowledged).
    reconcile();
}

void EnvironmentWatcher::subscribe()
{
    auto request = GraphQLRequest::shipped(m_subscriptionName, {{QStringLiteral("environment"), m_environmentId}});
    if (!request) {
        m_running = false;
        Q_EMIT errorOccurred(request.error());
        return;
    }
    const int generation = m_generation;
    m_subscription = m_subscriptions->subscribe(
        *request, this,
        [this](const QJsonObject &data, const SubscriptionEventStamp &stamp) {
            m_resubscribeDelayMs = 0;
            applyEvent(data, stamp);
        },
        [this] { reconcile(); },
        [this, generation](const Error &error) {
            if (generation == m_generation)
                onSubscriptionError(error);
        });
}

void EnvironmentWatcher::onSubscriptionError(const Error &error)
{
    // The client has already forgotten the subscription.
    m_subscription = 0;
    Q_EMIT errorOccurred(error);
    if (!m_running)
        return;
    m_resubscribeDelayMs = m_resubscribeDelayMs == 0 ? 2000 : std::min(m_resubscribeDelayMs * 2, 60000);
    m_resubscribe.start(m_resubscribeDelayMs);
}

void EnvironmentWatcher::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_resubscribe.stop();
    if (m_subscriptions && m_subscription != 0)
        m_subscriptions->unsubscribe(m_subscription);
    m_subscription = 0;
    ++m_generation;
    m_reconcileInFlight = false;
    m_reconcileAgain = false;
}

void EnvironmentWatcher::reconcile()
{
    if (!m_api || !m_running)
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
    if (m_reconcileAgain && m_running) {
        m_reconcileAgain = false;
        reconcile();
    }
}

} // namespace Lagoon
