// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonenvironmentsmodel.h"

#include <algorithm>

#include <QUrl>

#include "widgets/lagoon/lagoonbadge.h"
#include "widgets/lagoon/lagoonformat.h"
#include "widgets/lagoon/lagoonitemdelegate.h"

namespace Lagoon {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject lastDeployment(const QJsonObject &environment)
{
    return environment.value(QLatin1String("deployments")).toArray().at(0).toObject();
}

} // namespace

LagoonEnvironmentsModel::LagoonEnvironmentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LagoonEnvironmentsModel::setEnvironments(const QJsonArray &environments)
{
    QList<QJsonObject> list;
    for (const QJsonValue &value : environments) {
        if (!text(value.toObject(), "name").isEmpty())
            list << value.toObject();
    }
    // Production first, as Lagoon's own UI lists them; otherwise the API's order.
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return (text(a, "environmentType") == QLatin1String("production")) > (text(b, "environmentType") == QLatin1String("production"));
    });
    beginResetModel();
    m_environments = list;
    endResetModel();
}

QJsonObject LagoonEnvironmentsModel::environment(int row) const
{
    return row >= 0 && row < m_environments.size() ? m_environments.at(row) : QJsonObject();
}

int LagoonEnvironmentsModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_environments.size(); ++i) {
        if (text(m_environments.at(i), "name") == name)
            return int(i);
    }
    return -1;
}

QStringList LagoonEnvironmentsModel::names() const
{
    QStringList list;
    for (const QJsonObject &e : m_environments)
        list << text(e, "name");
    return list;
}

QStringList LagoonEnvironmentsModel::routesOf(const QJsonObject &environment)
{
    QStringList routes;
    const QStringList parts = text(environment, "routes").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            routes << part.trimmed();
    }
    const QString primary = text(environment, "route");
    if (!primary.isEmpty() && !routes.contains(primary))
        routes.prepend(primary);
    return routes;
}

QString LagoonEnvironmentsModel::namespaceOf(const QJsonObject &environment)
{
    const QString kubernetes = text(environment, "kubernetesNamespaceName");
    return kubernetes.isEmpty() ? text(environment, "openshiftProjectName") : kubernetes;
}

int LagoonEnvironmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_environments.size());
}

int LagoonEnvironmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LagoonEnvironmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &e = m_environments.at(index.row());
    const QJsonObject last = lastDeployment(e);
    const QStringList routes = routesOf(e);
    const QString primaryRoute = text(e, "route").isEmpty() ? routes.value(0) : text(e, "route");

    if (role == NameRole)
        return text(e, "name");
    if (role == IdRole)
        return e.value(QLatin1String("id")).toInt();
    if (role == EnvironmentRole)
        return e;

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return text(e, "name");
        if (role == Qt::ToolTipRole)
            return tr("Open %1").arg(text(e, "name"));
        break;
    case TypeColumn: {
        const Badge badge = LagoonBadge::forEnvironmentType(text(e, "environmentType"));
        if (role == Qt::DisplayRole)
            return badge.text;
        if (role == Badge::ItemRole && !badge.isEmpty())
            return QVariant::fromValue(badge);
        if (role == Qt::ToolTipRole && !badge.toolTip.isEmpty())
            return badge.toolTip;
        break;
    }
    case DeployTypeColumn:
        if (role == Qt::DisplayRole)
            return LagoonFormat::deployType(text(e, "deployType"));
        break;
    case LastDeploymentColumn: {
        const Badge badge = LagoonBadge::forDeployment(text(last, "status"), text(last, "buildStep"));
        if (role == Qt::DisplayRole)
            return badge.isEmpty() ? tr("Never deployed") : badge.text;
        if (role == Badge::ItemRole && !badge.isEmpty())
            return QVariant::fromValue(badge);
        if (role == Qt::ToolTipRole && !last.isEmpty()) {
            const QString when = LagoonFormat::dateTime(LagoonFormat::parseDate(text(last, "created")));
            return tr("%1, created %2").arg(text(last, "name"), when);
        }
        break;
    }
    case RouteColumn:
        if (role == Qt::DisplayRole)
            return primaryRoute;
        if (role == LagoonItemDelegate::LinkRole && !primaryRoute.isEmpty())
            return QUrl(primaryRoute);
        if (role == Qt::ToolTipRole && !routes.isEmpty())
            return routes.join(QLatin1Char('\n'));
        break;
    case NamespaceColumn:
        if (role == Qt::DisplayRole)
            return namespaceOf(e);
        if (role == Qt::ToolTipRole)
            return tr("Kubernetes namespace: %1").arg(namespaceOf(e));
        break;
    default:
        break;
    }
    return {};
}

QVariant LagoonEnvironmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Environment");
    case TypeColumn:
        return tr("Type");
    case DeployTypeColumn:
        return tr("Deploys");
    case LastDeploymentColumn:
        return tr("Last deployment");
    case RouteColumn:
        return tr("Route");
    case NamespaceColumn:
        return tr("Namespace");
    default:
        return {};
    }
}

} // namespace Lagoon
