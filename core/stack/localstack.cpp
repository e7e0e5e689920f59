// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/localstack.h"

#include <algorithm>

#include <QTimer>

#include "core/stack/dockerclient.h"
#include "core/stack/dockereventstream.h"

namespace Lagoon {

namespace {

using Clock = std::chrono::steady_clock;

std::chrono::microseconds sinceEngineStamp(qint64 timeNano)
{
    const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch());
    return std::chrono::duration_cast<std::chrono::microseconds>(now - std::chrono::nanoseconds(timeNano));
}

bool isOneOff(const QMap<QString, QString> &labels)
{
    return labels.value(QLatin1String(ComposeLabels::OneOff)).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

LocalStack::LocalStack(DockerClient *client, const QString &projectName, const ComposeProject &compose, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectName(projectName)
    , m_compose(compose)
    , m_retryTimer(new QTimer(this))
{
    const DockerEndpoint &endpoint = client->endpoint();
    // Published ports are reached on the engine's host: this machine for a socket, else the tcp:// host.
    m_engineHost = endpoint.kind() == DockerEndpoint::Kind::Tcp ? endpoint.host() : QStringLiteral("localhost");
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &LocalStack::listContainers);
    refreshAll();
}

LocalStack::~LocalStack()
{
    stop();
}

void LocalStack::setComposeProject(const ComposeProject &compose)
{
    m_compose = compose;
    refreshAll();
    Q_EMIT stackChanged();
}

void LocalStack::setReconnectBackoff(std::chrono::milliseconds minimum, std::chrono::milliseconds maximum)
{
    m_minimumBackoff = minimum;
    m_maximumBackoff = maximum;
}

void LocalStack::start()
{
    if (m_events)
        return;
    DockerEventFilter filter;
    filter.types = {QStringLiteral("container")};
    filter.composeProject = m_projectName;
    m_events = new DockerEventStream(m_client->connection(), filter, this);
    m_events->setBackoff(m_minimumBackoff, m_maximumBackoff);
    connect(m_events, &DockerEventStream::connected, this, &LocalStack::onConnected);
    connect(m_events, &DockerEventStream::disconnected, this, &LocalStack::onDisconnected);
    connect(m_events, &DockerEventStream::eventReceived, this, &LocalStack::onEvent);
    m_events->start();
}

void LocalStack::stop()
{
    if (!m_events)
        return;
    m_events->stop();
    // stop() may be called from a slot of the stream's own signals: never delete it under them.
    m_events->disconnect(this);
    m_events->deleteLater();
    m_events = nullptr;
    m_retryTimer->stop();
    m_syncing = false;
    ++m_generation; // answers to calls in flight are dropped
}

void LocalStack::resync()
{
    if (m_events && m_events->isConnected())
        listContainers();
}

QList<StackService> LocalStack::services() const
{
    QList<StackService> out;
    out.reserve(m_order.size());
    for (const QString &name : m_order)
        out.append(m_services.value(name));
    return out;
}

std::optional<StackService> LocalStack::service(const QString &name) const
{
    const auto it = m_services.constFind(name);
    if (it == m_services.cend())
        return std::nullopt;
    return *it;
}

void LocalStack::onConnected()
{
    setAvailable(true, std::nullopt);
    listContainers();
}

void LocalStack::onDisconnected(const Error &error)
{
    // What is shown stays as last known; the list after the reconnect replaces it.
    m_syncing = false;
    m_synced = false;
    m_pending.clear();
    m_retryTimer->stop();
    ++m_generation;
    for (Container &container : m_containers)
        container.inspecting = container.inspectAgain = false;
    setAvailable(false, error);
}

void LocalStack::setAvailable(bool available, const std::optional<Error> &error)
{
    m_daemonError = error;
    if (m_available == available)
        return;
    m_available = available;
    Q_EMIT daemonAvailabilityChanged(available);
}

void LocalStack::listContainers()
{
    m_retryTimer->stop();
    m_syncing = true;
    const int generation = ++m_generation;
    DockerContainerQuery query;
    query.all = true;
    query.composeProject = m_projectName;
    m_client->listContainers(query, this, [this, generation](const Result<QList<DockerContainerSummary>> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            m_daemonError = result.error();
            retryLater();
            return;
        }
        onListed(generation, *result);
    });
}

void LocalStack::onListed(int generation, const QList<DockerContainerSummary> &summaries)
{
    // The list lacks health, exit codes, restart counts and start times: inspect each container.
    m_snapshot.clear();
    m_snapshotFailed = false;
    m_snapshotOutstanding = int(summaries.size());
    if (summaries.isEmpty()) {
        onSnapshotInspected(generation);
        return;
    }
    for (const DockerContainerSummary &summary : summaries) {
        m_client->inspectContainer(summary.id, this, [this, generation](const Result<DockerContainerInfo> &info) {
            if (generation != m_generation)
                return;
            --m_snapshotOutstanding;
            if (info)
                m_snapshot.insert(info->id, containerFrom(*info));
            else if (info.error().code != Error::Code::NotFound) // removed meanwhile: its destroy event is pending
                m_snapshotFailed = true;
            if (m_snapshotOutstanding == 0)
                onSnapshotInspected(generation);
        });
    }
}

void LocalStack::onSnapshotInspected(int generation)
{
    if (generation != m_generation)
        return;
    if (m_snapshotFailed) {
        retryLater();
        return;
    }
    m_containers = std::move(m_snapshot);
    m_snapshot.clear();
    m_syncing = false;
    m_synced = true;
    // What happened while the list was read, in order, over it; each event sets state outright,
    // so replaying one the snapshot already shows changes nothing.
    const QList<DockerEvent> pending = std::exchange(m_pending, {});
    for (const DockerEvent &event : pending)
        applyEvent(event);
    refreshAll();
    Q_EMIT stackChanged();
    Q_EMIT synced();
}

void LocalStack::retryLater()
{
    // Keep queueing events: the next list replays them.
    m_retryTimer->start(m_retryInterval);
}

void LocalStack::onEvent(const DockerEvent &event)
{
    if (m_syncing) {
        m_pending.append(event);
        return;
    }
    const Clock::time_point delivered = Clock::now();
    if (!applyEvent(event))
        return;
    // Measured once the signals ran: "applied" means what a view connected to them saw too.
    m_latency.record({event.actionName(), sinceEngineStamp(event.timeNano),
                      std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - delivered)});
}

