// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <memory>

#include <QList>
#include <QObject>
#include <QStringList>

#include "core/stack/dockerevent.h"
#include "core/util/error.h"

class QThread;

namespace Lagoon {

class DockerCancelToken;
class DockerConnection;

/** Which events GET /events delivers. */
struct DockerEventFilter
{
    /** Event types ("container", "image", "network", "volume"); empty: all. */
    QStringList types{QStringLiteral("container")};
    /** Only this compose project's objects (label com.docker.compose.project=…); empty: any. */
    QString composeProject;
    /** More label filters, "key" or "key=value". */
    QStringList labels;
};

/**
 * Follows the engine's event stream on a thread of its own and re-emits each event on the
 * stream's thread. When the engine goes away the stream reports disconnected() once, then keeps
 * reconnecting with exponential backoff (minimumBackoff() doubling up to maximumBackoff()) and
 * reports connected() when it is back. Events that happen while disconnected are not replayed:
 * on connected(), re-read the state you show (list the containers) — that also covers a restart.
 */
class DockerEventStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerEventStream)

public:
    DockerEventStream(std::shared_ptr<DockerConnection> connection, const DockerEventFilter &filter,
                      QObject *parent = nullptr);
    /** Stops the worker; returns once it has ended (it is woken, not waited out). */
    ~DockerEventStream() override;

    void setBackoff(std::chrono::milliseconds minimum, std::chrono::milliseconds maximum);
    std::chrono::milliseconds minimumBackoff() const { return m_minimumBackoff; }
    std::chrono::milliseconds maximumBackoff() const { return m_maximumBackoff; }

    /** Starts following; does nothing when already running. Backoff changes apply from the next start(). */
    void start();
    /** Stops following. No signal is emitted after it returns. */
    void stop();

    bool isRunning() const { return m_thread != nullptr; }
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    /** The stream is open: events flow from now on. */
    void connected();
    /** The stream is down (the engine stopped, is unreachable or refused); reconnecting goes on. */
    void disconnected(const Lagoon::Error &error);
    void eventReceived(const Lagoon::DockerEvent &event);

private:
    struct Worker;
    void onOpened(int generation);
    void onEvents(int generation, const QList<DockerEvent> &events);
    void onDown(int generation, const Error &error);

    std::shared_ptr<DockerConnection> m_connection;
    DockerEventFilter m_filter;
    std::chrono::milliseconds m_minimumBackoff{250};
    std::chrono::milliseconds m_maximumBackoff{5000};
    std::shared_ptr<DockerCancelToken> m_cancel;
    QThread *m_thread = nullptr;
    // Tells what a stopped worker posted apart from what the current one posts.
    int m_generation = 0;
    bool m_connected = false;
    bool m_reportedDown = false;
};

} // namespace Lagoon
