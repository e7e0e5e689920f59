// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/stackresourcemonitor.h"

#include <QTimer>

#include "core/stack/dockerclient.h"
#include "core/stack/dockerstatsstream.h"
#include "core/stack/localstack.h"

namespace Lagoon {

namespace {

// A stream that ended is looked at again after this; after an error, later, so an engine that
// keeps failing is not asked in a tight loop.
constexpr int RecheckDelayMs = 500;
constexpr int RetryDelayMs = 2000;
constexpr int MaxFailures = 5;

} // namespace

StackResourceMonitor::StackResourceMonitor(DockerClient *client, LocalStack *stack, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_stack(stack)
{
    if (!stack)
        return;
    connect(stack, &LocalStack::serviceChanged, this, &StackResourceMonitor::syncService);
    connect(stack, &LocalStack::stackChanged, this, &StackResourceMonitor::sync);
    connect(stack, &LocalStack::synced, this, &StackResourceMonitor::sync);
    connect(stack, &LocalStack::daemonAvailabilityChanged, this, [this](bool available) {
        // The streams would fail one by one; what they showed is no longer true now.
        if (!available)
            forgetAll();
    });
    connect(stack, &QObject::destroyed, this, &StackResourceMonitor::forgetAll);
    sync();
}

StackResourceMonitor::~StackResourceMonitor()
{
    for (Watch &watch : m_watches)
        closeStream(watch);
}

std::optional<ContainerUsage> StackResourceMonitor::usage(const QString &service) const
{
    const auto it = m_watches.constFind(service);
    return it == m_watches.cend() ? std::nullopt : it->usage;
}

QStringList StackResourceMonitor::monitoredServices() const
{
    QStringList services;
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        if (it->stream && it->stream->isRunning())
            services << it.key();
    }
    services.sort();
    return services;
}

void StackResourceMonitor::sync()
{
    if (!m_stack)
        return;
    QStringList present;
    for (const StackService &service : m_stack->services()) {
        present << service.name;
        syncService(service.name);
    }
    const QStringList watched = m_watches.keys();
    for (const QString &service : watched) {
        if (!present.contains(service))
            forget(service);
    }
}

void StackResourceMonitor::syncService(const QString &name)
{
    if (!m_stack || !m_client)
        return;
    const std::optional<StackService> service = m_stack->service(name);
    // While the engine is away the stack keeps showing what it last knew; nothing can be read.
    if (!service || !service->isRunning() || !m_stack->isDaemonAvailable()) {
        forget(name);
        return;
    }
    Watch &watch = m_watches[name];
    if (watch.containerId == service->containerId) {
        // The same container: a stream that ended may have missed a restart.
        if (!watch.stream && watch.failures < MaxFailures)
            open(name, watch);
        return;
    }
    // `up` replaced the container (or this is the first one): the old numbers are not its own.
    closeStream(watch);
    const bool hadUsage = watch.usage.has_value();
    watch = Watch();
    watch.containerId = service->containerId;
    open(name, watch);
    if (hadUsage)
        Q_EMIT usageChanged(name);
}

void StackResourceMonitor::open(const QString &service, Watch &watch)
{
    auto *stream = new DockerStatsStream(m_client->connection(), watch.containerId, this);
    watch.stream = stream;
    const QString containerId = watch.containerId;
    connect(stream, &DockerStatsStream::usageReceived, this,
            [this, service, containerId](const ContainerUsage &usage) { onUsage(service, containerId, usage); });
    connect(stream, &DockerStatsStream::finished, this, [this, service, containerId](const Result<void> &result) {
        onFinished(service, containerId, result);
    });
    stream->start();
}

void StackResourceMonitor::closeStream(Watch &watch)
{
    if (!watch.stream)
        return;
    watch.stream->disconnect(this);
    // Joins the worker, which the cancel wakes at once; no finished() follows.
    delete watch.stream;
    watch.stream = nullptr;
}

void StackResourceMonitor::forget(const QString &service)
{
    const auto it = m_watches.find(service);
    if (it == m_watches.end())
        return;
    closeStream(*it);
    const bool hadUsage = it->usage.has_value();
    m_watches.erase(it);
    if (hadUsage)
        Q_EMIT usageChanged(service);
}

void StackResourceMonitor::forgetAll()
{
    QStringList changed;
    for (auto it = m_watches.begin(); it != m_watches.end(); ++it) {
        closeStream(*it);
        if (it->usage)
            changed << it.key();
    }
    m_watches.clear();
    for (const QString &service : std::as_const(changed))
        Q_EMIT usageChanged(service);
}

void StackResourceMonitor::onUsage(const QString &service, const QString &containerId, const ContainerUsage &usage)
{
    const auto it = m_watches.find(service);
    if (it == m_watches.end() || it->containerId != containerId)
        return;
    it->failures = 0;
    it->usage = usage;
    Q_EMIT usageChanged(service);
}

void StackResourceMonitor::onFinished(const QString &service, const QString &containerId, const Result<void> &result)
{
    const auto it = m_watches.find(service);
    if (it == m_watches.end() || it->containerId != containerId)
        return;
    // Called from the stream's own signal: it may not be deleted under it.
    if (it->stream)
        it->stream->deleteLater();
    it->stream = nullptr;
    // A stream that ends while the stack still says the container runs counts as a failure, so
    // an engine that keeps ending them is not asked forever; a sample, a stop or a new container
    // resets it.
    ++it->failures;
    const bool hadUsage = it->usage.has_value();
    it->usage.reset();
    // The stack may not have heard yet that the container stopped, or it was started again
    // before this stream noticed: look again shortly.
    QTimer::singleShot(result ? RecheckDelayMs : RetryDelayMs, this, [this, service] { syncService(service); });
    if (hadUsage)
        Q_EMIT usageChanged(service);
}

} // namespace Lagoon
