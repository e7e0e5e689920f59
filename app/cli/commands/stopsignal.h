// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Lagoon::Cli {

/**
 * Tells a long-running command (stack logs --follow, stack rollout) to stop: on SIGINT or SIGTERM,
 * and, with watchStandardInput(), when the standard input is a pipe or socket and its writer
 * closes it (a parent process that started the CLI went away). A terminal or /dev/null on stdin is
 * not watched, so `cmd < /dev/null &` in a script keeps following. The handlers are restored when
 * it is destroyed; one instance at a time.
 */
class StopSignal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignal)

public:
    explicit StopSignal(QObject *parent = nullptr);
    ~StopSignal() override;

    void watchStandardInput();
    bool isTriggered() const { return m_triggered; }

Q_SIGNALS:
    /** Emitted once. */
    void triggered();

private:
    void trigger();

    QSocketNotifier *m_signalNotifier = nullptr;
    QSocketNotifier *m_stdinNotifier = nullptr;
    bool m_triggered = false;
};

} // namespace Lagoon::Cli
