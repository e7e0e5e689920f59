// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/lagoonsubscriptionclient.h"

#include <algorithm>

#include <QNetworkRequest>
#include <QRegularExpression>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include "core/remote/remotelogging.h"
#include "core/remote/remoteurls.h"

namespace Lagoon {

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// graphql-ws closes with 4403 when onConnect returns false and 4401 for a subscribe before the
// acknowledgement: both mean the sign-in.
bool isAuthClose(int code)
{
    return code == 4401 || code == 4403;
}

// graphql-ws closes with 4500 whenever onConnect throws, and subscriptions-transport-ws sends
// connection_error, for any reason: a refused token, but also Keycloak or Redis being away. Lagoon's
// onConnect says "Auth token missing." or "Keycloak token invalid: …" / "Legacy token invalid: …"
// for a token (LAG:services/api/src/server.ts); graphql-ws passes that on as the close reason, except
// when NODE_ENV is production, where every reason reads "Internal server error". Only a reason that
// names the token is a refused token; anything else is retried with the same token. (An expired
// token is renewed before it is used; one refused for other reasons also fails at the HTTP API,
// whose 401 says so.)
bool namesTheToken(const QString &reason)
{
    static const QRegularExpression refused(
        QStringLiteral("\\btoken\\b.*\\b(missing|invalid|unrecognized|required|malformed|expired)\\b|"
                       "\\bunauthori[sz]ed\\b|\\bunauthenticated\\b|\\bjwt expired\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return refused.match(reason).hasMatch();
}

constexpr int InternalErrorClose = 4500;

// subscriptions-transport-ws answers a protocol it does not speak with 1002; graphql-ws with 4406.
bool isProtocolClose(int code)
{
    return code == 1002 || code == 4406;
}

int seconds(std::chrono::milliseconds duration)
{
    return int((duration.count() + 999) / 1000);
}

} // namespace

LagoonSubscriptionClient::LagoonSubscriptionClient(const QUrl &url, TokenProvider tokens, QObject *parent)
    : QObject(parent), m_url(url), m_tokens(std::move(tokens)), m_backoff(m_options.minimumBackoff, m_options.maximumBackoff)
{
    m_retryTimer.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LagoonSubscriptionClient::startAttempt);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        attemptFailed(Error{Error::Code::Timeout,
                            tr("%1 did not open the live-update connection within %n second(s)", nullptr,
                               seconds(m_options.connectTimeout))
                                .arg(host()),
                            {}},
                      Failure::Network);
    });
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &LagoonSubscriptionClient::onKeepAliveTick);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] { m_subscriptions.runReconciles(); });
}

LagoonSubscriptionClient::~LagoonSubscriptionClient()
{
    discardSocket(false);
}

void LagoonSubscriptionClient::setOptions(const Options &options)
{
    m_options = options;
    m_backoff = ReconnectBackoff(options.minimumBackoff, options.maximumBackoff, options.jitterSeed);
}

QString LagoonSubscriptionClient::host() const
{
    return RemoteUrls::hostLabel(m_url);
}

