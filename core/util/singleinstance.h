// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace Lagoon {

/**
 * One running instance per user and session: the first process to claim the socket becomes the
 * primary and listens on it; a later one hands its request (one JSON object, e.g. a folder to open)
 * to the primary and should then exit. A lock file around the claim keeps two processes started
 * at the same moment from both becoming primary, and a socket left behind by a crashed primary is
 * taken over.
 */
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role { Primary, Forwarded, Failed };

    explicit SingleInstance(QString socketPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    /**
     * The socket for `appId` in $XDG_RUNTIME_DIR (private to the user), else in the temporary
     * folder with the user's id in its name.
     */
    static QString defaultSocketPath(const QString &appId);

    /**
     * Hands `request` to a running primary (Forwarded), or becomes the primary (Primary). Failed
     * means neither worked, e.g. a primary that accepts but does not answer (errorString() says
     * why); its socket is left alone and the caller just runs on its own. `timeoutMs` bounds each
     * wait; it is long by default because a primary still building its window answers late.
     */
    Role claim(const QJsonObject &request, int timeoutMs = 10000);
    QString errorString() const { return m_error; }
    QString socketPath() const { return m_socketPath; }

Q_SIGNALS:
    /** A later instance's request, received by the primary. */
    void requestReceived(const QJsonObject &request);

private:
    enum class Forwarded { Delivered, NoServer, NoAnswer };
    Forwarded forward(const QJsonObject &request, int timeoutMs);
    bool listen();
    void onNewConnection();
    void readRequest(QLocalSocket *socket);

    QString m_socketPath;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace Lagoon
