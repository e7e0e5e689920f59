// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <chrono>
#include <optional>

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/stack/composecommand.h"
#include "core/stack/composeinvocation.h"
#include "core/stack/composeresult.h"
#include "core/stack/composetool.h"
#include "core/util/error.h"

class QProcess;
class QTimer;

namespace Lagoon {

class ComposeToolFinder;

/**
 * Runs compose commands (build, up -d, down, restart, start, stop, rebuild) on one stack with
 * QProcess, one command at a time, never blocking: run() returns at once, output streams as
 * outputLine() signals while compose works, and every run() that returned true ends in exactly
 * one finished().
 *
 * The first command looks for the compose implementation (ComposeToolFinder: the `docker compose`
 * plugin, else `docker-compose`) in the invocation's environment and keeps what it found; when
 * there is none, finished() says so with ComposeResult::Status::NotInstalled and a message that
 * says what to install.
 */
class ComposeRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeRunner)

public:
    /** How many of the last output lines a failure's ComposeResult::detail keeps. */
    static constexpr int DetailLines = 30;

    explicit ComposeRunner(const ComposeInvocation &invocation, QObject *parent = nullptr);
    /** Kills a command still running (no finished() is emitted then). */
    ~ComposeRunner() override;

    const ComposeInvocation &invocation() const { return m_invocation; }
    /** Takes effect from the next run(); forgets the tool found when the environment changes. */
    void setInvocation(const ComposeInvocation &invocation);

    /** The compose implementation in use: found by the first run(), or given with setTool(). */
    std::optional<ComposeTool> tool() const { return m_tool; }
    /** Uses `tool` instead of looking for one (e.g. one runner found it for the whole app). */
    void setTool(const ComposeTool &tool) { m_tool = tool; }

    /** How long cancel() waits after SIGTERM before it kills compose. */
    void setCancelGrace(std::chrono::milliseconds grace) { m_cancelGrace = grace; }

    /** Starts `command`. False, with nothing emitted, when a command is already running. */
    bool run(const ComposeCommand &command);
    /** Asks compose to stop (SIGTERM, then SIGKILL after the grace); finished() reports Cancelled. */
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(const Lagoon::ComposeCommand &command);
    void toolFound(const Lagoon::ComposeTool &tool);
    /** Each compose invocation as it starts (program first); Rebuild has two. */
    void invocationStarted(const QStringList &commandLine);
    void outputLine(const Lagoon::ComposeOutputLine &line);
    void finished(const Lagoon::ComposeResult &result);

private:
    void onToolFound(const Result<ComposeTool> &tool);
    void startStep();
    void onReadyRead(ComposeOutputLine::Channel channel);
    void emitLines(ComposeOutputLine::Channel channel, bool flush);
    static bool isRegistryFailure(const QString &line);
    void onProcessFinished(int exitCode, bool crashed);
    void finish(ComposeResult::Status status, const QString &message = {}, const QString &detail = {});
    QString tailText() const;

    ComposeInvocation m_invocation;
    std::optional<ComposeTool> m_tool;
    std::chrono::milliseconds m_cancelGrace{std::chrono::seconds(10)};

    // The command in flight.
    bool m_running = false;
    bool m_cancelled = false;
    ComposeCommand m_command;
    QList<QStringList> m_steps;
    int m_step = 0;
    QStringList m_commandLine;
    int m_exitCode = -1;
    QElapsedTimer m_clock;
    QPointer<ComposeToolFinder> m_finder;
    QProcess *m_process = nullptr;
    QTimer *m_killTimer = nullptr;
    std::array<QByteArray, 2> m_partial; // an unfinished line per channel
    QStringList m_tail;                  // the last DetailLines lines, both channels
    QString m_lastErrorLine;
    QString m_registryErrorLine; // the first "cannot reach the registry" line, which explains a failure best
};

} // namespace Lagoon
