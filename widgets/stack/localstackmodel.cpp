// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/stack/localstackmodel.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QTimer>
#include <QUrl>

#include "core/stack/localstack.h"
#include "core/stack/stackresourcemonitor.h"
#include "widgets/stack/stackbadge.h"
#include "widgets/stack/stackusagetext.h"

namespace Lagoon {

namespace {

// Uptimes are shown to the minute after the first minute; refreshing more often is wasted work.
constexpr int UptimeRefreshMs = 10000;

QStringList names(const QList<StackService> &services)
{
    QStringList list;
    list.reserve(services.size());
    for (const StackService &service : services)
        list << service.name;
    return list;
}

} // namespace

LocalStackModel::LocalStackModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_uptimeTimer(new QTimer(this))
{
    m_uptimeTimer->setInterval(UptimeRefreshMs);
    connect(m_uptimeTimer, &QTimer::timeout, this, &LocalStackModel::updateUptimes);
}

LocalStackModel::~LocalStackModel() = default;

LocalStack *LocalStackModel::stack() const
{
    return m_stack;
}

void LocalStackModel::setStack(LocalStack *stack)
{
    if (m_stack == stack)
        return;
    if (m_stack)
        m_stack->disconnect(this);
    beginResetModel();
    m_stack = stack;
    m_services = stack ? stack->services() : QList<StackService>();
    endResetModel();
    if (stack) {
        connect(stack, &LocalStack::serviceChanged, this, &LocalStackModel::onServiceChanged);
        connect(stack, &LocalStack::stackChanged, this, &LocalStackModel::onStackChanged);
        // Not setStack(nullptr): the QPointer is already null here, which would make it do nothing.
        connect(stack, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_services.clear();
            endResetModel();
            m_uptimeTimer->stop();
        });
        m_uptimeTimer->start();
    } else {
        m_uptimeTimer->stop();
    }
}

StackResourceMonitor *LocalStackModel::resourceMonitor() const
{
    return m_monitor;
}

void LocalStackModel::setResourceMonitor(StackResourceMonitor *monitor)
{
    if (m_monitor == monitor)
        return;
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    if (monitor) {
        connect(monitor, &StackResourceMonitor::usageChanged, this, &LocalStackModel::onUsageChanged);
        // Its numbers go with it (the pointer is null by then).
        connect(monitor, &QObject::destroyed, this, &LocalStackModel::usageColumnChanged);
    }
    usageColumnChanged();
}

void LocalStackModel::usageColumnChanged()
{
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(0, UsageColumn), index(int(m_services.size()) - 1, UsageColumn));
}

int LocalStackModel::rowOf(const QString &service) const
{
    for (int row = 0; row < m_services.size(); ++row) {
        if (m_services.at(row).name == service)
            return row;
    }
    return -1;
}

StackService LocalStackModel::serviceAt(int row) const
{
    return row >= 0 && row < m_services.size() ? m_services.at(row) : StackService();
}

