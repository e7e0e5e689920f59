// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/sshtokenlogin.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include "core/auth/authlogging.h"
#include "core/auth/sshtokenerrors.h"

namespace Lagoon {

namespace {

const QString GrantCommand = QStringLiteral("grant");
const QString TokenCommand = QStringLiteral("token");
// A token answer is a few KB; anything beyond is not one and must not grow without bound.
constexpr qsizetype MaxOutput = 1024 * 1024;
constexpr qsizetype MaxErrorOutput = 64 * 1024;
// ssh's own connect timeout, below the whole exchange's so its clearer message wins.
constexpr int ConnectTimeoutSeconds = 15;

void append(QByteArray &buffer, const QByteArray &data, qsizetype limit)
{
    if (buffer.size() < limit)
        buffer += data.left(limit - buffer.size());
}

} // namespace

SshTokenLogin::SshTokenLogin(const SshTokenOptions &options, QObject *parent) : QObject(parent), m_options(options)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_process) {
            disconnect(m_process, nullptr, this, nullptr);
            m_process->kill();
        }
        finish(std::unexpected(SshTokenErrors::timedOut(m_options)));
    });
}

SshTokenLogin::~SshTokenLogin()
{
    // The QProcess child kills ssh when it is destroyed; its signals must not reach us any more.
    if (m_process)
        disconnect(m_process, nullptr, this, nullptr);
}

QStringList SshTokenLogin::arguments(const QString &command) const
{
    QStringList args{QStringLiteral("-p"), QString::number(m_options.port), QStringLiteral("-T"), QStringLiteral("-o"),
                     QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                     QStringLiteral("StrictHostKeyChecking=") + m_options.strictHostKeyChecking, QStringLiteral("-o"),
                     QStringLiteral("ConnectTimeout=%1").arg(ConnectTimeoutSeconds),
                     // Keeps stderr to the errors that SshTokenErrors reads.
                     QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR")};
    if (!m_options.configFile.isEmpty())
        args << QStringLiteral("-F") << m_options.configFile;
    if (!m_options.knownHostsFile.isEmpty())
        args << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + m_options.knownHostsFile;
    if (!m_options.identityFile.isEmpty()) {
        // Only this key: with an agent full of keys, sshd's MaxAuthTries could end the login first.
        args << QStringLiteral("-i") << m_options.identityFile << QStringLiteral("-o")
             << QStringLiteral("IdentitiesOnly=yes");
    }
    args << m_options.user + QLatin1Char('@') + m_options.host << command;
    return args;
}

void SshTokenLogin::start()
{
    if (m_running)
        return;
    m_running = true;
    m_grantError.reset();
    m_program =
        m_options.sshProgram.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("ssh")) : m_options.sshProgram;
    std::optional<Error> early;
    if (m_program.isEmpty() || !QFileInfo(m_program).isExecutable())
        early = SshTokenErrors::programMissing(m_program.isEmpty() ? QStringLiteral("ssh") : m_program);
    else if (!m_options.identityFile.isEmpty() && !QFileInfo::exists(m_options.identityFile))
        early = SshTokenErrors::keyFileMissing(m_options.identityFile);
    else if (!m_options.isValid())
        early = Error{Error::Code::NotFound, tr("This account has no SSH token host"), m_options.host};
    if (early) {
        // Later, like every other outcome: callers connect to finished() after start().
        QMetaObject::invokeMethod(
            this, [this, error = *early] { finish(std::unexpected(error)); }, Qt::QueuedConnection);
        return;
    }
    m_deadline.start(m_options.timeout);
    run(GrantCommand);
}

void SshTokenLogin::run(const QString &command)
{
    m_command = command;
    m_stdout.clear();
    m_stderr.clear();
    if (m_process)
        m_process->deleteLater();
    m_process = new QProcess(this);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { append(m_stdout, m_process->readAllStandardOutput(), MaxOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { append(m_stderr, m_process->readAllStandardError(), MaxErrorOutput); });
    connect(m_process, &QProcess::finished, this, &SshTokenLogin::onExited);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(std::unexpected(SshTokenErrors::programMissing(m_program)));
    });
    qCInfo(lcAuth) << "ssh token: running" << m_program << arguments(command).join(QLatin1Char(' '));
    m_process->start(m_program, arguments(command));
}

void SshTokenLogin::onExited(int exitCode, QProcess::ExitStatus status)
{
    if (!m_running)
        return;
    append(m_stdout, m_process->readAllStandardOutput(), MaxOutput);
    append(m_stderr, m_process->readAllStandardError(), MaxErrorOutput);
    if (status == QProcess::CrashExit)
        exitCode = 255;
    qCInfo(lcAuth) << "ssh token:" << m_command << "exited with" << exitCode;
    if (exitCode == 0) {
        Result<TokenSet> tokens = parseOutput(m_stdout, QDateTime::currentDateTimeUtc());
        if (tokens) {
            finish(tokens);
            return;
        }
        if (m_command == TokenCommand) {
            finish(std::unexpected(SshTokenErrors::notAToken(m_options, tokens.error().detail)));
            return;
        }
        m_grantError = SshTokenErrors::notAToken(m_options, tokens.error().detail);
    } else {
        const Error error = SshTokenErrors::fromExit(exitCode, m_stderr, m_options);
        // 255 is ssh itself failing (key, host, network): `token` would fail the same way.
        if (exitCode == 255 || m_command == TokenCommand) {
            finish(std::unexpected(error));
            return;
        }
        m_grantError = error;
    }
    qCInfo(lcAuth) << "ssh token: grant was not understood, asking for a bare token:" << m_grantError->detail;
    run(TokenCommand);
}

Result<TokenSet> SshTokenLogin::parseOutput(const QByteArray &standardOutput, const QDateTime &received)
{
    const QByteArray text = standardOutput.trimmed();
    if (text.startsWith('{')) {
        QJsonParseError error;
        const QJsonObject grant = QJsonDocument::fromJson(text, &error).object();
        if (grant.isEmpty())
            return makeError(Error::Code::ParseFailed, tr("The SSH token service's answer is not valid JSON"),
                             error.errorString());
        Result<TokenSet> tokens = TokenSet::fromTokenResponse(grant, received);
        if (tokens && !tokens->expiresAt.isValid()) {
            // Go's oauth2.Token writes its expiry as RFC 3339 with nanoseconds, which Qt reads
            // once they are cut to milliseconds.
            QString expiry = grant.value(QStringLiteral("expiry")).toString();
            expiry.replace(QRegularExpression(QStringLiteral("(\\.\\d{3})\\d+")), QStringLiteral("\\1"));
            tokens->expiresAt = QDateTime::fromString(expiry, Qt::ISODateWithMs).toUTC();
        }
        return tokens;
    }
    const QList<QByteArray> lines = text.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (!line.isEmpty())
            return TokenSet::fromAccessToken(QString::fromLatin1(line));
    }
    return makeError(Error::Code::ParseFailed, tr("The SSH token service printed nothing"));
}

void SshTokenLogin::cancel()
{
    if (!m_running)
        return;
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        m_process->kill();
    }
    finish(makeError(Error::Code::Cancelled, tr("Getting a token over SSH was cancelled")));
}

void SshTokenLogin::finish(const Result<TokenSet> &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    if (!result)
        qCInfo(lcAuth) << "ssh token failed:" << result.error().message << result.error().detail;
    Q_EMIT finished(result);
}

} // namespace Lagoon
