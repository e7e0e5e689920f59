// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/stack/containerusage.h"
#include "core/util/error.h"

namespace Lagoon {

class DockerClient;
class DockerStatsStream;
class LocalStack;

/**
 * The resource usage of a local stack's running services: one DockerStatsStream per running
 * service container, opened when the stack says the container runs (a new one when `up` replaces
 * it) and closed when it stops, disappears or the engine goes away. Only reads the stack.
 *
 * usage() is the service's latest sample while its container runs and nothing otherwise;
 * usageChanged() says it changed (a new sample about every second, or gone).
 */
class StackResourceMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackResourceMonitor)

public:
    /** Follows `stack` through `client`; the client must outlive the monitor. */
    StackResourceMonitor(DockerClient *client, LocalStack *stack, QObject *parent = nullptr);
    ~StackResourceMonitor() override;

    std::optional<ContainerUsage> usage(const QString &service) const;
    /** The services whose container's stats are being read now, sorted. */
    QStringList monitoredServices() const;

Q_SIGNALS:
    void usageChanged(const QString &service);

private:
    struct Watch
    {
        QString containerId;
        QPointer<DockerStatsStream> stream;
        std::optional<ContainerUsage> usage;
        /** Streams that ended while the container still ran, since it last stopped or changed. */
        int failures = 0;
    };

    void sync();
    void syncService(const QString &name);
    void open(const QString &service, Watch &watch);
    void closeStream(Watch &watch);
    void forget(const QString &service);
    void forgetAll();
    void setUsage(const QString &service, Watch &watch, const std::optional<ContainerUsage> &usage);
    void onUsage(const QString &service, const QString &containerId, const ContainerUsage &usage);
    void onFinished(const QString &service, const QString &containerId, const Result<void> &result);

    DockerClient *m_client;
    QPointer<LocalStack> m_stack;
    QHash<QString, Watch> m_watches; // by service
};

} // namespace Lagoon
