// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/subscriptioncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Lagoon {

namespace {

QByteArray frame(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString typeKey()
{
    return QStringLiteral("type");
}

} // namespace

// graphql-transport-ws sends [GraphQLError] for "error"; graphql-ws sends {message} or, for
// execution errors, {errors: [...]}.
QString SubscriptionCodec::errorText(const QJsonValue &payload)
{
    QStringList messages;
    QJsonArray list;
    if (payload.isArray())
        list = payload.toArray();
    else if (payload.toObject().contains(QStringLiteral("errors")))
        list = payload.toObject().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : std::as_const(list))
        messages << error.toObject().value(QStringLiteral("message")).toString();
    if (messages.isEmpty())
        messages << payload.toObject().value(QStringLiteral("message")).toString();
    if (payload.isString())
        messages = {payload.toString()};
    messages.removeAll(QString());
    return messages.join(QStringLiteral("; "));
}

QString SubscriptionCodec::protocolName(SubscriptionProtocol protocol)
{
    return protocol == SubscriptionProtocol::TransportWs ? QStringLiteral("graphql-transport-ws") : QStringLiteral("graphql-ws");
}

QByteArray SubscriptionCodec::connectionInit(SubscriptionProtocol, const QString &token)
{
    QJsonObject payload;
    if (!token.isEmpty())
        payload.insert(QStringLiteral("authToken"), token);
    return frame({{typeKey(), QStringLiteral("connection_init")}, {QStringLiteral("payload"), payload}});
}

QByteArray SubscriptionCodec::subscribe(SubscriptionProtocol protocol, const QString &id, const GraphQLRequest &request)
{
    const QString type = protocol == SubscriptionProtocol::TransportWs ? QStringLiteral("subscribe") : QStringLiteral("start");
    return frame({{QStringLiteral("id"), id}, {typeKey(), type}, {QStringLiteral("payload"), request.toJson()}});
}

QByteArray SubscriptionCodec::unsubscribe(SubscriptionProtocol protocol, const QString &id)
{
    const QString type = protocol == SubscriptionProtocol::TransportWs ? QStringLiteral("complete") : QStringLiteral("stop");
    return frame({{QStringLiteral("id"), id}, {typeKey(), type}});
}

QByteArray SubscriptionCodec::ping()
{
    return frame({{typeKey(), QStringLiteral("ping")}});
}

QByteArray SubscriptionCodec::pong()
{
    return frame({{typeKey(), QStringLiteral("pong")}});
}

QByteArray SubscriptionCodec::connectionTerminate()
{
    return frame({{typeKey(), QStringLiteral("connection_terminate")}});
}

SubscriptionMessage SubscriptionCodec::parse(SubscriptionProtocol protocol, const QString &text)
{
    SubscriptionMessage message;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        message.errorText = error.errorString();
        return message;
    }
    const QJsonObject object = document.object();
    const QString type = object.value(typeKey()).toString();
    const QJsonValue payload = object.value(QStringLiteral("payload"));
    message.id = object.value(QStringLiteral("id")).toString();
    message.payload = payload.toObject();

    using Kind = SubscriptionMessage::Kind;
    const bool modern = protocol == SubscriptionProtocol::TransportWs;
    if (type == QLatin1String("connection_ack"))
        message.kind = Kind::Ack;
    else if (type == QLatin1String("ping") && modern)
        message.kind = Kind::Ping;
    else if (type == QLatin1String("pong") && modern)
        message.kind = Kind::Pong;
    else if (type == QLatin1String("ka") && !modern)
        message.kind = Kind::KeepAlive;
    else if ((type == QLatin1String("next") && modern) || (type == QLatin1String("data") && !modern))
        message.kind = Kind::Next;
    else if (type == QLatin1String("error"))
        message.kind = Kind::Error;
    else if (type == QLatin1String("complete"))
        message.kind = Kind::Complete;
    else if (type == QLatin1String("connection_error") && !modern)
        message.kind = Kind::ConnectionError;
    else
        message.kind = Kind::Unknown;
    if (message.kind == Kind::Error || message.kind == Kind::ConnectionError)
        message.errorText = errorText(payload);
    return message;
}

} // namespace Lagoon
