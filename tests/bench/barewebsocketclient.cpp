// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/barewebsocketclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace Lagoon {

namespace {

// The DeploymentChanged subscription with the fields the benchmark matches on.
const char *const Subscription =
    "subscription DeploymentChanged($environment: Int!) { deploymentChanged(environment: $environment) { name status buildStep } }";

QString frame(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

BareWebSocketClient::BareWebSocketClient(QObject *parent) : QObject(parent)
{
}

void BareWebSocketClient::open(const QUrl &url, const QString &token, int environment)
{
    m_token = token;
    m_environment = environment;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_socket->sendTextMessage(frame({{QStringLiteral("type"), QStringLiteral("connection_init")},
                                         {QStringLiteral("payload"), QJsonObject{{QStringLiteral("authToken"), m_token}}}}));
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &BareWebSocketClient::onText);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QStringLiteral("graphql-transport-ws")});
    m_socket->open(QNetworkRequest(url), options);
}

QList<BareWebSocketClient::Frame> BareWebSocketClient::frames() const
{
    QMutexLocker lock(&m_mutex);
    return m_frames;
}

void BareWebSocketClient::onText(const QString &text)
{
    const auto received = std::chrono::system_clock::now();
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("connection_ack")) {
        const QJsonObject payload{{QStringLiteral("query"), QString::fromLatin1(Subscription)},
                                  {QStringLiteral("operationName"), QStringLiteral("DeploymentChanged")},
                                  {QStringLiteral("variables"), QJsonObject{{QStringLiteral("environment"), m_environment}}}};
        m_socket->sendTextMessage(frame({{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("type"), QStringLiteral("subscribe")},
                                         {QStringLiteral("payload"), payload}}));
        m_acknowledged = true;
    } else if (type == QLatin1String("ping")) {
        m_socket->sendTextMessage(frame({{QStringLiteral("type"), QStringLiteral("pong")}}));
    } else if (type == QLatin1String("next")) {
        const QJsonObject d = message.value(QStringLiteral("payload")).toObject().value(QStringLiteral("data")).toObject()
                                  .value(QStringLiteral("deploymentChanged")).toObject();
        QMutexLocker lock(&m_mutex);
        m_frames << Frame{received, d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("status")).toString(),
                          d.value(QStringLiteral("buildStep")).toString()};
    }
}

} // namespace Lagoon
