// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/support/sandboxfixture.h"

#include <csignal>

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTimer>

namespace Lagoon::Test {

namespace {

constexpr int StartTimeoutMs = 30000;
constexpr int ControlTimeoutMs = 15000;

} // namespace

SandboxFixture::SandboxFixture() : m_network(new QNetworkAccessManager)
{
    QObject::connect(&m_process, &QProcess::readyReadStandardError, m_network,
                     [this] { m_stderr += m_process.readAllStandardError(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, m_network,
                     [this] { m_stdout += m_process.readAllStandardOutput(); });
}

SandboxFixture::~SandboxFixture()
{
    stop();
    delete m_network;
}

bool SandboxFixture::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    check.start();
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

QString SandboxFixture::sandboxDir()
{
    return QStringLiteral(LAGOON_SANDBOX_DIR);
}

QString SandboxFixture::nodeProgram()
{
    QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    return node;
}

bool SandboxFixture::start(const QStringList &arguments, int port)
{
    stop();
    m_arguments = arguments;
    m_error.clear();
    m_stdout.clear();
    m_stderr.clear();
    m_info = {};
    const QString node = nodeProgram();
    if (node.isEmpty()) {
        m_error = QStringLiteral("node is not installed (installer/setup.sh deps test installs it)");
        return false;
    }
    if (!QDir(sandboxDir() + QStringLiteral("/node_modules")).exists()) {
        m_error = QStringLiteral("%1/node_modules is missing: run npm ci there (ctest's sandbox_npm_ci does)").arg(sandboxDir());
        return false;
    }
    const QStringList args = QStringList{sandboxDir() + QStringLiteral("/start.js"), QStringLiteral("--port"),
                                         QString::number(port), QStringLiteral("--no-ssh")}
        + arguments;
    m_process.start(node, args);
    const bool ready = waitUntil([this] { return m_stdout.contains('\n') || m_process.state() == QProcess::NotRunning; },
                                       StartTimeoutMs);
    if (!ready || !m_stdout.contains('\n')) {
        m_error = QStringLiteral("the sandbox did not start: %1").arg(log());
        stop();
        return false;
    }
    const QByteArray line = m_stdout.left(m_stdout.indexOf('\n'));
    m_info = QJsonDocument::fromJson(line).object();
    m_port = m_info.value(QStringLiteral("api")).toObject().value(QStringLiteral("port")).toInt();
    if (!m_info.value(QStringLiteral("ready")).toBool() || m_port == 0) {
        m_error = QStringLiteral("unexpected first line from the sandbox: %1").arg(QString::fromUtf8(line));
        stop();
        return false;
    }
    return true;
}

bool SandboxFixture::restart(const QStringList &extra)
{
    const QStringList base = m_arguments;
    const bool started = start(base + extra, m_port);
    m_arguments = base;
    return started;
}

void SandboxFixture::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    thaw();
    m_process.terminate();
    if (!waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, 10000))
        kill();
}

void SandboxFixture::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, 10000);
    m_frozen = false;
}

bool SandboxFixture::freeze()
{
    if (!isRunning() || ::kill(pid_t(m_process.processId()), SIGSTOP) != 0)
        return false;
    m_frozen = true;
    return true;
}

bool SandboxFixture::thaw()
{
    if (!m_frozen)
        return true;
    m_frozen = false;
    return isRunning() && ::kill(pid_t(m_process.processId()), SIGCONT) == 0;
}

QUrl SandboxFixture::apiUrl() const
{
    return QUrl(m_info.value(QStringLiteral("api")).toObject().value(QStringLiteral("url")).toString());
}

QUrl SandboxFixture::webSocketUrl() const
{
    return QUrl(m_info.value(QStringLiteral("api")).toObject().value(QStringLiteral("ws")).toString());
}

QUrl SandboxFixture::discoveryUrl() const
{
    return QUrl(m_info.value(QStringLiteral("api")).toObject().value(QStringLiteral("discovery")).toString());
}

SandboxFixture::Reply SandboxFixture::control(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    const QString base = m_info.value(QStringLiteral("api")).toObject().value(QStringLiteral("control")).toString();
    QNetworkRequest request(QUrl(base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(ControlTimeoutMs);
    const QByteArray data = method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, data);
    waitUntil([reply] { return reply->isFinished(); }, ControlTimeoutMs + 1000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    if (!result.ok())
        qWarning("sandbox control %s %s: %d %s", method.constData(), qPrintable(path), result.status,
                 qPrintable(result.json.value(QStringLiteral("error")).toString()));
    reply->deleteLater();
    return result;
}

QString SandboxFixture::legacyToken(const QJsonObject &claims)
{
    return control("POST", QStringLiteral("/tokens/legacy"), claims).json.value(QStringLiteral("token")).toString();
}

QString SandboxFixture::userToken(const QString &email)
{
    return control("POST", QStringLiteral("/tokens/user"), {{QStringLiteral("email"), email}})
        .json.value(QStringLiteral("access_token"))
        .toString();
}

bool SandboxFixture::scriptNextBuild(const QJsonObject &script)
{
    return control("POST", QStringLiteral("/builds/next"), script).ok();
}

bool SandboxFixture::setSpeed(double factor)
{
    return control("POST", QStringLiteral("/speed"), {{QStringLiteral("factor"), factor}}).ok();
}

bool SandboxFixture::pauseTime()
{
    return control("POST", QStringLiteral("/pause")).ok();
}

bool SandboxFixture::resumeTime()
{
    return control("POST", QStringLiteral("/resume")).ok();
}

bool SandboxFixture::reset()
{
    return control("POST", QStringLiteral("/reset")).ok();
}

bool SandboxFixture::setWebSocketProtocols(const QString &mode)
{
    return control("POST", QStringLiteral("/ws"), {{QStringLiteral("protocols"), mode}}).ok();
}

bool SandboxFixture::restoreBuild(const QJsonObject &deployment)
{
    return control("POST", QStringLiteral("/builds/restore"), deployment).ok();
}

QJsonObject SandboxFixture::build(const QString &name)
{
    return control("GET", QStringLiteral("/builds/") + name).json;
}

QJsonArray SandboxFixture::events(const QString &type, qint64 since)
{
    QString path = QStringLiteral("/events?since=%1").arg(since);
    if (!type.isEmpty())
        path += QStringLiteral("&type=") + type;
    return control("GET", path).json.value(QStringLiteral("events")).toArray();
}

} // namespace Lagoon::Test
