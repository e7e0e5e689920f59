// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/sshbuildlogsource.h"

#include <QFileInfo>
#include <QStandardPaths>

#include "core/auth/sshtokenerrors.h"
#include "core/auth/sshtokenlogin.h"
#include "core/remote/remotelogging.h"

namespace Lagoon {

namespace {

constexpr qsizetype MaxErrorOutput = 64 * 1024;

} // namespace

SshBuildLogSource::SshBuildLogSource(const SshTokenOptions &options, const QString &buildName, int tailLines,
                                     QObject *parent)
    : BuildLogSource(parent), m_options(options), m_buildName(buildName), m_tailLines(tailLines)
{
}

SshBuildLogSource::~SshBuildLogSource()
{
    stop();
}

QString SshBuildLogSource::command() const
{
    return QStringLiteral("lagoonSystem=build name=%1 logs=tailLines=%2,follow").arg(m_buildName).arg(m_tailLines);
}

QStringList SshBuildLogSource::arguments() const
{
    // SshTokenLogin owns how the account's SSH options become ssh's arguments; only the command differs.
    QStringList args = SshTokenLogin(m_options).arguments(command());
    // A connection that silently died must end the stream, so that the feed falls back to polling.
    args.insert(args.size() - 2, QStringLiteral("-o"));
    args.insert(args.size() - 2, QStringLiteral("ServerAliveInterval=5"));
    args.insert(args.size() - 2, QStringLiteral("-o"));
    args.insert(args.size() - 2, QStringLiteral("ServerAliveCountMax=3"));
    return args;
}

QString SshBuildLogSource::description() const
{
    return tr("followed live over SSH (%1)").arg(SshTokenErrors::endpoint(m_options));
}

void SshBuildLogSource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_firstBatch = true;
    m_partial.clear();
    m_stderr.clear();
    const QString program =
        m_options.sshProgram.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("ssh")) : m_options.sshProgram;
    std::optional<Error> early;
    if (program.isEmpty() || !QFileInfo(program).isExecutable())
        early = SshTokenErrors::programMissing(program.isEmpty() ? QStringLiteral("ssh") : program);
    else if (!m_options.identityFile.isEmpty() && !QFileInfo::exists(m_options.identityFile))
        early = SshTokenErrors::keyFileMissing(m_options.identityFile);
    else if (!m_options.isValid())
        early = Error{Error::Code::NotFound, tr("This account has no SSH endpoint for build logs"), m_options.host};
    if (early) {
        // Later, like every other outcome: callers connect after start().
        QMetaObject::invokeMethod(
            this,
            [this, error = *early] {
                m_running = false;
                Q_EMIT failed(error);
            },
            Qt::QueuedConnection);
        return;
    }
    m_process = new QProcess(this);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SshBuildLogSource::onOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray data = m_process->readAllStandardError();
        if (m_stderr.size() < MaxErrorOutput)
            m_stderr += data.left(MaxErrorOutput - m_stderr.size());
    });
    connect(m_process, &QProcess::finished, this, &SshBuildLogSource::onExited);
    connect(m_process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_running)
            return;
        m_running = false;
        Q_EMIT failed(SshTokenErrors::programMissing(program));
    });
    qCInfo(lcRemote) << "build log: following" << m_buildName << "over ssh" << SshTokenErrors::endpoint(m_options);
    m_process->start(program, arguments());
}

void SshBuildLogSource::stop()
{
    m_running = false;
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        // Gone once ssh has exited, not before: a QProcess destroyed while running leaves a zombie.
        QProcess *process = m_process;
        m_process = nullptr;
        process->setParent(nullptr);
        if (process->state() == QProcess::NotRunning) {
            process->deleteLater();
        } else {
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
            process->kill();
        }
    }
}

void SshBuildLogSource::onOutput()
{
    m_partial += m_process->readAllStandardOutput();
    const qsizetype end = m_partial.lastIndexOf('\n');
    if (end < 0)
        return;
    QList<QByteArray> lines = m_partial.left(end).split('\n');
    m_partial.remove(0, end + 1);
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    Q_EMIT linesReceived(lines, std::exchange(m_firstBatch, false));
}

void SshBuildLogSource::onExited(int exitCode, QProcess::ExitStatus status)
{
    if (!m_running)
        return;
    onOutput();
    m_running = false;
    if (status == QProcess::CrashExit)
        exitCode = 255;
    qCInfo(lcRemote) << "build log: ssh for" << m_buildName << "exited with" << exitCode;
    if (exitCode == 0) {
        if (!m_partial.isEmpty())
            Q_EMIT linesReceived({std::exchange(m_partial, {})}, std::exchange(m_firstBatch, false));
        Q_EMIT ended();
        return;
    }
    Q_EMIT failed(SshTokenErrors::fromExit(exitCode, m_stderr, m_options));
}

} // namespace Lagoon
