// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QString>

#include "core/util/error.h"

namespace Lagoon {

class LagoonApiClient;
class LagoonSubscriptionClient;
struct SubscriptionEventStamp;

/**
 * What DeploymentWatcher and TaskWatcher share: a subscription to one environment's changes and
 * a reconciling query of its newest items, run first, after every reconnection and on every poll
 * of the subscription client, so that nothing is missed while the connection was down. One query
 * runs at a time; an answer that arrives after stop() is dropped. A subscription the server ends
 * with an error (a transient failure of the API) is made again after a growing delay, so the
 * watcher never goes silent while it looks running. Subclasses apply the events and the query's
 * items.
 */
class EnvironmentWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentWatcher)

public:
    ~EnvironmentWatcher() override;

    int environmentId() const { return m_environmentId; }

    /** How many of the newest items a reconciling query reads (default 25). */
    int reconcileLimit() const { return m_reconcileLimit; }
    void setReconcileLimit(int limit) { m_reconcileLimit = limit; }

    /** Subscribes and runs the first query; opens the subscription client when it is closed. */
    void start();
    void stop();
    /** Between start() and stop(), also while the subscription waits to be made again. */
    bool isRunning() const { return m_running; }
    /** A reconciling query has been applied at least once. */
    bool isLoaded() const { return m_loaded; }
    /** Runs the reconciling query now (a retry after an error). */
    void reconcile();

Q_SIGNALS:
    /** A reconciling query was applied (the first one included). */
    void reconciled();
    void errorOccurred(const Lagoon::Error &error);

protected:
    /**
     * `subscription` and `query` are shipped GraphQL documents that take the environment's id;
     * `listKey` is the query's list under environmentById. `api` and `subscriptions` are shared
     * with other watchers and must outlive this one.
     */
    EnvironmentWatcher(LagoonApiClient *api, LagoonSubscriptionClient *subscriptions, int environmentId,
                       const QString &subscription, const QString &query, const QString &listKey, QObject *parent);

    /** One event of the subscription: its `data`. */
    virtual void applyEvent(const QJsonObject &data, const SubscriptionEventStamp &stamp) = 0;
    /**
     * One item of a reconciling answer, oldest first so that signals come in the order the items
     * were made. `sentAt` is eventsCounted() when the query was sent.
     */
    virtual void applyQueried(const QJsonObject &item, quint64 sentAt) = 0;

    /**
     * Counts an applied event and returns the count, for subclasses that must not let a query's
     * answer overrule an event newer than the query (its `sentAt` is lower).
     */
    quint64 countEvent() { return ++m_events; }

private:
    void subscribe();
    void onSubscriptionError(const Error &error);
    void onReconciled(const Result<QJsonObject> &data, quint64 sentAt);

    QPointer<LagoonApiClient> m_api;
    QPointer<LagoonSubscriptionClient> m_subscriptions;
    int m_environmentId;
    QString m_subscriptionName;
    QString m_queryName;
    QString m_listKey;
    int m_reconcileLimit = 25;
    int m_subscription = 0;
    bool m_running = false;
    // Remakes a subscription the server ended; the delay doubles up to a minute until an event
    // proves the subscription works again.
    QTimer m_resubscribe;
    int m_resubscribeDelayMs = 0;
    // Bumped by start() and stop(): answers to queries of an earlier run are dropped.
    int m_generation = 0;
    bool m_loaded = false;
    bool m_reconcileInFlight = false;
    bool m_reconcileAgain = false;
    quint64 m_events = 0;
};

} // namespace Lagoon
