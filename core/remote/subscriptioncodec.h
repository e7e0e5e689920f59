// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "core/remote/graphqlrequest.h"

namespace Lagoon {

/** The WebSocket sub-protocols Lagoon's API has spoken (lagoon-api.md §2). */
enum class SubscriptionProtocol
{
    /** "graphql-transport-ws" (the graphql-ws library), Lagoon >= v2.27. */
    TransportWs,
    /** "graphql-ws" (subscriptions-transport-ws, Apollo Server 2), Lagoon < v2.27. */
    LegacyWs,
};

/** One message from the server, whichever protocol it came in. */
struct SubscriptionMessage
{
    enum class Kind
    {
        Ack,             ///< connection_ack
        ConnectionError, ///< legacy connection_error (the token was refused)
        KeepAlive,       ///< legacy ka
        Ping,            ///< graphql-transport-ws ping: answer with a pong
        Pong,
        Next,     ///< next / data: `payload` is {data, errors}
        Error,    ///< error for subscription `id`: `errorText`
        Complete, ///< the server ended subscription `id`
        Unknown,  ///< a type this client does not know (ignored)
        Invalid,  ///< not JSON or not an object
    };

    Kind kind = Kind::Invalid;
    QString id;
    QJsonObject payload;
    QString errorText;
};

/** Builds and reads the frames of both protocols. */
class SubscriptionCodec final
{
public:
    static QString protocolName(SubscriptionProtocol protocol);

    /** connection_init with {authToken}, which Lagoon's onConnect reads in both protocols. */
    static QByteArray connectionInit(SubscriptionProtocol protocol, const QString &token);
    /** subscribe (graphql-transport-ws) or start (graphql-ws). */
    static QByteArray subscribe(SubscriptionProtocol protocol, const QString &id, const GraphQLRequest &request);
    /** complete (graphql-transport-ws) or stop (graphql-ws). */
    static QByteArray unsubscribe(SubscriptionProtocol protocol, const QString &id);
    /** graphql-transport-ws only; the legacy protocol has no client ping (a WebSocket ping frame does). */
    static QByteArray ping();
    static QByteArray pong();
    /** graphql-ws only: ends the connection politely. */
    static QByteArray connectionTerminate();

    static SubscriptionMessage parse(SubscriptionProtocol protocol, const QString &text);
    /** The messages of an error payload: [GraphQLError], {message} or {errors: [...]}. */
    static QString errorText(const QJsonValue &payload);
};

} // namespace Lagoon
