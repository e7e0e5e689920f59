// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace Lagoon::Test {

/**
 * The Lagoon sandbox (tests/sandbox/start.js) with its realm and its SSH token service, which
 * SandboxFixture starts without (--no-ssh). Everything listens on 127.0.0.1 with ports of its
 * own; the sandbox stops when this object is destroyed, or by itself when the test dies (its
 * stdin pipe closes).
 */
class AuthSandbox final
{
    Q_DISABLE_COPY_MOVE(AuthSandbox)

public:
    AuthSandbox();
    ~AuthSandbox();

    /** Starts with `--port 0 --oidc-port 0 --ssh-port 0 <arguments>`; false with errorString(). */
    bool start(const QStringList &arguments = {});
    void stop();

    QString errorString() const { return m_error; }
    /** What the sandbox printed on stderr, for failure messages. */
    QString log() const { return QString::fromUtf8(m_stderr.right(4000)); }
    QJsonObject info() const { return m_info; }

    QUrl apiUrl() const;
    QUrl issuer() const;
    QString sshHost() const;
    int sshPort() const;
    QString sshUser() const;

    struct Reply
    {
        int status = 0; ///< 0: no answer
        QJsonObject json;
        bool ok() const { return status >= 200 && status < 300; }
    };
    /** A control API call; `path` is relative to /control. */
    Reply control(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    /** The journal entries of `type` (e.g. "oidc.token"). */
    QJsonArray events(const QString &type);
    /** POSTs a GraphQL query to the API with `Authorization: Bearer <token>`. */
    Reply graphql(const QString &token, const QString &query);
    /** The e-mail address of the user the API sees for `token`, empty when it refuses it. */
    QString whoAmI(const QString &token);

    /**
     * Generates an ed25519 key without passphrase in `directory` (ssh-keygen) and, when `email` is
     * given, registers its public key for that user. Returns the private key's path, empty on failure.
     */
    QString newKey(const QString &directory, const QString &name, const QString &email = {});

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QJsonObject m_info;
    QString m_error;
};

} // namespace Lagoon::Test
