// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Shared by the Local Stack widget tests: the three-service test project, running compose to the
// end, cleaning a project away, and a unix socket that can stand in for the engine's.
#pragma once

#include <functional>
#include <optional>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QProcess>
#include <QTest>

#include "core/stack/composerunner.h"

namespace Lagoon::Test {

inline QString threeServicesProject()
{
    return QStringLiteral(LAGOON_TEST_DATA_DIR "/stack/threeservices");
}

/** Runs `command` on `runner` and waits (up to 4 minutes) for its end. */
inline ComposeResult runToEnd(ComposeRunner &runner, const ComposeCommand &command)
{
    std::optional<ComposeResult> result;
    const auto done =
        QObject::connect(&runner, &ComposeRunner::finished, &runner, [&result](const ComposeResult &r) { result = r; });
    if (!runner.run(command))
        return {};
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 240000)
        QTest::qWait(50);
    QObject::disconnect(done);
    return result.value_or(ComposeResult{});
}

/** `docker-compose down` straight, whatever state the code under test left it in. */
inline void composeDown(const QString &composeFile, const QString &projectName, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(QFileInfo(composeFile).absolutePath());
    process.start(QStringLiteral("docker-compose"),
                  {QStringLiteral("-p"), projectName, QStringLiteral("-f"), composeFile, QStringLiteral("down"),
                   QStringLiteral("-v"), QStringLiteral("--rmi"), QStringLiteral("local"),
                   QStringLiteral("--remove-orphans")});
    if (!process.waitForFinished(120000))
        process.kill();
}

/** Copies a folder tree (the test project) so a test can change it. */
inline bool copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &info : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyTree(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

/**
 * A unix socket that relays to the engine's, for "the daemon is not there, then it is": nothing
 * listens at path() until listen(), and close() drops every connection again.
 */
class SocketRelay : public QObject
{
public:
    SocketRelay(const QString &path, const QString &engineSocket)
        : m_path(path)
        , m_engine(engineSocket)
    {
        m_server.setSocketOptions(QLocalServer::WorldAccessOption);
        QObject::connect(&m_server, &QLocalServer::newConnection, this, [this] { onConnection(); });
    }

    QString path() const { return m_path; }
    bool listen()
    {
        QLocalServer::removeServer(m_path);
        return m_server.listen(m_path);
    }
    void close()
    {
        m_server.close();
        for (const QPointer<QLocalSocket> &socket : std::as_const(m_clients)) {
            if (socket)
                socket->abort();
        }
        m_clients.clear();
    }

private:
    void onConnection()
    {
        while (QLocalSocket *client = m_server.nextPendingConnection()) {
            auto *engine = new QLocalSocket(client);
            m_clients.append(client);
            QObject::connect(client, &QLocalSocket::readyRead, engine, [client, engine] {
                if (engine->state() == QLocalSocket::ConnectedState)
                    engine->write(client->readAll());
            });
            QObject::connect(engine, &QLocalSocket::connected, client, [client, engine] { engine->write(client->readAll()); });
            QObject::connect(engine, &QLocalSocket::readyRead, client, [client, engine] { client->write(engine->readAll()); });
            QObject::connect(engine, &QLocalSocket::disconnected, client, [client] { client->disconnectFromServer(); });
            QObject::connect(client, &QLocalSocket::disconnected, client, [client, engine] {
                engine->abort();
                client->deleteLater();
            });
            engine->connectToServer(m_engine);
        }
    }

    QString m_path;
    QString m_engine;
    QLocalServer m_server;
    QList<QPointer<QLocalSocket>> m_clients;
};

} // namespace Lagoon::Test
