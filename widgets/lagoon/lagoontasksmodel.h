// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/remote/lagoontask.h"
#include "widgets/lagoon/lagoonrunsmodel.h"

namespace Lagoon {

/** The tasks of one environment, newest first, fed from a TaskWatcher or from the cache. */
class LagoonTasksModel final : public LagoonRunsModel<LagoonTask, &LagoonTask::id>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonTasksModel)

public:
    enum Column
    {
        SourceColumn = FirstOwnColumn,
        ServiceColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole,
        StatusRole,
    };

    explicit LagoonTasksModel(QObject *parent = nullptr);

    void setTasks(const QList<LagoonTask> &tasks) { setRuns(tasks); }
    /** Adds the task, or updates the one with its id. */
    void updateTask(const LagoonTask &task) { updateRun(task); }
    LagoonTask task(int row) const { return run(row); }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Badge statusBadge(const LagoonTask &task) const override;
    QVariant runData(const LagoonTask &task, int column, int role) const override;
};

} // namespace Lagoon
