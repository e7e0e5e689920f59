// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/stack/stacklogcollector.h"

#include <QTimer>

#include "core/stack/dockerclient.h"
#include "core/stack/dockerlogstream.h"
#include "core/stack/localstack.h"

namespace Lagoon {

namespace {

// A stream that keeps failing while its container runs is retried, but not in a tight loop.
constexpr int RetryDelayMs = 2000;
constexpr int MaxFailures = 5;

} // namespace

StackLogCollector::StackLogCollector(QObject *parent)
    : QObject(parent)
{
}

StackLogCollector::~StackLogCollector()
{
    stop();
}

void StackLogCollector::setStack(LocalStack *stack, DockerClient *client)
{
    stop();
    if (m_stack)
        m_stack->disconnect(this);
    m_stack = stack;
    m_client = client;
    if (!stack)
        return;
    connect(stack, &LocalStack::serviceChanged, this, &StackLogCollector::syncService);
    connect(stack, &LocalStack::stackChanged, this, &StackLogCollector::sync);
    connect(stack, &LocalStack::synced, this, &StackLogCollector::sync);
    sync();
}

void StackLogCollector::stop()
{
    for (Follow &follow : m_follows) {
        if (follow.stream) {
            follow.stream->disconnect(this);
            delete follow.stream;
        }
    }
    m_follows.clear();
}

QStringList StackLogCollector::followedServices() const
{
    QStringList services;
    for (auto it = m_follows.cbegin(); it != m_follows.cend(); ++it) {
        if (it->stream && it->stream->isRunning())
            services << it.key();
    }
    services.sort();
    return services;
}

void StackLogCollector::sync()
{
    if (!m_stack)
        return;
    QStringList present;
    for (const StackService &service : m_stack->services()) {
        present << service.name;
        syncService(service.name);
    }
    for (auto it = m_follows.begin(); it != m_follows.end();) {
        if (!present.contains(it.key())) {
            delete it->stream;
            it = m_follows.erase(it);
        } else {
            ++it;
        }
    }
}

void StackLogCollector::syncService(const QString &name)
{
    if (!m_stack || !m_client)
        return;
    const std::optional<StackService> service = m_stack->service(name);
    if (!service || !service->hasContainer())
        return;
    Follow &follow = m_follows[name];
    if (follow.containerId != service->containerId) {
        // `up` replaced the container (or this is the first one): its log starts anew.
        if (follow.stream) {
            follow.stream->disconnect(this);
            delete follow.stream;
        }
        follow = Follow();
        follow.containerId = service->containerId;
        // A container that already stopped is read to its end by this one stream.
        if (!service->isRunning())
            follow.drained = service->finished;
        startStream(name, follow);
        return;
    }
    if (!service->isRunning()) {
        // Stopped: its next start deserves a stream, however the last ones ended.
        follow.failures = 0;
        // A run can end before its stream got going (a one-shot container that was only
        // "created" when its stream asked): read what that run wrote, once, after it ended.
        if (!follow.stream && service->finished.isValid() && service->finished != follow.drained) {
            follow.drained = service->finished;
            startStream(name, follow);
        }
        return;
    }
    // The same container started again: its stream ended when it stopped.
    if (!follow.stream && follow.failures < MaxFailures)
        startStream(name, follow);
}

void StackLogCollector::startStream(const QString &service, Follow &follow)
{
    DockerLogOptions options;
    options.follow = true;
    options.timestamps = true;
    follow.since = follow.last;
    if (follow.since.isValid())
        options.since = follow.since;
    else
        options.tail = m_historyLines;
    auto *stream = new DockerLogStream(m_client->connection(), follow.containerId, options, this);
    follow.stream = stream;
    const QString containerId = follow.containerId;
    connect(stream, &DockerLogStream::linesReceived, this,
            [this, service, containerId](const QList<DockerLogLine> &lines) { onLines(service, containerId, lines); });
    connect(stream, &DockerLogStream::finished, this, [this, service, containerId](const Result<void> &result) {
        onFinished(service, containerId, !result.has_value() && result.error().code != Error::Code::Cancelled);
    });
    stream->start();
}

void StackLogCollector::onLines(const QString &service, const QString &containerId, const QList<DockerLogLine> &lines)
{
    auto it = m_follows.find(service);
    if (it == m_follows.end() || it->containerId != containerId || lines.isEmpty())
        return;
    // `since` is inclusive, so a restarted stream repeats the lines of its last instant. Only
    // those go: within a stream, stdout and stderr lines may arrive slightly out of time order.
    QList<DockerLogLine> fresh;
    fresh.reserve(lines.size());
    for (const DockerLogLine &line : lines) {
        if (it->since.isValid() && line.timestamp.isValid() && line.timestamp <= it->since)
            continue;
        fresh << line;
        if (line.timestamp.isValid() && (!it->last.isValid() || line.timestamp > it->last))
            it->last = line.timestamp;
    }
    if (fresh.isEmpty())
        return;
    it->failures = 0;
    Q_EMIT linesReceived(service, fresh);
}

void StackLogCollector::onFinished(const QString &service, const QString &containerId, bool failed)
{
    auto it = m_follows.find(service);
    if (it == m_follows.end() || it->containerId != containerId)
        return;
    if (it->stream)
        it->stream->deleteLater();
    it->stream = nullptr;
    // The container may have been restarted before this stream noticed it had stopped, so look
    // again; a stream that ends while its container still runs counts as a failure, so an
    // engine that keeps ending streams is not asked again and again.
    ++it->failures;
    QTimer::singleShot(failed ? RetryDelayMs : RetryDelayMs / 4, this, [this, service] { syncService(service); });
}

} // namespace Lagoon
