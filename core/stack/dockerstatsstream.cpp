// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockerstatsstream.h"

#include <QThread>
#include <QUrl>

#include "core/stack/dockercanceltoken.h"
#include "core/stack/dockerconnection.h"

namespace Lagoon {

namespace {

using namespace std::chrono_literals;

// A sample is a few kilobytes (more with many CPUs: cgroup v1 lists each); an endless line is
// not one, and must not eat memory.
constexpr qsizetype MaxSampleLine = 1024 * 1024;

QString statsPath(const QString &container)
{
    return QStringLiteral("/containers/") + QString::fromLatin1(QUrl::toPercentEncoding(container))
           + QStringLiteral("/stats");
}

} // namespace

// The worker's own copies; it only posts to the stream object, which outlives it (join()).
struct DockerStatsStream::Worker
{
    DockerStatsStream *stream;
    std::shared_ptr<DockerConnection> connection;
    std::shared_ptr<DockerCancelToken> cancel;
    QString container;

    template <typename F>
    void post(F &&function) const
    {
        QMetaObject::invokeMethod(stream, std::forward<F>(function), Qt::QueuedConnection);
    }

    Result<void> run() const
    {
        DockerRequest request;
        request.path = statsPath(container);
        request.addQuery(QStringLiteral("stream"), QStringLiteral("true"));
        request.timeout = 0ms; // open-ended; connecting stays bounded

        QByteArray pending;
        bool notRunning = false;
        DockerStreamHandler handler;
        handler.opened = [this](const DockerResponse &) { post([s = stream] { s->onStarted(); }); };
        handler.data = [this, &pending, &notRunning](QByteArrayView chunk) {
            // Newline-delimited JSON; a chunk may end in the middle of a sample.
            pending.append(chunk.data(), chunk.size());
            const qsizetype end = pending.lastIndexOf('\n');
            if (end >= 0) {
                // Each sample carries the one before it (precpu_stats), so the newest of a chunk
                // says all the older ones would.
                const qsizetype begin = end > 0 ? pending.lastIndexOf('\n', end - 1) + 1 : 0;
                const auto usage = ContainerUsage::fromStatsJson(QByteArrayView(pending).sliced(begin, end - begin));
                pending.remove(0, end + 1);
                if (usage && usage->isEmpty()) {
                    // The engine would go on sending empty samples until the container is
                    // removed: end here. send() then reports Cancelled, which run() turns back.
                    notRunning = true;
                    cancel->cancel();
                } else if (usage) {
                    post([s = stream, sample = *usage] { s->onUsage(sample); });
                }
            }
            if (pending.size() > MaxSampleLine)
                pending.clear();
        };
        const auto result = connection->send(request, cancel.get(), &handler);
        if (notRunning)
            return {};
        if (!result)
            return std::unexpected(result.error());
        return {};
    }
};

DockerStatsStream::DockerStatsStream(std::shared_ptr<DockerConnection> connection, const QString &container,
                                     QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_container(container)
    , m_cancel(std::make_shared<DockerCancelToken>())
{
}

DockerStatsStream::~DockerStatsStream()
{
    m_finished = true;
    join();
    delete m_thread;
}

void DockerStatsStream::start()
{
    if (m_thread)
        return;
    const Worker worker{this, m_connection, m_cancel, m_container};
    m_thread = QThread::create([worker] {
        const Result<void> result = worker.run();
        worker.post([s = worker.stream, result] { s->onFinished(result); });
    });
    m_thread->setObjectName(QStringLiteral("DockerStatsStream"));
    m_thread->start();
}

void DockerStatsStream::stop()
{
    // The worker's last post is finished(Cancelled), queued behind the samples it had read, so
    // those still arrive and finished stays the last signal.
    join();
}

void DockerStatsStream::join()
{
    if (!m_thread)
        return;
    m_cancel->cancel();
    m_thread->wait();
}

void DockerStatsStream::onStarted()
{
    if (!m_finished)
        Q_EMIT started();
}

void DockerStatsStream::onUsage(const ContainerUsage &usage)
{
    if (!m_finished)
        Q_EMIT usageReceived(usage);
}

void DockerStatsStream::onFinished(const Result<void> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace Lagoon
