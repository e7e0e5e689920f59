// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include "core/remote/lagoontask.h"

namespace Lagoon {

/** The tasks of one environment, newest first, fed from a TaskWatcher or from the cache. */
class LagoonTasksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonTasksModel)

public:
    enum Column
    {
        StatusColumn,
        NameColumn,
        StartedColumn,
        DurationColumn,
        SourceColumn,
        ServiceColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole,
        StatusRole,
    };

    explicit LagoonTasksModel(QObject *parent = nullptr);

    void setTasks(const QList<LagoonTask> &tasks);
    /** Adds the task, or updates the one with its id. */
    void updateTask(const LagoonTask &task);
    const QList<LagoonTask> &tasks() const { return m_tasks; }
    LagoonTask task(int row) const;
    int rowOf(int id) const;
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static bool newerFirst(const LagoonTask &a, const LagoonTask &b);

    QList<LagoonTask> m_tasks;
    QDateTime m_now;
};

} // namespace Lagoon
