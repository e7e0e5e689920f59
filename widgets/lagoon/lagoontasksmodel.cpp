// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoontasksmodel.h"

#include <algorithm>

#include "widgets/lagoon/lagoonbadge.h"
#include "widgets/lagoon/lagoonformat.h"

namespace Lagoon {

LagoonTasksModel::LagoonTasksModel(QObject *parent)
    : QAbstractTableModel(parent), m_now(QDateTime::currentDateTimeUtc())
{
}

bool LagoonTasksModel::newerFirst(const LagoonTask &a, const LagoonTask &b)
{
    return a.created != b.created ? a.created > b.created : a.id > b.id;
}

void LagoonTasksModel::setTasks(const QList<LagoonTask> &tasks)
{
    QList<LagoonTask> sorted = tasks;
    std::stable_sort(sorted.begin(), sorted.end(), newerFirst);
    beginResetModel();
    m_tasks = sorted;
    endResetModel();
}

void LagoonTasksModel::updateTask(const LagoonTask &task)
{
    const int row = rowOf(task.id);
    if (row >= 0) {
        if (m_tasks.at(row).created == task.created) {
            m_tasks[row] = task;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
        beginRemoveRows({}, row, row);
        m_tasks.removeAt(row);
        endRemoveRows();
    }
    const auto at = std::lower_bound(m_tasks.cbegin(), m_tasks.cend(), task, newerFirst);
    const int position = int(at - m_tasks.cbegin());
    beginInsertRows({}, position, position);
    m_tasks.insert(position, task);
    endInsertRows();
}

LagoonTask LagoonTasksModel::task(int row) const
{
    return row >= 0 && row < m_tasks.size() ? m_tasks.at(row) : LagoonTask();
}

int LagoonTasksModel::rowOf(int id) const
{
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).id == id)
            return int(i);
    }
    return -1;
}

void LagoonTasksModel::setNow(const QDateTime &now)
{
    m_now = now;
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (!m_tasks.at(i).isFinished() && !m_tasks.at(i).started.isEmpty())
            Q_EMIT dataChanged(index(int(i), DurationColumn), index(int(i), DurationColumn), {Qt::DisplayRole});
    }
}

int LagoonTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int LagoonTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LagoonTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LagoonTask &t = m_tasks.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role == StatusRole)
        return t.status;

    switch (index.column()) {
    case StatusColumn: {
        const Badge badge = LagoonBadge::forTask(t.status);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return badge.text;
        if (role == Badge::ItemRole)
            return QVariant::fromValue(badge);
        if (role == Qt::ToolTipRole && !badge.toolTip.isEmpty())
            return badge.toolTip;
        break;
    }
    case NameColumn:
        if (role == Qt::DisplayRole)
            return t.name;
        if (role == Qt::ToolTipRole)
            return t.command.isEmpty() ? t.taskName : tr("%1\nCommand: %2").arg(t.taskName, t.command);
        break;
    case ServiceColumn:
        if (role == Qt::DisplayRole)
            return t.service;
        break;
    case StartedColumn:
        if (role == Qt::DisplayRole)
            return LagoonFormat::dateTime(LagoonFormat::parseDate(t.started.isEmpty() ? t.created : t.started));
        break;
    case DurationColumn:
        if (role == Qt::DisplayRole) {
            if (t.isFinished() && t.completed.isEmpty())
                return QString();
            return LagoonFormat::duration(t.started, t.isFinished() ? t.completed : QString(), m_now);
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole)
            return LagoonFormat::source(t.sourceUser, t.sourceType);
        break;
    default:
        break;
    }
    return {};
}

QVariant LagoonTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Task");
    case ServiceColumn:
        return tr("Service");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case SourceColumn:
        return tr("Started by");
    default:
        return {};
    }
}

} // namespace Lagoon
