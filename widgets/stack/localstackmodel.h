// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>

#include "core/stack/stackservice.h"

class QTimer;

namespace Lagoon {

class LocalStack;
class StackResourceMonitor;

/**
 * The services of a LocalStack as a flat table, one row per compose service, kept current from
 * the stack's signals (which come from Docker's events): a service that changes updates its row,
 * services added or dropped in the compose file insert or remove rows, so selections survive.
 * With a StackResourceMonitor, running services show their CPU and memory (UsageColumn).
 */
class LocalStackModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalStackModel)

public:
    enum Column {
        ServiceColumn,
        StateColumn,
        HealthColumn,
        PortsColumn,
        UptimeColumn,
        UsageColumn,
        ImageColumn,
        ColumnCount
    };
    enum Role {
        ServiceNameRole = Qt::UserRole + 1,
        ContainerIdRole,
        ContainerNameRole,
        /** DockerContainerState as int. */
        StateRole,
        /** StackHealth as int. */
        HealthRole,
        RunningRole,
        /** QList<QUrl>: what the published ports give (only ports that have a URL). */
        UrlsRole,
        /** QStringList: each published port as the table shows it (portText()). */
        PortTextsRole,
        /** QList<QUrl>, one per PortTextsRole entry: its address, invalid when it has none (UDP). */
        PortUrlsRole,
        /** double, on the usage column: the running service's CPU %; invalid when not known. */
        CpuPercentRole,
        /** qint64, on the usage column: the running service's memory in use, in bytes. */
        MemoryUsedRole,
    };

    explicit LocalStackModel(QObject *parent = nullptr);
    ~LocalStackModel() override;

    /** Shows `stack`'s services (nothing for null); the model does not own it. */
    void setStack(LocalStack *stack);
    LocalStack *stack() const;
    /** Where the usage column's numbers come from (nothing shown for null); not owned. */
    void setResourceMonitor(StackResourceMonitor *monitor);
    StackResourceMonitor *resourceMonitor() const;

    /** The row of a service; -1 when there is none. */
    int rowOf(const QString &service) const;
    StackService serviceAt(int row) const;
    QList<StackService> services() const { return m_services; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
    static QString formatDuration(qint64 seconds);
    /** How a published port reads in the table: "localhost:8080" or "5353/udp → 5353". */
    static QString portText(const StackPort &port);

private:
    void onServiceChanged(const QString &name);
    void onStackChanged();
    void onUsageChanged(const QString &name);
    void usageColumnChanged();
    void updateUptimes();
    QVariant usageData(const StackService &service, int role) const;

    QPointer<LocalStack> m_stack;
    QPointer<StackResourceMonitor> m_monitor;
    QList<StackService> m_services;
    QTimer *m_uptimeTimer;
};

} // namespace Lagoon
