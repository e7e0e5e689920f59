// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/composerunner.h"

#include <algorithm>

#include <QProcess>
#include <QTimer>

#include "core/stack/composetoolfinder.h"

namespace Lagoon {

namespace {

int index(ComposeOutputLine::Channel channel)
{
    return channel == ComposeOutputLine::Channel::StandardOutput ? 0 : 1;
}

} // namespace

ComposeRunner::ComposeRunner(const ComposeInvocation &invocation, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
    , m_killTimer(new QTimer(this))
{
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
    });
}

ComposeRunner::~ComposeRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        // Killed, so this returns at once; it keeps QProcess from warning about a running child.
        m_process->waitForFinished(1000);
    }
}

void ComposeRunner::setInvocation(const ComposeInvocation &invocation)
{
    if (invocation.environment != m_invocation.environment)
        m_tool.reset(); // another PATH may hold another compose
    m_invocation = invocation;
}

bool ComposeRunner::run(const ComposeCommand &command)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_command = command;
    m_steps = command.steps();
    m_step = 0;
    m_commandLine.clear();
    m_tail.clear();
    m_lastErrorLine.clear();
    m_registryErrorLine.clear();
    m_exitCode = -1;
    m_clock.start();
    Q_EMIT started(command);

    if (m_tool) {
        startStep();
        return true;
    }
    auto *finder = new ComposeToolFinder(m_invocation.environment, this);
    m_finder = finder;
    connect(finder, &ComposeToolFinder::finished, this, [this, finder](const Result<ComposeTool> &tool) {
        finder->deleteLater();
        onToolFound(tool);
    });
    finder->start();
    return true;
}

void ComposeRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_finder) {
        m_finder->cancel(); // reports Cancelled through onToolFound()
        return;
    }
    if (m_process) {
        // compose stops what it started on SIGTERM; SIGKILL would leave that half done.
        m_process->terminate();
        m_killTimer->start(m_cancelGrace);
    }
}

void ComposeRunner::onToolFound(const Result<ComposeTool> &tool)
{
    if (m_cancelled) {
        finish(ComposeResult::Status::Cancelled, tr("%1 was cancelled.").arg(m_command.description()));
        return;
    }
    if (!tool) {
        finish(ComposeResult::Status::NotInstalled, tool.error().message, tool.error().detail);
        return;
    }
    m_tool = *tool;
    Q_EMIT toolFound(*m_tool);
    startStep();
}

