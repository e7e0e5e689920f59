// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockereventstream.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include "core/stack/dockercanceltoken.h"
#include "core/stack/dockerconnection.h"
#include "core/stack/dockercontainer.h"

namespace Lagoon {

namespace {

constexpr qsizetype MaxEventLine = 1024 * 1024;

DockerRequest eventsRequest(const DockerEventFilter &filter)
{
    QJsonObject filters;
    if (!filter.types.isEmpty())
        filters.insert(QStringLiteral("type"), QJsonArray::fromStringList(filter.types));
    QStringList labels = filter.labels;
    if (!filter.composeProject.isEmpty())
        labels.prepend(QLatin1String(ComposeLabels::Project) + QLatin1Char('=') + filter.composeProject);
    if (!labels.isEmpty())
        filters.insert(QStringLiteral("label"), QJsonArray::fromStringList(labels));

    DockerRequest request;
    request.path = QStringLiteral("/events");
    if (!filters.isEmpty())
        request.addQuery(QStringLiteral("filters"), QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    request.timeout = std::chrono::milliseconds(0); // open-ended; connecting stays bounded
    return request;
}

} // namespace

DockerEventStream::DockerEventStream(std::shared_ptr<DockerConnection> connection, const DockerEventFilter &filter,
                                     QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_filter(filter)
{
}

DockerEventStream::~DockerEventStream()
{
    stop();
}

void DockerEventStream::setBackoff(std::chrono::milliseconds minimum, std::chrono::milliseconds maximum)
{
    m_minimumBackoff = std::max(minimum, std::chrono::milliseconds(1));
    m_maximumBackoff = std::max(maximum, m_minimumBackoff);
}

// Everything the worker thread uses is its own copy, except the connection (thread-safe) and the
// stream object, which it only posts to.
struct DockerEventStream::Worker
{
    DockerEventStream *stream;
    std::shared_ptr<DockerConnection> connection;
    std::shared_ptr<DockerCancelToken> cancel;
    DockerRequest request;
    std::chrono::milliseconds minimum;
    std::chrono::milliseconds maximum;
    int generation;

    template <typename F>
    void post(F &&function) const
    {
        QMetaObject::invokeMethod(stream, std::forward<F>(function), Qt::QueuedConnection);
    }

    void run() const
    {
        auto backoff = minimum;
        while (!cancel->isCancelled()) {
            QByteArray pending;
            DockerStreamHandler handler;
            handler.opened = [this, &backoff](const DockerResponse &) {
                backoff = minimum;
                post([s = stream, g = generation] { s->onOpened(g); });
            };
            handler.data = [this, &pending](QByteArrayView chunk) {
                // Newline-delimited JSON; a chunk may end in the middle of an event.
                pending.append(chunk.data(), chunk.size());
                QList<DockerEvent> events;
                qsizetype from = 0;
                for (qsizetype newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n', from)) {
                    if (auto event = DockerEvent::fromJson(QByteArrayView(pending).sliced(from, newline - from)))
                        events.append(std::move(*event));
                    from = newline + 1;
                }
                pending.remove(0, from);
                // Events are a few hundred bytes; an endless line is not one, and must not eat memory.
                if (pending.size() > MaxEventLine)
                    pending.clear();
                if (!events.isEmpty())
                    post([s = stream, g = generation, events] { s->onEvents(g, events); });
            };

            const auto result = connection->send(request, cancel.get(), &handler);
            if (cancel->isCancelled())
                break;
            const Error error = result ? Error{Error::Code::ConnectionLost,
                                               DockerEventStream::tr("Docker closed the event stream: the engine is stopping or restarting"), {}}
                                       : result.error();
            post([s = stream, g = generation, error] { s->onDown(g, error); });

            if (!cancel->sleepFor(backoff))
                break;
            backoff = std::min(backoff * 2, maximum);
        }
    }
};

void DockerEventStream::start()
{
    if (m_thread)
        return;
    m_cancel = std::make_shared<DockerCancelToken>();
    m_connected = false;
    m_reportedDown = false;
    const Worker worker{this, m_connection, m_cancel, eventsRequest(m_filter), m_minimumBackoff, m_maximumBackoff, ++m_generation};
    m_thread = QThread::create([worker] { worker.run(); });
    m_thread->setObjectName(QStringLiteral("DockerEventStream"));
    m_thread->start();
}

void DockerEventStream::stop()
{
    if (!m_thread)
        return;
    m_cancel->cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_connected = false;
    // What the worker posted before it ended is ignored (see m_generation).
    ++m_generation;
}

void DockerEventStream::onOpened(int generation)
{
    if (generation != m_generation)
        return;
    m_connected = true;
    m_reportedDown = false;
    Q_EMIT connected();
}

void DockerEventStream::onEvents(int generation, const QList<DockerEvent> &events)
{
    for (const DockerEvent &event : events) {
        // A slot may call stop(): the rest of the batch belongs to the stopped worker.
        if (generation != m_generation)
            return;
        Q_EMIT eventReceived(event);
    }
}

void DockerEventStream::onDown(int generation, const Error &error)
{
    if (generation != m_generation)
        return;
    const bool wasConnected = m_connected;
    m_connected = false;
    // One report per outage: the retries behind it stay quiet until the stream is back.
    if (wasConnected || !m_reportedDown) {
        m_reportedDown = true;
        Q_EMIT disconnected(error);
    }
}

} // namespace Lagoon
