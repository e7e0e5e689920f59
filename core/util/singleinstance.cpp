// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/util/singleinstance.h"

#include <unistd.h>

#include <QDateTime>
#include <QDeadlineTimer>
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
// When the sending launch stops waiting for the acknowledgement (ms since the epoch).
const QString DeadlineKey = QStringLiteral("x-deadline");
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
    // one's removeServer() would delete the first one's socket. It is stale only when its holder
    // died (QLockFile checks the process) or after far longer than a claim can take.
    QLockFile lock(m_socketPath + u".lock"_s);
    lock.setStaleLockTime(60 * 1000);
    if (!lock.tryLock(timeoutMs)) {
        m_error = tr("Another Lagoon Desktop is still starting (%1 is locked).").arg(m_socketPath + u".lock"_s);
        return Role::Failed;
    }
    switch (forward(request, timeoutMs)) {
    case Forwarded::Delivered:
        return Role::Forwarded;
    case Forwarded::NoAnswer:
        // Someone listens but is busy: its socket must stay, so this process runs on its own.
        m_error = tr("The running Lagoon Desktop did not answer; starting a separate window.");
        return Role::Failed;
    case Forwarded::NoServer:
        break;
    }
    return listen() ? Role::Primary : Role::Failed;
}

SingleInstance::Forwarded SingleInstance::forward(const QJsonObject &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(timeoutMs)) {
        const auto error = socket.error();
        return error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError
            ? Forwarded::NoServer
            : Forwarded::NoAnswer;
    }
    // Past this moment the launch has given up and opened a window of its own, so a primary that
    // reads the request only then must not act on it as well.
    QDeadlineTimer deadline(timeoutMs);
    QJsonObject envelope = request;
    envelope.insert(DeadlineKey, double(QDateTime::currentMSecsSinceEpoch() + timeoutMs));
    socket.write(QJsonDocument(envelope).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return Forwarded::NoAnswer;
    // The acknowledgement says the primary has the request, so this process may exit now. A
    // primary still building its window answers once its event loop runs.
    QByteArray reply;
    while (!reply.endsWith('\n') && socket.waitForReadyRead(int(deadline.remainingTime())))
        reply += socket.readAll();
    return reply == Acknowledgement ? Forwarded::Delivered : Forwarded::NoAnswer;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        // Connecting was refused or found no socket, so the file is what a crashed primary left.
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
    QJsonObject request = document.object();
    const double deadline = request.take(DeadlineKey).toDouble();
    if (deadline > 0 && double(QDateTime::currentMSecsSinceEpoch()) > deadline) {
        socket->abort();
        return;
    }
    socket->write(Acknowledgement.data(), Acknowledgement.size());
    socket->flush();
    Q_EMIT requestReceived(request);
}

} // namespace Lagoon
