// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Lagoon {

/**
 * The environments of one project (ProjectEnvironments), production first: type and last
 * deployment as badges (Badge::ItemRole), the primary route as a link (LinkRole).
 */
class LagoonEnvironmentsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonEnvironmentsModel)

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        DeployTypeColumn,
        LastDeploymentColumn,
        RouteColumn,
        NamespaceColumn,
        ColumnCount,
    };
    enum Role
    {
        NameRole = Qt::UserRole,
        IdRole,
        /** The environment's JSON as the API answered it. */
        EnvironmentRole,
    };

    explicit LagoonEnvironmentsModel(QObject *parent = nullptr);

    void setEnvironments(const QJsonArray &environments);
    QJsonObject environment(int row) const;
    int rowOf(const QString &name) const;
    /** Every environment's name, as listed. */
    QStringList names() const;

    /** The routes of an environment's JSON: `routes` (comma-separated), else `route`. */
    static QStringList routesOf(const QJsonObject &environment);
    /** The namespace: kubernetesNamespaceName, else openshiftProjectName. */
    static QString namespaceOf(const QJsonObject &environment);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_environments;
};

} // namespace Lagoon
