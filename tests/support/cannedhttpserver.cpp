// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/support/cannedhttpserver.h"

#include <memory>

#include <QTcpSocket>
#include <QTimer>

namespace Lagoon::Test {

CannedHttpServer::CannedHttpServer(QObject *parent) : QTcpServer(parent)
{
    respond(200, QByteArrayLiteral("{}"));
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection())
            serve(socket);
    });
}

bool CannedHttpServer::start()
{
    return listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QUrl CannedHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
}

void CannedHttpServer::respond(int status, const QByteArray &body, const QByteArray &contentType)
{
    m_response = "HTTP/1.1 " + QByteArray::number(status) + " Canned\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

void CannedHttpServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        // Answer once the body announced by Content-Length is in.
        qsizetype length = 0;
        const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < headerEnd + 4 + length)
            return;
        ++m_requests;
        m_lastRequest = *buffer;
        buffer->clear();
        QTimer::singleShot(m_delay, socket, [socket, response = m_response] {
            socket->write(response);
            socket->disconnectFromHost();
        });
    });
}

} // namespace Lagoon::Test
