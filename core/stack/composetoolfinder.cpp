// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/composetoolfinder.h"

#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include "core/stack/composetoolcache.h"

namespace Lagoon {

namespace {

// "Docker Compose version v2.26.1", "docker-compose version 1.29.2, build unknown", "2.26.1".
QVersionNumber versionIn(const QByteArray &output)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch match = number.match(QString::fromUtf8(output));
    return match.hasMatch() ? QVersionNumber::fromString(match.captured(0)) : QVersionNumber();
}

QString firstLine(const QByteArray &text)
{
    const QString trimmed = QString::fromUtf8(text).trimmed();
    return trimmed.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

ComposeToolFinder::ComposeToolFinder(const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_timer(new QTimer(this))
    , m_cacheFile(ComposeToolCache::defaultFile())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill(); // finished() follows and reports the timeout
    });
}

ComposeToolFinder::~ComposeToolFinder()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // killed: returns at once; avoids "destroyed while running"
    }
}

QString ComposeToolFinder::findInPath(const QString &name, const QProcessEnvironment &environment)
{
    const QStringList paths = environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    // findExecutable() searches the *caller's* PATH when given no paths: an empty PATH finds nothing.
    if (paths.isEmpty())
        return {};
    return QStandardPaths::findExecutable(name, paths);
}

void ComposeToolFinder::start()
{
    if (m_process || m_fromCachePending)
        return;
    m_tried.clear();
    m_fromCache = false;
    if (!m_cacheFile.isEmpty()) {
        if (const auto tool = ComposeToolCache(m_cacheFile).lookup(m_environment)) {
            // Still a job: finished() comes from the event loop, as after a probe.
            m_fromCache = true;
            m_fromCachePending = true;
            QTimer::singleShot(0, this, [this, tool = *tool] {
                if (!m_fromCachePending)
                    return; // cancelled meanwhile
                m_fromCachePending = false;
                finish(tool);
            });
            return;
        }
    }
    probePlugin();
}

void ComposeToolFinder::cancel()
{
    if (m_fromCachePending) {
        m_fromCachePending = false;
        finish(makeError(Error::Code::Cancelled, tr("Looking for Docker Compose was cancelled.")));
        return;
    }
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->kill();
    m_process->deleteLater();
    m_process = nullptr;
    m_timer->stop();
    finish(makeError(Error::Code::Cancelled, tr("Looking for Docker Compose was cancelled.")));
}

void ComposeToolFinder::probePlugin()
{
    const QString docker = findInPath(QStringLiteral("docker"), m_environment);
    if (docker.isEmpty()) {
        m_tried.append(tr("docker: not found in PATH"));
        probeStandalone();
        return;
    }
    probe(ComposeTool::Kind::Plugin, docker, {QStringLiteral("compose"), QStringLiteral("version")});
}

void ComposeToolFinder::probeStandalone()
{
    const QString compose = findInPath(QStringLiteral("docker-compose"), m_environment);
    if (compose.isEmpty()) {
        m_tried.append(tr("docker-compose: not found in PATH"));
        finishNotInstalled();
        return;
    }
    probe(ComposeTool::Kind::Standalone, compose, {QStringLiteral("version")});
}

void ComposeToolFinder::probe(ComposeTool::Kind kind, const QString &program, const QStringList &arguments)
{
    m_candidate = ComposeTool{kind, program, {}};
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(m_environment);
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    QProcess *process = m_process;
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        // Only a failed start ends without finished(); the other errors are followed by it.
        if (error == QProcess::FailedToStart && process == m_process)
            onProbeFinished(false, {}, process->errorString());
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        if (process != m_process)
            return;
        if (!m_timer->isActive()) {
            onProbeFinished(false, {}, tr("no answer within %1 s").arg(QLocale().toString(m_timeout.count() / 1000.0)));
            return;
        }
        const QByteArray out = process->readAllStandardOutput();
        if (status != QProcess::NormalExit)
            onProbeFinished(false, out, tr("crashed"));
        else if (exitCode != 0)
            onProbeFinished(false, out,
                            tr("exit code %1: %2").arg(exitCode).arg(firstLine(process->readAllStandardError())));
        else
            onProbeFinished(true, out, {});
    });
    m_timer->start(m_timeout);
    process->start();
}

void ComposeToolFinder::onProbeFinished(bool ok, const QByteArray &output, const QString &failure)
{
    m_timer->stop();
    const QString command = QDir::toNativeSeparators(m_process->program()) + QLatin1Char(' ')
        + m_process->arguments().join(QLatin1Char(' '));
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;

    const QVersionNumber version = versionIn(output);
    if (ok && !version.isNull()) {
        m_candidate.version = version;
        if (!m_cacheFile.isEmpty())
            ComposeToolCache(m_cacheFile).store(m_environment, m_candidate);
        finish(m_candidate);
        return;
    }
    m_tried.append(command + QStringLiteral(": ") + (ok ? tr("no version in its answer") : failure));
    if (m_candidate.kind == ComposeTool::Kind::Plugin)
        probeStandalone();
    else
        finishNotInstalled();
}

void ComposeToolFinder::finishNotInstalled()
{
    finish(makeError(Error::Code::NotFound,
                     tr("Docker Compose is not installed. Lagoon Desktop runs the project's services with the "
                        "Compose plugin (docker compose) or the standalone docker-compose; install either one "
                        "(on Debian and Ubuntu: sudo apt install docker-compose) and try again."),
                     m_tried.join(QLatin1Char('\n')) + QLatin1Char('\n')
                         + tr("PATH: %1").arg(m_environment.value(QStringLiteral("PATH")))));
}

void ComposeToolFinder::finish(const Result<ComposeTool> &result)
{
    Q_EMIT finished(result);
}

} // namespace Lagoon