void LagoonSubscriptionClient::setState(State state)
{
    if (state == m_state)
        return;
    qCDebug(lcRemote) << "subscriptions" << host() << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LagoonSubscriptionClient::open()
{
    if (m_state != State::Closed)
        return;
    m_failures = 0;
    m_everConnected = false;
    startAttempt();
}

void LagoonSubscriptionClient::close()
{
    ++m_attempt; // a token reply still on its way is dropped
    m_retryTimer.stop();
    m_connectTimer.stop();
    m_keepAliveTimer.stop();
    m_pollTimer.stop();
    discardSocket(true);
    m_attemptOver = true;
    m_failures = 0;
    setState(State::Closed);
}

int LagoonSubscriptionClient::subscribe(const GraphQLRequest &request, QObject *context, NextFn onNext,
                                        ReconcileFn reconcile, ErrorFn onError)
{
    const int id = m_subscriptions.add(
        {request, context, context != nullptr, std::move(onNext), std::move(reconcile), std::move(onError), {}});
    if (context)
        m_subscriptions.setContextConnection(id, connect(context, &QObject::destroyed, this, [this, id] { unsubscribe(id); }));
    if (m_state == State::Connected)
        send(SubscriptionCodec::subscribe(m_protocol, QString::number(id), request));
    return id;
}

void LagoonSubscriptionClient::unsubscribe(int id)
{
    if (m_subscriptions.remove(id) && m_state == State::Connected)
        send(SubscriptionCodec::unsubscribe(m_protocol, QString::number(id)));
}

void LagoonSubscriptionClient::startAttempt()
{
    const int attempt = ++m_attempt;
    if (m_state != State::Polling)
        setState(State::Connecting);
    switch (m_options.protocol) {
    case ProtocolChoice::Automatic:
        m_protocol = m_preferred;
        break;
    case ProtocolChoice::TransportWs:
        m_protocol = SubscriptionProtocol::TransportWs;
        break;
    case ProtocolChoice::LegacyWs:
        m_protocol = SubscriptionProtocol::LegacyWs;
        break;
    }
    m_attemptOver = false;
    m_connectTimer.start(m_options.connectTimeout);
    if (!m_tokens) {
        openSocket(attempt, QString());
        return;
    }
    QPointer<LagoonSubscriptionClient> self(this);
    const TokenRequest request =
        m_refreshToken ? TokenRequest(TokenPurpose::Refresh, m_refusedToken) : TokenRequest(TokenPurpose::Current);
    m_tokens(request, [self, attempt](const Result<QString> &token) {
        if (!self || self->m_attempt != attempt)
            return;
        if (!token) {
            // Only a missing sign-in is one; a renewal that failed for want of a network is not.
            self->attemptFailed(token.error(),
                                token.error().code == Error::Code::Unauthorized ? Failure::Auth : Failure::Network);
            return;
        }
        self->openSocket(attempt, *token);
    });
}

void LagoonSubscriptionClient::openSocket(int attempt, const QString &token)
{
    discardSocket(false);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_pendingToken = token;
    m_sentToken = token;
    m_socketError.clear();
    m_socketOpen = false;
    m_acknowledged = false;
    m_noSubprotocol = false;
    connect(m_socket, &QWebSocket::connected, this, &LagoonSubscriptionClient::onSocketConnected);
    // Qt reports a refused connection as disconnected() first and the error after it: decide later.
    connect(m_socket, &QWebSocket::disconnected, this, [this, attempt] {
        QMetaObject::invokeMethod(this, [this, attempt] { onSocketClosed(attempt); }, Qt::QueuedConnection);
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(m_socket, &QWebSocket::errorOccurred, this, [this] { m_socketError = m_socket->errorString(); });
#else
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this] { m_socketError = m_socket->errorString(); });
#endif
    connect(m_socket, &QWebSocket::textMessageReceived, this, &LagoonSubscriptionClient::onText);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastReceived = Clock::now(); });

    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({SubscriptionCodec::protocolName(m_protocol)});
    qCDebug(lcRemote) << "subscriptions: connecting to" << host() << "with" << SubscriptionCodec::protocolName(m_protocol);
    m_socket->open(QNetworkRequest(m_url), handshake);
}

void LagoonSubscriptionClient::onSocketConnected()
{
    m_socketOpen = true;
    const QString chosen = m_socket->subprotocol();
    if (chosen == SubscriptionCodec::protocolName(SubscriptionProtocol::LegacyWs))
        m_protocol = SubscriptionProtocol::LegacyWs;
    else if (chosen == SubscriptionCodec::protocolName(SubscriptionProtocol::TransportWs))
        m_protocol = SubscriptionProtocol::TransportWs;
    else
        m_noSubprotocol = true; // a graphql-ws server that does not speak our offer closes with 4406 next
    m_lastReceived = Clock::now();
    send(SubscriptionCodec::connectionInit(m_protocol, m_pendingToken));
    m_pendingToken.clear();
}

