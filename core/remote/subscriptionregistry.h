// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <functional>
#include <map>

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

#include "core/remote/graphqlrequest.h"
#include "core/remote/subscriptioncodec.h"
#include "core/util/error.h"

namespace Lagoon {

/** When a subscription event arrived: the monotonic time for in-process latency, the wall time to compare with a server's clock. */
struct SubscriptionEventStamp
{
    std::chrono::steady_clock::time_point received;
    std::chrono::system_clock::time_point receivedWall;
};

/**
 * The subscriptions of one LagoonSubscriptionClient: what to send again after every
 * reconnection, and whom to call for an event, an error or a reconciliation. Callbacks whose
 * context is gone are not called.
 */
class SubscriptionRegistry final
{
    // The client's messages, in the client's translation context.
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonSubscriptionClient)

public:
    using NextFn = std::function<void(const QJsonObject &data, const SubscriptionEventStamp &stamp)>;
    using ReconcileFn = std::function<void()>;
    using ErrorFn = std::function<void(const Error &error)>;

    struct Entry
    {
        GraphQLRequest request;
        QPointer<QObject> context;
        bool hasContext = false;
        NextFn onNext;
        ReconcileFn reconcile;
        ErrorFn onError;
        /** The context's destroyed() connection, cut when the entry goes. */
        QMetaObject::Connection contextGone;
    };

    /** Adds an entry under a new id. */
    int add(Entry entry);
    /** Keeps the context's destroyed() connection with the entry, to be cut when it goes. */
    void setContextConnection(int id, const QMetaObject::Connection &connection);
    /** Removes an entry; false when there was none. */
    bool remove(int id);
    int size() const { return int(m_entries.size()); }
    const std::map<int, Entry> &entries() const { return m_entries; }

    /** Calls every ReconcileFn (a callback may add or remove subscriptions meanwhile). */
    void runReconciles();

    /**
     * Hands a next, error or complete message to its subscription. A subscription the server
     * ended (an error, a result without data, complete) is removed and its ErrorFn called.
     */
    void dispatch(const SubscriptionMessage &message, const SubscriptionEventStamp &stamp, const QString &host);

private:
    static bool alive(const Entry &entry) { return !entry.hasContext || entry.context; }

    std::map<int, Entry> m_entries;
    int m_nextId = 1;
};

} // namespace Lagoon
