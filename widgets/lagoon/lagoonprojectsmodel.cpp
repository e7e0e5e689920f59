// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonprojectsmodel.h"

#include <algorithm>

namespace Lagoon {

namespace {

QString nameOf(const QJsonObject &project)
{
    return project.value(QLatin1String("name")).toString();
}

} // namespace

LagoonProjectsModel::LagoonProjectsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LagoonProjectsModel::setProjects(const QJsonArray &projects)
{
    QList<QJsonObject> list;
    for (const QJsonValue &value : projects) {
        if (!nameOf(value.toObject()).isEmpty())
            list << value.toObject();
    }
    std::sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return QString::localeAwareCompare(nameOf(a), nameOf(b)) < 0;
    });
    beginResetModel();
    m_projects = list;
    endResetModel();
}

QJsonObject LagoonProjectsModel::project(int row) const
{
    return row >= 0 && row < m_projects.size() ? m_projects.at(row) : QJsonObject();
}

int LagoonProjectsModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_projects.size(); ++i) {
        if (nameOf(m_projects.at(i)) == name)
            return int(i);
    }
    return -1;
}

int LagoonProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int LagoonProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LagoonProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &p = m_projects.at(index.row());
    const int environments = int(p.value(QLatin1String("environments")).toArray().size());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return nameOf(p);
        return environments;
    case Qt::ToolTipRole: {
        const QString git = p.value(QLatin1String("gitUrl")).toString();
        const QString production = p.value(QLatin1String("productionEnvironment")).toString();
        QString tip = nameOf(p);
        if (!git.isEmpty())
            tip += QLatin1Char('\n') + git;
        if (!production.isEmpty())
            tip += QLatin1Char('\n') + tr("Production: %1").arg(production);
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, environments: %2").arg(nameOf(p)).arg(environments);
    case Qt::TextAlignmentRole:
        if (index.column() == EnvironmentsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole:
        return nameOf(p);
    case IdRole:
        return p.value(QLatin1String("id")).toInt();
    case ProjectRole:
        return p;
    default:
        return {};
    }
}

QVariant LagoonProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Project");
    case EnvironmentsColumn:
        return tr("Environments");
    default:
        return {};
    }
}

} // namespace Lagoon