void LagoonSubscriptionClient::onText(const QString &text)
{
    const SubscriptionEventStamp stamp{Clock::now(), std::chrono::system_clock::now()};
    m_lastReceived = stamp.received;
    const SubscriptionMessage message = SubscriptionCodec::parse(m_protocol, text);
    using Kind = SubscriptionMessage::Kind;
    switch (message.kind) {
    case Kind::Ack:
        if (!m_acknowledged)
            onAcknowledged();
        break;
    case Kind::ConnectionError:
        if (namesTheToken(message.errorText)) {
            attemptFailed(Error{Error::Code::Unauthorized,
                                tr("%1 refused the sign-in for live updates: %2").arg(host(), message.errorText), {}},
                          Failure::Auth);
        } else {
            attemptFailed(Error{Error::Code::ServerError,
                                tr("%1 could not open live updates: %2").arg(host(), message.errorText), {}},
                          Failure::Network);
        }
        break;
    case Kind::Ping:
        send(SubscriptionCodec::pong());
        break;
    case Kind::Next:
    case Kind::Error:
    case Kind::Complete:
        m_subscriptions.dispatch(message, stamp, host());
        break;
    case Kind::Invalid:
        qCWarning(lcRemote) << "subscriptions: ignoring a frame that is not JSON:" << message.errorText;
        break;
    case Kind::Pong:
    case Kind::KeepAlive:
    case Kind::Unknown:
        break;
    }
}

void LagoonSubscriptionClient::onAcknowledged()
{
    m_connectTimer.stop();
    m_acknowledged = true;
    m_failures = 0;
    m_refreshToken = false;
    m_triedOther = false;
    m_preferred = m_protocol;
    const bool again = m_everConnected || m_state == State::Polling;
    m_everConnected = true;
    m_pollTimer.stop();
    m_lastProbe = Clock::now();
    m_keepAliveTimer.start(std::max(std::min(m_options.keepAliveInterval, m_options.keepAliveTimeout) / 4, 10ms));
    setState(State::Connected);
    for (const auto &[id, entry] : m_subscriptions.entries())
        send(SubscriptionCodec::subscribe(m_protocol, QString::number(id), entry.request));
    // Events published while we were away are gone: the owners re-read what they show.
    m_subscriptions.runReconciles();
    if (again && m_state == State::Connected)
        Q_EMIT reconnected();
}

void LagoonSubscriptionClient::onSocketClosed(int attempt)
{
    if (attempt != m_attempt || m_attemptOver || !m_socket)
        return;
    const int code = m_socket->closeCode();
    const QString reason = m_socket->closeReason();
    if (m_acknowledged) {
        const QString why = reason.isEmpty() ? QString::number(code) : reason;
        attemptFailed(Error{Error::Code::ConnectionLost, tr("The live-update connection to %1 was lost").arg(host()), why},
                      Failure::Lost);
        return;
    }
    if (m_socketOpen && (isProtocolClose(code) || m_noSubprotocol)) {
        onProtocolRefused(code);
        return;
    }
    if (m_socketOpen && (isAuthClose(code) || (code == InternalErrorClose && namesTheToken(reason)))) {
        const QString why = reason.isEmpty() ? tr("the token was refused") : reason;
        attemptFailed(Error{Error::Code::Unauthorized, tr("%1 refused the sign-in for live updates: %2").arg(host(), why),
                            QString::number(code)},
                      Failure::Auth);
        return;
    }
    if (m_socketOpen && code == InternalErrorClose) {
        const QString why = reason.isEmpty() ? QString::number(code) : reason;
        attemptFailed(Error{Error::Code::ServerError, tr("%1 could not open live updates: %2").arg(host(), why),
                            QString::number(code)},
                      Failure::Network);
        return;
    }
    const QString why = !m_socketError.isEmpty() ? m_socketError : reason.isEmpty() ? QString::number(code) : reason;
    attemptFailed(Error{Error::Code::NetworkError, tr("Cannot reach %1 for live updates: %2").arg(host(), why), why},
                  Failure::Network);
}

