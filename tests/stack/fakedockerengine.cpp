// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/stack/fakedockerengine.h"

#include <QTcpSocket>

namespace Lagoon::Test {

FakeDockerEngine::FakeDockerEngine(const QString &apiVersion, const QString &minimumApiVersion, QObject *parent)
    : QTcpServer(parent)
    , m_apiVersion(apiVersion)
    , m_minimumApiVersion(minimumApiVersion)
{
    connect(this, &QTcpServer::newConnection, this, &FakeDockerEngine::onConnection);
    listen(QHostAddress(QHostAddress::LocalHost), 0);
}

void FakeDockerEngine::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            // Requests here carry no body we need: the header block is the whole request.
            if (buffer->contains("\r\n\r\n") && !buffer->isEmpty()) {
                answer(socket, buffer->left(buffer->indexOf("\r\n")));
                buffer->clear();
            }
        });
    }
}

void FakeDockerEngine::answer(QTcpSocket *socket, const QByteArray &requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    const QString method = QString::fromLatin1(parts.value(0));
    const QString target = QString::fromLatin1(parts.value(1));
    m_requests.append(method + QLatin1Char(' ') + target);
    const QString path = target.section(QLatin1Char('?'), 0, 0);

    int status = 200;
    QByteArray body;
    if (path == QLatin1String("/_ping")) {
        body = "OK";
    } else if (path == QLatin1String("/version")) {
        body = QStringLiteral(R"({"Version":"fake","ApiVersion":"%1","MinAPIVersion":"%2","Os":"linux","Arch":"amd64"})")
                   .arg(m_apiVersion, m_minimumApiVersion)
                   .toUtf8();
    } else if (m_answers.contains(path.section(QLatin1Char('/'), 2).prepend(QLatin1Char('/')))) {
        // Registered answers are keyed by the path without the /vX.Y prefix.
        body = m_answers.value(path.section(QLatin1Char('/'), 2).prepend(QLatin1Char('/')));
    } else {
        status = 404;
        body = R"({"message":"page not found"})";
    }
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found")
                          + "\r\nApi-Version: " + m_apiVersion.toLatin1() + "\r\nContent-Type: application/json"
                          + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace Lagoon::Test