bool LocalStack::applyEvent(const DockerEvent &event)
{
    if (event.type != QLatin1String("container") || event.actorId.isEmpty())
        return false;
    const QString action = event.actionName();
    const QString id = event.actorId;
    const QDateTime time = event.time();

    if (action == QLatin1String("destroy")) {
        const auto it = m_containers.find(id);
        if (it == m_containers.end())
            return true;
        const QString service = it->service;
        m_containers.erase(it);
        refreshService(service);
        return true;
    }

    static const QStringList handled{
        QStringLiteral("create"),  QStringLiteral("start"),   QStringLiteral("restart"), QStringLiteral("die"),
        QStringLiteral("pause"),   QStringLiteral("unpause"), QStringLiteral("health_status"),
        QStringLiteral("rename"),  QStringLiteral("update"),  QStringLiteral("oom"),
    };
    if (!handled.contains(action))
        return false; // exec_* (every health check runs one), attach, resize, kill, stop (die follows)…

    auto it = m_containers.find(id);
    const bool firstSeen = it == m_containers.end();
    if (firstSeen) {
        // First seen now: take what the event carries; the inspect below fills in the rest.
        Container container;
        container.id = id;
        container.service = event.composeService();
        container.name = event.containerName();
        container.image = event.attributes.value(QStringLiteral("image"));
        container.oneOff = isOneOff(event.attributes);
        container.created = time;
        container.state = DockerContainerState::Created;
        it = m_containers.insert(id, container);
    }
    Container &container = *it;
    ++container.serial;
    bool needInspect = firstSeen;

    if (action == QLatin1String("create")) {
        container.state = DockerContainerState::Created;
        needInspect = true;
    } else if (action == QLatin1String("start") || action == QLatin1String("restart")) {
        container.state = DockerContainerState::Running;
        container.started = time;
        container.finished = QDateTime();
        // A health check starts over with every start; the inspect tells whether there is one.
        if (container.health != StackHealth::None)
            container.health = StackHealth::Starting;
        needInspect = true; // host ports are assigned on start, restart counts change
    } else if (action == QLatin1String("die")) {
        container.state = DockerContainerState::Exited;
        container.exitCode = std::max(event.exitCode(), 0);
        container.finished = time;
        container.ports.clear(); // nothing listens any more
        needInspect = true;
    } else if (action == QLatin1String("pause")) {
        container.state = DockerContainerState::Paused;
    } else if (action == QLatin1String("unpause")) {
        container.state = DockerContainerState::Running;
    } else if (action == QLatin1String("health_status")) {
        container.health = stackHealthFromString(event.actionDetail());
    } else if (action == QLatin1String("rename")) {
        container.name = event.containerName();
    } else { // update, oom
        needInspect = true;
    }

    const QString service = container.service;
    if (needInspect)
        inspect(id);
    refreshService(service);
    return true;
}