void LagoonSubscriptionClient::onProtocolRefused(int closeCode)
{
    const QString refused = SubscriptionCodec::protocolName(m_protocol);
    if (m_options.protocol == ProtocolChoice::Automatic && !m_triedOther) {
        qCInfo(lcRemote) << "subscriptions:" << host() << "refused" << refused << "(close" << closeCode << "); trying the other protocol";
        m_triedOther = true;
        m_preferred = m_protocol == SubscriptionProtocol::TransportWs ? SubscriptionProtocol::LegacyWs
                                                                       : SubscriptionProtocol::TransportWs;
        m_attemptOver = true;
        discardSocket(false);
        QMetaObject::invokeMethod(this, &LagoonSubscriptionClient::startAttempt, Qt::QueuedConnection);
        return;
    }
    m_triedOther = false;
    attemptFailed(Error{Error::Code::Unsupported,
                        tr("%1 offers no live updates over WebSocket; checking for changes every %n second(s) instead",
                           nullptr, seconds(m_options.pollInterval))
                            .arg(host()),
                        tr("refused %1 (close code %2)").arg(refused, QString::number(closeCode))},
                  Failure::Unsupported);
}

void LagoonSubscriptionClient::onKeepAliveTick()
{
    if (!m_socket || !m_acknowledged)
        return;
    const auto now = Clock::now();
    const auto quiet = std::chrono::duration_cast<std::chrono::milliseconds>(now - m_lastReceived);
    if (quiet >= m_options.keepAliveTimeout) {
        attemptFailed(Error{Error::Code::ConnectionLost,
                            tr("%1 stopped answering on the live-update connection").arg(host()),
                            tr("nothing received for %1 ms").arg(quiet.count())},
                      Failure::Lost);
        return;
    }
    if (quiet >= m_options.keepAliveInterval && now - m_lastProbe >= m_options.keepAliveInterval) {
        m_lastProbe = now;
        // graphql-ws answers ping messages; the legacy protocol has none, but every server
        // answers a WebSocket ping frame.
        if (m_protocol == SubscriptionProtocol::TransportWs)
            send(SubscriptionCodec::ping());
        else
            m_socket->ping();
    }
}

void LagoonSubscriptionClient::attemptFailed(const Error &error, Failure failure)
{
    if (m_attemptOver)
        return;
    m_attemptOver = true;
    m_connectTimer.stop();
    m_keepAliveTimer.stop();
    discardSocket(false);
    m_pendingToken.clear();
    qCInfo(lcRemote) << "subscriptions:" << error.message << error.detail;
    m_lastError = error;
    if (failure == Failure::Auth) {
        m_refreshToken = true;
        m_refusedToken = m_sentToken;
    }
    ++m_failures;
    const bool poll = failure == Failure::Unsupported || m_failures >= m_options.failuresBeforePolling;
    m_reconnectDelay = m_backoff.delay(failure == Failure::Unsupported ? 32 : m_failures);
    if (poll)
        enterPolling();
    else
        setState(State::Reconnecting);
    m_retryTimer.start(m_reconnectDelay);
    Q_EMIT errorOccurred(error);
}

void LagoonSubscriptionClient::enterPolling()
{
    if (m_state == State::Polling)
        return;
    setState(State::Polling);
    m_pollTimer.start(m_options.pollInterval);
    m_subscriptions.runReconciles();
}

void LagoonSubscriptionClient::send(const QByteArray &frame)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void LagoonSubscriptionClient::discardSocket(bool graceful)
{
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    if (graceful && m_acknowledged && m_protocol == SubscriptionProtocol::LegacyWs)
        socket->sendTextMessage(QString::fromUtf8(SubscriptionCodec::connectionTerminate()));
    if (graceful)
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    else
        socket->abort();
    socket->deleteLater();
    m_acknowledged = false;
    m_socketOpen = false;
}

} // namespace Lagoon
