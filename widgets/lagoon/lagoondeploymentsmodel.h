// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include "core/remote/lagoondeployment.h"

namespace Lagoon {

/**
 * The deployments of one environment, newest first (created, then id, descending), fed from a
 * DeploymentWatcher or from the cache. Running builds' durations follow setNow().
 */
class LagoonDeploymentsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonDeploymentsModel)

public:
    enum Column
    {
        StatusColumn,
        NameColumn,
        StartedColumn,
        DurationColumn,
        StepColumn,
        SourceColumn,
        ColumnCount,
    };
    enum Role
    {
        NameRole = Qt::UserRole,
        StatusRole,
        FinishedRole,
    };

    explicit LagoonDeploymentsModel(QObject *parent = nullptr);

    void setDeployments(const QList<LagoonDeployment> &deployments);
    /** Adds the deployment, or updates the one with its name. */
    void updateDeployment(const LagoonDeployment &deployment);
    const QList<LagoonDeployment> &deployments() const { return m_deployments; }
    LagoonDeployment deployment(int row) const;
    int rowOf(const QString &name) const;

    /** The time running durations are measured to; refreshes their cells. */
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static bool newerFirst(const LagoonDeployment &a, const LagoonDeployment &b);

    QList<LagoonDeployment> m_deployments;
    QDateTime m_now;
};

} // namespace Lagoon
