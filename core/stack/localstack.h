// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/lagoon/config/composeproject.h"
#include "core/stack/dockercontainer.h"
#include "core/stack/dockerevent.h"
#include "core/stack/stackeventlatency.h"
#include "core/stack/stackservice.h"
#include "core/util/error.h"

class QTimer;

namespace Lagoon {

class DockerClient;
class DockerEventStream;

/**
 * A project's local compose stack as the Docker engine runs it: every service of the compose
 * file with its container's state, health, exit code, restarts, image, times and published ports.
 *
 * The state comes from the Engine API only, by the com.docker.compose.project label (so v1's
 * `proj_svc_1` and v2's `proj-svc-1` names do not matter): one list (plus an inspect per
 * container) when the event stream opens, then the engine's events keep it current — no polling.
 * Events that arrive while that list is read are applied after it, in order. When the engine goes
 * away the stack reports it (daemonAvailabilityChanged(false)) and keeps the last known state;
 * when the stream is back it lists again, which also catches what happened meanwhile.
 *
 * Signals arrive on the thread that owns the stack; the DockerClient must outlive it.
 */
class LocalStack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalStack)

public:
    /** `projectName` is the compose project name (ComposeProjectName), `compose` the file's model. */
    LocalStack(DockerClient *client, const QString &projectName, const ComposeProject &compose,
               QObject *parent = nullptr);
    ~LocalStack() override;

    QString projectName() const { return m_projectName; }
    /** The compose file changed: services are added, dropped or reordered (stackChanged()). */
    void setComposeProject(const ComposeProject &compose);

    /** Starts following the engine (list when the event stream opens, then events). */
    void start();
    /** Stops following; the state stays as last known. */
    void stop();
    /**
     * Lists again now, e.g. when the user asks for it; events keep flowing meanwhile. Does nothing
     * while the engine is away: the list after the reconnect comes by itself.
     */
    void resync();
    /** How long to wait before listing again when a list fails while the stream is up. */
    void setRetryInterval(std::chrono::milliseconds interval) { m_retryInterval = interval; }
    /** Passed on to the event stream (DockerEventStream::setBackoff); call before start(). */
    void setReconnectBackoff(std::chrono::milliseconds minimum, std::chrono::milliseconds maximum);

    /** The compose file's services in file order, then containers of services the file lacks. */
    QList<StackService> services() const;
    std::optional<StackService> service(const QString &name) const;

    /** True once the engine answered; false after it went away (or before it ever answered). */
    bool isDaemonAvailable() const { return m_available.value_or(false); }
    /** Why the engine is unavailable (DaemonUnreachable, PermissionDenied, ConnectionLost, …). */
    std::optional<Error> daemonError() const { return m_daemonError; }
    /** True once a list has been applied since the stream (re)opened. */
    bool isSynced() const { return m_synced; }

    /** Docker event → model updated latencies of the events applied live (not of replayed ones). */
    const StackEventLatency &eventLatency() const { return m_latency; }
    StackEventLatency &eventLatency() { return m_latency; }

Q_SIGNALS:
    /** One service's state changed (its container, state, health, ports, …). */
    void serviceChanged(const QString &name);
    /** The set or order of services changed, or everything was re-read: read services() again. */
    void stackChanged();
    void daemonAvailabilityChanged(bool available);
    /** A list was applied (at start and after every reconnect). */
    void synced();

private:
    struct Container
    {
        QString id;
        QString name;
        QString service;
        bool oneOff = false;
        DockerContainerState state = DockerContainerState::Unknown;
        StackHealth health = StackHealth::None;
        int exitCode = 0;
        int restartCount = 0;
        QString image;
        QDateTime created;
        QDateTime started;
        QDateTime finished;
        QList<DockerPort> ports;
        // Bumped by every event applied, so an inspect answer older than the last event is known.
        quint64 serial = 0;
        bool inspecting = false;
        bool inspectAgain = false;
    };

    void onConnected();
    void onDisconnected(const Error &error);
    void onEvent(const DockerEvent &event);
    void setAvailable(bool available, const std::optional<Error> &error);

    void listContainers();
    void onListed(int generation, const QList<DockerContainerSummary> &summaries);
    void onSnapshotInspected(int generation);
    void retryLater();

    /** Applies one event; false when it says nothing the model shows (exec_*, attach, …). */
    bool applyEvent(const DockerEvent &event);
    void inspect(const QString &id);
    static void applyInspect(Container &container, const DockerContainerInfo &info, bool stateToo);
    static Container containerFrom(const DockerContainerInfo &info);

    void refreshService(const QString &name);
    void refreshAll();
    StackService computeService(const QString &name) const;
    QStringList serviceOrder() const;

    DockerClient *m_client;
    QString m_projectName;
    ComposeProject m_compose;
    QString m_engineHost;
    DockerEventStream *m_events = nullptr;
    std::chrono::milliseconds m_minimumBackoff{250};
    std::chrono::milliseconds m_maximumBackoff{5000};
    std::chrono::milliseconds m_retryInterval{1000};
    QTimer *m_retryTimer;

    QHash<QString, Container> m_containers;          // by container id
    QHash<QString, StackService> m_services;         // what services() shows, by name
    QStringList m_order;                             // service names as services() lists them

    std::optional<bool> m_available;
    std::optional<Error> m_daemonError;
    bool m_synced = false;
    // A list in flight: events wait in m_pending until its snapshot is applied.
    bool m_syncing = false;
    int m_generation = 0;
    QList<DockerEvent> m_pending;
    QHash<QString, Container> m_snapshot;
    int m_snapshotOutstanding = 0;
    bool m_snapshotFailed = false;

    StackEventLatency m_latency;
};

} // namespace Lagoon
