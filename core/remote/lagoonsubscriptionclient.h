// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include "core/remote/graphqlrequest.h"
#include "core/remote/reconnectbackoff.h"
#include "core/remote/subscriptioncodec.h"
#include "core/remote/subscriptionregistry.h"
#include "core/remote/tokenprovider.h"
#include "core/util/error.h"

class QWebSocket;

namespace Lagoon {

/**
 * GraphQL subscriptions of one Lagoon API over one WebSocket. It speaks graphql-transport-ws
 * (Lagoon >= v2.27) and falls back to the legacy graphql-ws protocol when the server refuses it
 * (close 1002/4406 before connection_ack), with {authToken} in connection_init for both.
 *
 * The connection is kept alive: when the server sends nothing for keepAliveInterval the client
 * probes (a ping message, or a WebSocket ping frame in the legacy protocol), and when nothing at
 * all arrives for keepAliveTimeout it reconnects. Every loss is followed by reconnection with
 * exponential backoff and full jitter; after each connection_ack every subscription is sent
 * again and its ReconcileFn runs, so the owner can re-read by query what it may have missed.
 * After failuresBeforePolling consecutive failed attempts, or when the server offers neither
 * protocol, the client is Polling: it runs every ReconcileFn each pollInterval while it keeps
 * trying the WebSocket in the background with the same backoff, and returns to Connected when one
 * is acknowledged. A refused token (close 4401/4403, or close 4500 or connection_error with a
 * reason that names the token) makes the next attempt ask the TokenProvider with
 * TokenPurpose::Refresh for that token; 4500 and connection_error for other reasons (the server's
 * onConnect failed) are retried with the same token.
 *
 * Callbacks run on the client's thread, never inside subscribe()/open(), and stop when their
 * `context` is destroyed (which also unsubscribes).
 */
class LagoonSubscriptionClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonSubscriptionClient)

public:
    enum class State
    {
        Closed,       ///< not connected and not trying
        Connecting,   ///< opening the socket and waiting for connection_ack
        Connected,    ///< acknowledged: events flow
        Reconnecting, ///< waiting reconnectDelay() before the next attempt
        Polling,      ///< the WebSocket is unavailable: ReconcileFns run every pollInterval
    };
    Q_ENUM(State)

    enum class ProtocolChoice
    {
        Automatic, ///< graphql-transport-ws, falling back to graphql-ws
        TransportWs,
        LegacyWs,
    };

    struct Options
    {
        ProtocolChoice protocol = ProtocolChoice::Automatic;
        std::chrono::milliseconds minimumBackoff{500};
        std::chrono::milliseconds maximumBackoff{30000};
        /** Socket handshake plus connection_ack. */
        std::chrono::milliseconds connectTimeout{15000};
        std::chrono::milliseconds keepAliveInterval{15000};
        std::chrono::milliseconds keepAliveTimeout{45000};
        int failuresBeforePolling = 4;
        std::chrono::milliseconds pollInterval{20000};
        /** Seeds the backoff's jitter, for reproducible tests; empty: the global generator. */
        std::optional<quint32> jitterSeed;
    };

    using NextFn = SubscriptionRegistry::NextFn;
    using ReconcileFn = SubscriptionRegistry::ReconcileFn;
    using ErrorFn = SubscriptionRegistry::ErrorFn;

    /** `url` is the subscription endpoint (RemoteUrls::webSocketUrl of the API URL). */
    LagoonSubscriptionClient(const QUrl &url, TokenProvider tokens, QObject *parent = nullptr);
    ~LagoonSubscriptionClient() override;

    /** Takes effect from the next attempt. */
    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    const QUrl &url() const { return m_url; }
    State state() const { return m_state; }
    /** In Reconnecting: how long the client waits before the next attempt. */
    std::chrono::milliseconds reconnectDelay() const { return m_reconnectDelay; }
    /** The protocol of the current (or last) connection attempt. */
    SubscriptionProtocol protocol() const { return m_protocol; }
    /** The last failure, for a status line. */
    const Error &lastError() const { return m_lastError; }

    /** Starts connecting (from Closed); subscriptions made before are sent once acknowledged. */
    void open();
    /** Disconnects and stops trying; subscriptions stay registered for the next open(). */
    void close();

    /**
     * Subscribes with `request` (a subscription operation); returns an id for unsubscribe().
     * Run the first query for the same data after this call, so that nothing falls between the two.
     * `reconcile` runs after every connection_ack and on every poll; `onError` when the server
     * ends the subscription with an error or completes it (it is then no longer resubscribed).
     */
    int subscribe(const GraphQLRequest &request, QObject *context, NextFn onNext, ReconcileFn reconcile = {},
                  ErrorFn onError = {});
    void unsubscribe(int id);
    int subscriptionCount() const { return m_subscriptions.size(); }

Q_SIGNALS:
    void stateChanged(Lagoon::LagoonSubscriptionClient::State state);
    /** Acknowledged again after a loss or after polling; the ReconcileFns have just been called. */
    void reconnected();
    /** An attempt failed or the connection was lost; reconnecting goes on. */
    void errorOccurred(const Lagoon::Error &error);

private:
    enum class Failure
    {
        Network,
        Lost,
        Auth,
        Unsupported,
    };
    void setState(State state);
    void startAttempt();
    void openSocket(int attempt, const QString &token);
    void onSocketConnected();
    void onSocketClosed(int attempt);
    void onText(const QString &text);
    void onAcknowledged();
    void onProtocolRefused(int closeCode);
    void onKeepAliveTick();
    void attemptFailed(const Error &error, Failure failure);
    void enterPolling();
    void send(const QByteArray &frame);
    void discardSocket(bool graceful);
    QString host() const;

    QUrl m_url;
    TokenProvider m_tokens;
    Options m_options;
    ReconnectBackoff m_backoff;
    State m_state = State::Closed;
    QWebSocket *m_socket = nullptr;
    SubscriptionProtocol m_protocol = SubscriptionProtocol::TransportWs;
    // What Automatic tries first; it sticks to the protocol that was last acknowledged.
    SubscriptionProtocol m_preferred = SubscriptionProtocol::TransportWs;
    bool m_triedOther = false;
    bool m_noSubprotocol = false;
    bool m_socketOpen = false;
    bool m_acknowledged = false;
    bool m_attemptOver = true;
    bool m_everConnected = false;
    bool m_refreshToken = false;
    int m_attempt = 0;
    int m_failures = 0;
    QString m_pendingToken;
    // The token of the last connection_init, and the one the server refused.
    QString m_sentToken;
    QString m_refusedToken;
    QString m_socketError;
    Error m_lastError;
    std::chrono::milliseconds m_reconnectDelay{0};
    std::chrono::steady_clock::time_point m_lastReceived;
    std::chrono::steady_clock::time_point m_lastProbe;
    QTimer m_retryTimer;
    QTimer m_connectTimer;
    QTimer m_keepAliveTimer;
    QTimer m_pollTimer;
    SubscriptionRegistry m_subscriptions;
};

} // namespace Lagoon
