// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoondeploymentsmodel.h"

#include <algorithm>

#include "widgets/lagoon/lagoonbadge.h"
#include "widgets/lagoon/lagoonformat.h"

namespace Lagoon {

LagoonDeploymentsModel::LagoonDeploymentsModel(QObject *parent)
    : QAbstractTableModel(parent), m_now(QDateTime::currentDateTimeUtc())
{
}

bool LagoonDeploymentsModel::newerFirst(const LagoonDeployment &a, const LagoonDeployment &b)
{
    return a.created != b.created ? a.created > b.created : a.id > b.id;
}

void LagoonDeploymentsModel::setDeployments(const QList<LagoonDeployment> &deployments)
{
    QList<LagoonDeployment> sorted = deployments;
    std::stable_sort(sorted.begin(), sorted.end(), newerFirst);
    beginResetModel();
    m_deployments = sorted;
    endResetModel();
}

void LagoonDeploymentsModel::updateDeployment(const LagoonDeployment &deployment)
{
    const int row = rowOf(deployment.name);
    if (row >= 0) {
        const bool staysInPlace = m_deployments.at(row).created == deployment.created && m_deployments.at(row).id == deployment.id;
        if (staysInPlace) {
            m_deployments[row] = deployment;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
        beginRemoveRows({}, row, row);
        m_deployments.removeAt(row);
        endRemoveRows();
    }
    const auto at = std::lower_bound(m_deployments.cbegin(), m_deployments.cend(), deployment, newerFirst);
    const int position = int(at - m_deployments.cbegin());
    beginInsertRows({}, position, position);
    m_deployments.insert(position, deployment);
    endInsertRows();
}

LagoonDeployment LagoonDeploymentsModel::deployment(int row) const
{
    return row >= 0 && row < m_deployments.size() ? m_deployments.at(row) : LagoonDeployment();
}

int LagoonDeploymentsModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_deployments.size(); ++i) {
        if (m_deployments.at(i).name == name)
            return int(i);
    }
    return -1;
}

void LagoonDeploymentsModel::setNow(const QDateTime &now)
{
    m_now = now;
    for (qsizetype i = 0; i < m_deployments.size(); ++i) {
        if (!m_deployments.at(i).isFinished() && !m_deployments.at(i).started.isEmpty())
            Q_EMIT dataChanged(index(int(i), DurationColumn), index(int(i), DurationColumn), {Qt::DisplayRole});
    }
}

int LagoonDeploymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deployments.size());
}

int LagoonDeploymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LagoonDeploymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LagoonDeployment &d = m_deployments.at(index.row());
    if (role == NameRole)
        return d.name;
    if (role == StatusRole)
        return d.status;
    if (role == FinishedRole)
        return d.isFinished();

    switch (index.column()) {
    case StatusColumn: {
        const Badge badge = LagoonBadge::forDeployment(d.status, d.buildStep);
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
            return d.name;
        if (role == Qt::ToolTipRole && d.priority != 0)
            return tr("Priority %1").arg(d.priority);
        break;
    case StepColumn:
        if (role == Qt::DisplayRole)
            return d.buildStep;
        break;
    case StartedColumn:
        if (role == Qt::DisplayRole)
            return LagoonFormat::dateTime(LagoonFormat::parseDate(d.started.isEmpty() ? d.created : d.started));
        if (role == Qt::ToolTipRole)
            return tr("Created %1").arg(LagoonFormat::dateTime(LagoonFormat::parseDate(d.created)));
        break;
    case DurationColumn:
        if (role == Qt::DisplayRole) {
            if (d.isFinished() && d.completed.isEmpty())
                return QString();
            return LagoonFormat::duration(d.started, d.isFinished() ? d.completed : QString(), m_now);
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Build");
    case StepColumn:
        return tr("Build step");
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