void LocalStack::inspect(const QString &id)
{
    auto it = m_containers.find(id);
    if (it == m_containers.end())
        return;
    if (it->inspecting) {
        it->inspectAgain = true;
        return;
    }
    it->inspecting = true;
    it->inspectAgain = false;
    const quint64 serial = it->serial;
    const int generation = m_generation;
    m_client->inspectContainer(id, this, [this, id, serial, generation](const Result<DockerContainerInfo> &info) {
        if (generation != m_generation)
            return;
        auto found = m_containers.find(id);
        if (found == m_containers.end())
            return; // destroyed meanwhile
        found->inspecting = false;
        if (!info)
            return; // gone (its destroy event follows) or the engine went away (a resync follows)
        // An answer older than the last event must not undo it: take the fixed facts, ask again.
        const bool current = found->serial == serial && !found->inspectAgain;
        applyInspect(*found, *info, current);
        const QString service = found->service;
        if (!current)
            inspect(id);
        refreshService(service);
    });
}

void LocalStack::applyInspect(Container &container, const DockerContainerInfo &info, bool stateToo)
{
    container.name = info.name;
    container.image = info.image;
    container.created = info.created;
    container.service = info.composeService();
    container.oneOff = isOneOff(info.labels);
    if (!stateToo)
        return;
    container.state = info.state;
    container.health = stackHealthFromString(info.health.status);
    container.exitCode = info.exitCode;
    container.restartCount = info.restartCount;
    container.started = info.startedAt;
    container.finished = info.running ? QDateTime() : info.finishedAt;
    container.ports = info.ports;
}

LocalStack::Container LocalStack::containerFrom(const DockerContainerInfo &info)
{
    Container container;
    container.id = info.id;
    applyInspect(container, info, true);
    return container;
}

QStringList LocalStack::serviceOrder() const
{
    QStringList order;
    for (const ComposeService &service : m_compose.services)
        order.append(service.name);
    QStringList extra;
    for (const Container &container : m_containers) {
        if (!container.oneOff && !container.service.isEmpty() && !order.contains(container.service)
            && !extra.contains(container.service))
            extra.append(container.service);
    }
    std::sort(extra.begin(), extra.end());
    return order + extra;
}

StackService LocalStack::computeService(const QString &name) const
{
    StackService service;
    service.name = name;
    service.inComposeFile = m_compose.service(name) != nullptr;

    const Container *primary = nullptr;
    for (const Container &container : m_containers) {
        if (container.service != name || container.oneOff)
            continue;
        ++service.containerCount;
        // While `up` replaces a container both exist for a moment: the running one is the service,
        // else the newest.
        const auto rank = [](const Container &c) {
            return std::make_tuple(c.state == DockerContainerState::Running, c.created, c.id);
        };
        if (!primary || rank(container) > rank(*primary))
            primary = &container;
    }
    if (!primary)
        return service;

    service.containerId = primary->id;
    service.containerName = primary->name;
    service.state = primary->state;
    service.health = primary->health;
    service.exitCode = primary->exitCode;
    service.restartCount = primary->restartCount;
    service.image = primary->image;
    service.created = primary->created;
    service.started = primary->started;
    service.finished = primary->finished;
    service.ports = StackPort::published(primary->ports, m_engineHost);
    return service;
}

void LocalStack::refreshService(const QString &name)
{
    if (name.isEmpty())
        return;
    const QStringList order = serviceOrder();
    if (order != m_order) {
        // A service appeared or went (a container of a service the file does not have).
        refreshAll();
        Q_EMIT stackChanged();
        return;
    }
    const StackService updated = computeService(name);
    auto it = m_services.find(name);
    if (it == m_services.end() || *it == updated)
        return;
    *it = updated;
    Q_EMIT serviceChanged(name);
}

void LocalStack::refreshAll()
{
    m_order = serviceOrder();
    m_services.clear();
    for (const QString &name : std::as_const(m_order))
        m_services.insert(name, computeService(name));
}

} // namespace Lagoon
