// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoontasksmodel.h"

#include "widgets/lagoon/lagoonbadge.h"
#include "widgets/lagoon/lagoonformat.h"

namespace Lagoon {

LagoonTasksModel::LagoonTasksModel(QObject *parent) : LagoonRunsModel(ColumnCount, parent)
{
}

Badge LagoonTasksModel::statusBadge(const LagoonTask &task) const
{
    return LagoonBadge::forTask(task.status);
}

QVariant LagoonTasksModel::runData(const LagoonTask &t, int column, int role) const
{
    if (role == IdRole)
        return t.id;
    if (role == StatusRole)
        return t.status;

    switch (column) {
    case NameColumn:
        if (role == Qt::ToolTipRole)
            return t.command.isEmpty() ? t.taskName : tr("%1\nCommand: %2").arg(t.taskName, t.command);
        break;
    case ServiceColumn:
        if (role == Qt::DisplayRole)
            return t.service;
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
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Task");
        case SourceColumn:
            return tr("Started by");
        case ServiceColumn:
            return tr("Service");
        default:
            break;
        }
    }
    return LagoonRunsModel::headerData(section, orientation, role);
}

} // namespace Lagoon
