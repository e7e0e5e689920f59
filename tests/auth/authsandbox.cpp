// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/auth/authsandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>

#include "tests/support/sandboxfixture.h"

namespace Lagoon::Test {

namespace {

constexpr int StartTimeoutMs = 30000;
constexpr int RequestTimeoutMs = 15000;

} // namespace

AuthSandbox::AuthSandbox()
{
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_network,
                     [this] { m_stderr += m_process.readAllStandardError(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_network,
                     [this] { m_stdout += m_process.readAllStandardOutput(); });
}

AuthSandbox::~AuthSandbox()
{
    stop();
}

bool AuthSandbox::start(const QStringList &arguments)
{
    stop();
    m_stdout.clear();
    m_stderr.clear();
    m_info = {};
    const QString node = SandboxFixture::nodeProgram();
    if (node.isEmpty()) {
        m_error = QStringLiteral("node is not installed (installer/setup.sh deps test installs it)");
        return false;
    }
    const QString dir = SandboxFixture::sandboxDir();
    if (!QDir(dir + QStringLiteral("/node_modules")).exists()) {
        m_error = QStringLiteral("%1/node_modules is missing: run npm ci there (ctest's sandbox_npm_ci does)").arg(dir);
        return false;
    }
    m_process.start(node, QStringList{dir + QStringLiteral("/start.js"), QStringLiteral("--port"), QStringLiteral("0"),
                                      QStringLiteral("--oidc-port"), QStringLiteral("0"), QStringLiteral("--ssh-port"),
                                      QStringLiteral("0")} +
                              arguments);
    SandboxFixture::waitUntil([this] { return m_stdout.contains('\n') || m_process.state() == QProcess::NotRunning; },
                              StartTimeoutMs);
    if (!m_stdout.contains('\n')) {
        m_error = QStringLiteral("the sandbox did not start: %1").arg(log());
        stop();
        return false;
    }
    m_info = QJsonDocument::fromJson(m_stdout.left(m_stdout.indexOf('\n'))).object();
    if (!m_info.value(QStringLiteral("ready")).toBool() || m_info.value(QStringLiteral("ssh")).isNull()) {
        m_error = QStringLiteral("unexpected first line from the sandbox: %1").arg(QString::fromUtf8(m_stdout));
        stop();
        return false;
    }
    return true;
}

void AuthSandbox::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!SandboxFixture::waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, 10000)) {
        m_process.kill();
        SandboxFixture::waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, 10000);
    }
}

QUrl AuthSandbox::apiUrl() const
{
    return QUrl(m_info.value(QStringLiteral("api")).toObject().value(QStringLiteral("url")).toString());
}

QUrl AuthSandbox::issuer() const
{
    return QUrl(m_info.value(QStringLiteral("oidc")).toObject().value(QStringLiteral("issuer")).toString());
}

QString AuthSandbox::sshHost() const
{
    return m_info.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("host")).toString();
}

int AuthSandbox::sshPort() const
{
    return m_info.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("port")).toInt();
}

QString AuthSandbox::sshUser() const
{
    return m_info.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("user")).toString();
}

AuthSandbox::Reply AuthSandbox::control(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    const QString base = m_info.value(QStringLiteral("api")).toObject().value(QStringLiteral("control")).toString();
    QNetworkRequest request{QUrl(base + path)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(RequestTimeoutMs);
    const QByteArray data = method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, data);
    SandboxFixture::waitUntil([reply] { return reply->isFinished(); }, RequestTimeoutMs + 1000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

QJsonArray AuthSandbox::events(const QString &type)
{
    return control("GET", QStringLiteral("/events?since=0&type=") + type)
        .json.value(QStringLiteral("events"))
        .toArray();
}

AuthSandbox::Reply AuthSandbox::graphql(const QString &token, const QString &query)
{
    QNetworkRequest request(apiUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toLatin1());
    request.setTransferTimeout(RequestTimeoutMs);
    QNetworkReply *reply = m_network.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("query"), query}}).toJson(QJsonDocument::Compact));
    SandboxFixture::waitUntil([reply] { return reply->isFinished(); }, RequestTimeoutMs + 1000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

QString AuthSandbox::whoAmI(const QString &token)
{
    const Reply reply = graphql(token, QStringLiteral("{ me { id email } }"));
    return reply.json.value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("me"))
        .toObject()
        .value(QStringLiteral("email"))
        .toString();
}

QString AuthSandbox::newKey(const QString &directory, const QString &name, const QString &email)
{
    const QString file = QDir(directory).filePath(name);
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-C"), name, QStringLiteral("-f"), file});
    if (!keygen.waitForFinished(20000) || keygen.exitCode() != 0)
        return {};
    if (email.isEmpty())
        return file;
    QFile publicKey(file + QStringLiteral(".pub"));
    if (!publicKey.open(QIODevice::ReadOnly))
        return {};
    const Reply added = control("POST", QStringLiteral("/ssh-keys"),
                                {{QStringLiteral("email"), email},
                                 {QStringLiteral("publicKey"), QString::fromUtf8(publicKey.readAll().trimmed())}});
    return added.ok() ? file : QString();
}

} // namespace Lagoon::Test
