// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoondeploymentsmodel.h"

#include "widgets/lagoon/lagoonbadge.h"
#include "widgets/lagoon/lagoonformat.h"

namespace Lagoon {

LagoonDeploymentsModel::LagoonDeploymentsModel(QObject *parent) : LagoonRunsModel(ColumnCount, parent)
{
}

Badge LagoonDeploymentsModel::statusBadge(const LagoonDeployment &deployment) const
{
    return LagoonBadge::forDeployment(deployment.status, deployment.buildStep);
}

QVariant LagoonDeploymentsModel::runData(const LagoonDeployment &d, int column, int role) const
{
    if (role == NameRole)
        return d.name;
    if (role == StatusRole)
        return d.status;
    if (role == FinishedRole)
        return d.isFinished();

    switch (column) {
    case NameColumn:
        if (role == Qt::ToolTipRole && d.priority != 0)
            return tr("Priority %1").arg(d.priority);
        break;
    case StepColumn:
        if (role == Qt::DisplayRole)
            return d.buildStep;
        break;
    case StartedColumn:
        if (role == Qt::ToolTipRole)
            return tr("Created %1").arg(LagoonFormat::dateTime(LagoonFormat::parseDate(d.created)));
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole)
            return LagoonFormat::source(d.sourceUser, d.sourceType);
        break;
    default:
        break;
    }
    return {};
}

QVariant LagoonDeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Build");
        case StepColumn:
            return tr("Build step");
        case SourceColumn:
            return tr("Started by");
        default:
            break;
        }
    }
    return LagoonRunsModel::headerData(section, orientation, role);
}

} // namespace Lagoon
