// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QDateTime>
#include <QList>
#include <QObject>

#include "core/stack/dockerlogparser.h"
#include "core/util/error.h"

class QThread;

namespace Lagoon {

class DockerCancelToken;
class DockerConnection;

/** What GET /containers/{id}/logs returns. */
struct DockerLogOptions
{
    /** Keep the stream open and deliver new lines until the container stops. */
    bool follow = true;
    bool timestamps = true;
    /** Only the last `tail` lines of the history; negative: all of it. */
    int tail = -1;
    /** Only lines after this time; invalid: from the start. */
    QDateTime since;
};

/**
 * Reads one container's logs on a thread of its own and delivers them as lines, in order, on
 * the stream's thread. It asks the engine whether the container has a TTY: without one, stdout
 * and stderr arrive multiplexed and every line keeps its stream; with one they are a single raw
 * stream, reported as stdout. Emits finished() exactly once — when the engine ends the stream
 * (the container stopped, or all history was sent without follow), on an error, or with
 * Error::Code::Cancelled after stop().
 */
class DockerLogStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerLogStream)

public:
    DockerLogStream(std::shared_ptr<DockerConnection> connection, const QString &container,
                    const DockerLogOptions &options = DockerLogOptions(), QObject *parent = nullptr);
    /** Stops the worker without emitting finished(). */
    ~DockerLogStream() override;

    QString container() const { return m_container; }

    /** Starts reading; does nothing when already started (a stream runs once). */
    void start();
    /**
     * Ends the stream now (the worker is woken and joined). finished(Cancelled) follows through
     * the event loop, after the lines read before the stop, unless it had already finished.
     */
    void stop();

    bool isRunning() const { return m_thread != nullptr && !m_finished; }

Q_SIGNALS:
    /** The engine accepted the request; `tty` tells whether streams are told apart. */
    void started(bool tty);
    void linesReceived(const QList<Lagoon::DockerLogLine> &lines);
    void finished(const Lagoon::Result<void> &result);

private:
    struct Worker;
    void onStarted(bool tty);
    void onLines(const QList<DockerLogLine> &lines);
    void onFinished(const Result<void> &result);
    void join();

    std::shared_ptr<DockerConnection> m_connection;
    QString m_container;
    DockerLogOptions m_options;
    std::shared_ptr<DockerCancelToken> m_cancel;
    QThread *m_thread = nullptr;
    bool m_finished = false;
};

} // namespace Lagoon
