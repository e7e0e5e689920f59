// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/util/singleinstance.h"

#include <unistd.h>

#include <QDir>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Lagoon {

namespace {
// A request is a folder path and a few flags; anything bigger is not ours.
constexpr qint64 MaxRequestBytes = 64 * 1024;
constexpr QByteArrayView Acknowledgement = "ok\n";
} // namespace

SingleInstance::SingleInstance(QString socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(std::move(socketPath))
{
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::defaultSocketPath(const QString &appId)
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(appId + u".socket"_s);
    return QDir(QDir::tempPath()).filePath(appId + u'-' + QString::number(::getuid()) + u".socket"_s);
}

SingleInstance::Role SingleInstance::claim(const QJsonObject &request, int timeoutMs)
{
    // Without the lock two instances started together could both find no server, and the second
    // one's removeServer() would delete the first one's socket.
    QLockFile lock(m_socketPath + u".lock"_s);
    lock.setStaleLockTime(timeoutMs * 2);
    if (!lock.tryLock(timeoutMs)) {
        m_error = tr("Another Lagoon Desktop is still starting (%1 is locked).").arg(m_socketPath + u".lock"_s);
        return Role::Failed;
    }
    if (forward(request, timeoutMs))
        return Role::Forwarded;
    return listen() ? Role::Primary : Role::Failed;
}

bool SingleInstance::forward(const QJsonObject &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The acknowledgement says the primary has the request, so this process may exit now.
    QByteArray reply;
    while (!reply.endsWith('\n') && socket.waitForReadyRead(timeoutMs))
        reply += socket.readAll();
    return reply == Acknowledgement;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        // Nobody answered on it (forward() failed), so the socket is what a crashed primary left.
        QLocalServer::removeServer(m_socketPath);
        if (!m_server->listen(m_socketPath)) {
            m_error = tr("Could not listen on %1: %2").arg(m_socketPath, m_server->errorString());
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxRequestBytes)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(MaxRequestBytes);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        socket->abort();
        return;
    }
    socket->write(Acknowledgement.data(), Acknowledgement.size());
    socket->flush();
    Q_EMIT requestReceived(document.object());
}

} // namespace Lagoon
