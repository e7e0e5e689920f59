// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/remote/lagoondeployment.h"
#include "widgets/lagoon/lagoonrunsmodel.h"

namespace Lagoon {

/**
 * The deployments of one environment, newest first (created, then id, descending), fed from a
 * DeploymentWatcher or from the cache. Running builds' durations follow setNow().
 */
class LagoonDeploymentsModel final : public LagoonRunsModel<LagoonDeployment, &LagoonDeployment::name>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonDeploymentsModel)

public:
    enum Column
    {
        StepColumn = FirstOwnColumn,
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

    void setDeployments(const QList<LagoonDeployment> &deployments) { setRuns(deployments); }
    /** Adds the deployment, or updates the one with its name. */
    void updateDeployment(const LagoonDeployment &deployment) { updateRun(deployment); }
    LagoonDeployment deployment(int row) const { return run(row); }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Badge statusBadge(const LagoonDeployment &deployment) const override;
    QVariant runData(const LagoonDeployment &deployment, int column, int role) const override;
};

} // namespace Lagoon
