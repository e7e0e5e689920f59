// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Lagoon {

/** The projects of an account (the allProjects list), sorted by name. */
class LagoonProjectsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonProjectsModel)

public:
    enum Column
    {
        NameColumn,
        EnvironmentsColumn,
        ColumnCount,
    };
    enum Role
    {
        NameRole = Qt::UserRole,
        IdRole,
        /** The project's JSON as the API answered it. */
        ProjectRole,
    };

    explicit LagoonProjectsModel(QObject *parent = nullptr);

    /** Replaces the list with allProjects' entries. */
    void setProjects(const QJsonArray &projects);
    QJsonObject project(int row) const;
    /** The row of the project `name`, -1 when absent. */
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_projects;
};

} // namespace Lagoon
