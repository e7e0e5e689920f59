// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <mutex>
#include <thread>

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lagoon {

/**
 * The baseline of bench_stack's event latency: the barest reader of the engine's GET /events. One
 * unix socket, an HTTP/1.0 request (so the body is the raw newline-delimited JSON, no chunking, no
 * libcurl) and a thread of its own that blocks in read(). Each read is stamped with the wall clock
 * the moment read() returns, before anything is parsed: what is left between the engine's timeNano
 * and that stamp is the engine and the kernel, which no client can do better than.
 */
class RawEventReader final
{
public:
    struct Event
    {
        QString id;
        QString action;
        qint64 timeNano = 0;     ///< the engine's stamp
        qint64 receivedNano = 0; ///< system_clock when read() returned the bytes that ended the line
    };

    RawEventReader() = default;
    ~RawEventReader();
    RawEventReader(const RawEventReader &) = delete;
    RawEventReader &operator=(const RawEventReader &) = delete;

    /** Called on the reader's thread after each batch of events is stored; set before start(). */
    void setNotify(std::function<void()> notify) { m_notify = std::move(notify); }

    /**
     * Connects, asks for the container events of `composeProject` and waits (at most 10 s) for the
     * engine to answer 200; then reads on its own thread. False, with `why`, when it cannot.
     */
    bool start(const QString &socketPath, const QString &composeProject, QString *why);
    /** Ends the stream and the thread; the events stay. */
    void stop();

    QList<Event> events() const;
    qsizetype count() const;
    void clear();

private:
    void run();
    void take(const QByteArray &bytes, qint64 receivedNano);

    int m_fd = -1;
    std::thread m_thread;
    std::function<void()> m_notify;
    QByteArray m_pending; // a line not yet complete (reader thread only, after start())
    mutable std::mutex m_mutex;
    QList<Event> m_events;
};

} // namespace Lagoon
