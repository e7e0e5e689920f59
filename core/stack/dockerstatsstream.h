// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QObject>

#include "core/stack/containerusage.h"
#include "core/util/error.h"

class QThread;

namespace Lagoon {

class DockerCancelToken;
class DockerConnection;

/**
 * Reads one container's resource usage (GET /containers/{id}/stats?stream=true, a sample about
 * every second) on a thread of its own and delivers each sample on the stream's thread. The
 * first sample has no CPU figure (ContainerUsage::cpuPercent): it has no sample before it.
 *
 * The engine keeps a stats stream open after its container stops and sends empty samples; this
 * stream ends itself at the first one. So it emits finished() exactly once — successfully when
 * the container is not running (stopped, restarting, or was never started), with an error when
 * the engine goes away or the container is removed, or with Error::Code::Cancelled after stop().
 */
class DockerStatsStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerStatsStream)

public:
    DockerStatsStream(std::shared_ptr<DockerConnection> connection, const QString &container,
                      QObject *parent = nullptr);
    /** Stops the worker without emitting finished(). */
    ~DockerStatsStream() override;

    QString container() const { return m_container; }

    /** Starts reading; does nothing when already started (a stream runs once). */
    void start();
    /**
     * Ends the stream now (the worker is woken and joined). finished(Cancelled) follows through
     * the event loop, after the samples read before the stop, unless it had already finished.
     */
    void stop();

    bool isRunning() const { return m_thread != nullptr && !m_finished; }

Q_SIGNALS:
    /** The engine accepted the request. */
    void started();
    void usageReceived(const Lagoon::ContainerUsage &usage);
    void finished(const Lagoon::Result<void> &result);

private:
    struct Worker;
    void onStarted();
    void onUsage(const ContainerUsage &usage);
    void onFinished(const Result<void> &result);
    void join();

    std::shared_ptr<DockerConnection> m_connection;
    QString m_container;
    std::shared_ptr<DockerCancelToken> m_cancel;
    QThread *m_thread = nullptr;
    bool m_finished = false;
};

} // namespace Lagoon