void ComposeRunner::startStep()
{
    const QStringList arguments = m_tool->baseArguments() + m_invocation.projectArguments() + m_steps.at(m_step);
    m_commandLine = QStringList{m_tool->program} + arguments;
    m_partial = {};

    m_process = new QProcess(this);
    m_process->setProgram(m_tool->program);
    m_process->setArguments(arguments);
    m_process->setProcessEnvironment(m_invocation.environment);
    m_process->setWorkingDirectory(m_invocation.effectiveWorkingDirectory());
    // Nothing may wait for an answer on stdin (a prompt would hang the job forever).
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { onReadyRead(ComposeOutputLine::Channel::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { onReadyRead(ComposeOutputLine::Channel::StandardError); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        // The other errors are followed by finished(); a failed start is not.
        if (error != QProcess::FailedToStart)
            return;
        const QString why = m_process->errorString();
        m_process->deleteLater();
        m_process = nullptr;
        finish(ComposeResult::Status::FailedToStart,
               tr("%1 could not be started: %2").arg(m_tool->displayName(), why), m_commandLine.join(QLatin1Char(' ')));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onProcessFinished(exitCode, status == QProcess::CrashExit);
    });
    Q_EMIT invocationStarted(m_commandLine);
    m_process->start();
}

void ComposeRunner::onReadyRead(ComposeOutputLine::Channel channel)
{
    if (!m_process)
        return;
    m_partial[index(channel)] += channel == ComposeOutputLine::Channel::StandardOutput
        ? m_process->readAllStandardOutput()
        : m_process->readAllStandardError();
    emitLines(channel, false);
}

bool ComposeRunner::isRegistryFailure(const QString &line)
{
    // What Docker prints when a pull cannot reach its registry: DNS, no route, timeouts.
    static const QStringList reasons{QStringLiteral("no such host"), QStringLiteral("i/o timeout"),
                                     QStringLiteral("TLS handshake timeout"), QStringLiteral("network is unreachable"),
                                     QStringLiteral("Client.Timeout exceeded")};
    if (!line.contains(QLatin1String("dial tcp")) && !line.contains(QLatin1String("Get \"https://"))
        && !line.contains(QLatin1String("Get https://")))
        return false;
    return std::any_of(reasons.cbegin(), reasons.cend(), [&line](const QString &reason) { return line.contains(reason); });
}

void ComposeRunner::emitLines(ComposeOutputLine::Channel channel, bool flush)
{
    QByteArray &buffer = m_partial[index(channel)];
    qsizetype from = 0;
    const auto emitLine = [this, channel](QByteArrayView bytes) {
        // Lines are decoded whole, so a UTF-8 sequence split across reads stays intact.
        const ComposeOutputLine line{channel, QString::fromUtf8(bytes),
                                     std::chrono::milliseconds(m_clock.elapsed())};
        m_tail.append(line.text);
        if (m_tail.size() > DetailLines)
            m_tail.removeFirst();
        if (channel == ComposeOutputLine::Channel::StandardError && !line.text.trimmed().isEmpty())
            m_lastErrorLine = line.text.trimmed();
        if (m_registryErrorLine.isEmpty() && isRegistryFailure(line.text))
            m_registryErrorLine = line.text.trimmed();
        Q_EMIT outputLine(line);
    };
    for (qsizetype i = 0; i < buffer.size(); ++i) {
        const char c = buffer.at(i);
        if (c != '\n' && c != '\r')
            continue;
        // Progress redraws end in a bare '\r': a line too. "\r\n" is one break, not two.
        emitLine(QByteArrayView(buffer).sliced(from, i - from));
        if (c == '\r' && i + 1 < buffer.size() && buffer.at(i + 1) == '\n')
            ++i;
        from = i + 1;
    }
    buffer.remove(0, from);
    if (flush && !buffer.isEmpty()) {
        emitLine(buffer);
        buffer.clear();
    }
}

void ComposeRunner::onProcessFinished(int exitCode, bool crashed)
{
    m_killTimer->stop();
    m_partial[0] += m_process->readAllStandardOutput();
    m_partial[1] += m_process->readAllStandardError();
    emitLines(ComposeOutputLine::Channel::StandardOutput, true);
    emitLines(ComposeOutputLine::Channel::StandardError, true);
    m_process->deleteLater();
    m_process = nullptr;
    m_exitCode = crashed ? -1 : exitCode;

    if (m_cancelled) {
        finish(ComposeResult::Status::Cancelled, tr("%1 was cancelled.").arg(m_command.description()), tailText());
        return;
    }
    if (crashed) {
        finish(ComposeResult::Status::Crashed, tr("%1 failed: %2 crashed.").arg(m_command.description(), m_tool->displayName()),
               tailText());
        return;
    }
    if (exitCode != 0 && !m_registryErrorLine.isEmpty()) {
        // compose's own last line ("Service 'cli' failed to build") hides why: no network.
        finish(ComposeResult::Status::Failed,
               tr("%1 failed: Docker could not download an image (%2). Check the network connection and any proxy "
                  "or registry mirror Docker is set up with, or use images that are already on this machine.")
                   .arg(m_command.description(), m_registryErrorLine),
               tailText());
        return;
    }
    if (exitCode != 0) {
        const QString message = m_lastErrorLine.isEmpty()
            ? tr("%1 failed: %2 exited with code %3.").arg(m_command.description(), m_tool->displayName()).arg(exitCode)
            : tr("%1 failed: %2 exited with code %3: %4")
                  .arg(m_command.description(), m_tool->displayName())
                  .arg(exitCode)
                  .arg(m_lastErrorLine);
        finish(ComposeResult::Status::Failed, message, tailText());
        return;
    }
    if (++m_step < m_steps.size()) {
        startStep();
        return;
    }
    finish(ComposeResult::Status::Succeeded);
}

void ComposeRunner::finish(ComposeResult::Status status, const QString &message, const QString &detail)
{
    ComposeResult result;
    result.status = status;
    result.command = m_command;
    result.tool = m_tool.value_or(ComposeTool{});
    result.commandLine = m_commandLine;
    result.exitCode = m_exitCode;
    result.message = message;
    result.detail = detail;
    result.elapsed = std::chrono::milliseconds(m_clock.elapsed());
    m_running = false;
    m_finder = nullptr;
    Q_EMIT finished(result);
}

QString ComposeRunner::tailText() const
{
    return m_tail.join(QLatin1Char('\n'));
}

} // namespace Lagoon