void LocalStackModel::onServiceChanged(const QString &name)
{
    const int row = rowOf(name);
    const std::optional<StackService> service = m_stack ? m_stack->service(name) : std::nullopt;
    if (row < 0 || !service) {
        // A service this model has not seen yet (or one that went): the set changed.
        onStackChanged();
        return;
    }
    if (m_services.at(row) == *service)
        return;
    m_services[row] = *service;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LocalStackModel::onStackChanged()
{
    const QList<StackService> next = m_stack ? m_stack->services() : QList<StackService>();
    const QStringList nextNames = names(next);

    // Drop the rows whose services went, last first so the rows above keep their numbers.
    for (int row = int(m_services.size()) - 1; row >= 0; --row) {
        if (!nextNames.contains(m_services.at(row).name)) {
            beginRemoveRows({}, row, row);
            m_services.removeAt(row);
            endRemoveRows();
        }
    }
    // What is left must be in the new order for inserts alone to get there; a reordered compose
    // file is rare enough that a reset (which loses the selection) is fine then.
    const QStringList kept = names(m_services);
    QStringList expected;
    for (const QString &name : nextNames) {
        if (kept.contains(name))
            expected << name;
    }
    if (kept != expected) {
        beginResetModel();
        m_services = next;
        endResetModel();
        return;
    }
    for (int row = 0; row < next.size(); ++row) {
        if (row < m_services.size() && m_services.at(row).name == next.at(row).name) {
            if (!(m_services.at(row) == next.at(row))) {
                m_services[row] = next.at(row);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_services.insert(row, next.at(row));
        endInsertRows();
    }
}

void LocalStackModel::onUsageChanged(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    const QModelIndex cell = index(row, UsageColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, CpuPercentRole, MemoryUsedRole});
}

void LocalStackModel::updateUptimes()
{
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(0, UptimeColumn), index(int(m_services.size()) - 1, UptimeColumn), {Qt::DisplayRole});
}

QModelIndex LocalStackModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_services.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex LocalStackModel::parent(const QModelIndex &) const
{
    return {};
}

int LocalStackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int LocalStackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LocalStackModel::formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString LocalStackModel::portText(const StackPort &port)
{
    if (port.url.isValid())
        return port.url.host() + QLatin1Char(':') + QString::number(port.hostPort);
    return tr("%1/%2 → %3").arg(port.containerPort).arg(port.protocol).arg(port.hostPort);
}

QVariant LocalStackModel::usageData(const StackService &service, int role) const
{
    // The monitor drops a stopped container's usage too, but the stack may say so first.
    const std::optional<ContainerUsage> usage =
        m_monitor && service.isRunning() ? m_monitor->usage(service.name) : std::nullopt;
    if (!usage)
        return {};
    switch (role) {
    case CpuPercentRole:
        return usage->cpuPercent ? QVariant(*usage->cpuPercent) : QVariant();
    case MemoryUsedRole:
        return QVariant::fromValue(usage->memoryUsed);
    case Qt::DisplayRole:
        return StackUsageText::summary(*usage);
    case Qt::ToolTipRole:
        return StackUsageText::details(*usage);
    }
    return {};
}

QVariant LocalStackModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    const StackService &service = m_services.at(index.row());

    switch (role) {
    case ServiceNameRole:
        return service.name;
    case ContainerIdRole:
        return service.containerId;
    case ContainerNameRole:
        return service.containerName;
    case StateRole:
        return int(service.state);
    case HealthRole:
        return int(service.health);
    case RunningRole:
        return service.isRunning();
    case UrlsRole: {
        QList<QUrl> urls;
        for (const StackPort &port : service.ports) {
            if (port.url.isValid())
                urls << port.url;
        }
        return QVariant::fromValue(urls);
    }
    case PortTextsRole: {
        QStringList texts;
        for (const StackPort &port : service.ports)
            texts << portText(port);
        return texts;
    }
    case PortUrlsRole: {
        QList<QUrl> urls;
        for (const StackPort &port : service.ports)
            urls << port.url;
        return QVariant::fromValue(urls);
    }
    default:
        break;
    }

    const int column = index.column();
    if (column == UsageColumn)
        return usageData(service, role);
    if (column == StateColumn || column == HealthColumn) {
        const Badge badge = column == StateColumn ? StackBadge::forState(service) : StackBadge::forHealth(service);
        switch (role) {
        case Qt::DisplayRole:
            return badge.text;
        case Qt::DecorationRole:
            return badge.iconName.isEmpty() ? QVariant() : QVariant(QIcon::fromTheme(badge.iconName));
        case Qt::ToolTipRole: {
            QString tip = badge.toolTip;
            if (column == StateColumn && service.restartCount > 0)
                tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
                       tr("Restarted %n time(s)", nullptr, service.restartCount);
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        case Badge::ItemRole:
            return badge.isEmpty() ? QVariant() : QVariant::fromValue(badge);
        default:
            return {};
        }
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ServiceColumn:
            return service.name;
        case PortsColumn: {
            QStringList parts;
            for (const StackPort &port : service.ports)
                parts << portText(port);
            return parts.join(QStringLiteral(", "));
        }
        case ImageColumn:
            return service.image;
        case UptimeColumn:
            if (service.isRunning() && service.started.isValid())
                return formatDuration(service.started.secsTo(QDateTime::currentDateTimeUtc()));
            return {};
        }
        return {};
    case Qt::DecorationRole:
        // Only a leftover container gets an icon: it is the row that needs a second look.
        if (column == ServiceColumn && !service.inComposeFile)
            return QIcon::fromTheme(QStringLiteral("data-warning"));
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case ServiceColumn:
            if (!service.inComposeFile)
                return tr("The compose file no longer has this service; its container is left over.");
            if (service.hasContainer())
                return tr("Container %1 (%2)").arg(service.containerName, service.containerId.left(12));
            return {};
        case PortsColumn: {
            QStringList lines;
            for (const StackPort &port : service.ports) {
                const QString target = port.url.isValid() ? port.url.toString() : portText(port);
                lines << tr("%1 → container port %2/%3").arg(target).arg(port.containerPort).arg(port.protocol);
            }
            if (lines.isEmpty())
                return {};
            return QString(lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Click an address to open it."));
        }
        case UptimeColumn:
            if (service.started.isValid())
                return tr("Started %1").arg(QLocale().toString(service.started.toLocalTime(), QLocale::LongFormat));
            return {};
        }
        return {};
    case Qt::AccessibleTextRole:
        if (column == PortsColumn && service.ports.isEmpty())
            return tr("No published ports");
        return {};
    }
    return {};
}

QVariant LocalStackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case StateColumn:
        return tr("State");
    case HealthColumn:
        return tr("Health");
    case PortsColumn:
        return tr("Addresses");
    case ImageColumn:
        return tr("Image");
    case UptimeColumn:
        return tr("Up for");
    case UsageColumn:
        return tr("CPU · Memory");
    }
    return {};
}

} // namespace Lagoon
