// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace Lagoon::Test {

/**
 * The Lagoon sandbox (tests/sandbox/start.js) as a child process on 127.0.0.1, with helpers for
 * its control API. It needs `node` (>= 18.12) on PATH and tests/sandbox/node_modules (the
 * sandbox_npm ctest fixture installs them). The sandbox stops when the fixture is destroyed, and
 * by itself when the test process dies (its stdin pipe closes).
 *
 * Every wait runs the event loop, so the clients under test keep working meanwhile.
 */
class SandboxFixture final
{
    Q_DISABLE_COPY_MOVE(SandboxFixture)

public:
    SandboxFixture();
    ~SandboxFixture();

    /**
     * Starts `node start.js --port <port> --no-ssh <arguments>` and reads its JSON line; false with
     * errorString() when it does not become ready within 30 s.
     */
    bool start(const QStringList &arguments = {}, int port = 0);
    /**
     * Starts again on the same port with the same arguments, plus `extra` for this start only;
     * the state begins from the seed.
     */
    bool restart(const QStringList &extra = {});
    /** SIGTERM: the server closes its connections and exits. */
    void stop();
    /** SIGKILL: the server vanishes without closing anything, like a crashed API pod. */
    void kill();
    /** SIGSTOP / SIGCONT: the server hangs with its sockets open, then resumes. */
    bool freeze();
    bool thaw();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QString errorString() const { return m_error; }
    /** What the sandbox printed on stderr, for failure messages. */
    QString log() const { return QString::fromUtf8(m_stderr.right(4000)); }
    QJsonObject info() const { return m_info; }
    int port() const { return m_port; }
    QUrl apiUrl() const;
    QUrl webSocketUrl() const;
    QUrl discoveryUrl() const;

    struct Reply
    {
        int status = 0; ///< 0: no answer
        QJsonObject json;
        bool ok() const { return status >= 200 && status < 300; }
    };
    /** A control API call ("/builds/next", …); the path is relative to /control. */
    Reply control(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    /** A legacy admin token (HS256); `claims` as POST /control/tokens/legacy takes them. */
    QString legacyToken(const QJsonObject &claims = {});
    /** A realm access token for a seeded user (token exchange, like the SSH token service). */
    QString userToken(const QString &email);
    bool scriptNextBuild(const QJsonObject &script);
    bool setSpeed(double factor);
    bool pauseTime();
    bool resumeTime();
    bool reset();
    /** both, graphql-transport-ws, graphql-ws or none (see tests/sandbox/README.md). */
    bool setWebSocketProtocols(const QString &mode);
    bool restoreBuild(const QJsonObject &deployment);
    QJsonObject build(const QString &name);
    /** The journal (GET /control/events), optionally of one type, after sequence number `since`. */
    QJsonArray events(const QString &type = {}, qint64 since = 0);

    /**
     * Runs the event loop until `done` or `timeoutMs` passed; true when `done`. Unlike
     * QTest::qWaitFor it does not sleep between rounds, so sockets are served the moment they are
     * ready (latency measurements depend on that).
     */
    static bool waitUntil(const std::function<bool()> &done, int timeoutMs);

    /** tests/sandbox, from the LAGOON_SANDBOX_DIR compile definition. */
    static QString sandboxDir();
    /** node or nodejs from PATH; empty when neither is installed. */
    static QString nodeProgram();

private:
    QProcess m_process;
    QNetworkAccessManager *m_network;
    QStringList m_arguments;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QJsonObject m_info;
    QString m_error;
    int m_port = 0;
    bool m_frozen = false;
};

} // namespace Lagoon::Test
