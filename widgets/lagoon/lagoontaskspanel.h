// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/remote/lagoontask.h"
#include "widgets/lagoon/lagoonrunspanel.h"

namespace Lagoon {

class LagoonTasksModel;

/** The Tasks tab of an environment: its tasks, live from a TaskWatcher, and a finished task's log. */
class LagoonTasksPanel final : public LagoonRunsPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonTasksPanel)

public:
    explicit LagoonTasksPanel(QWidget *parent = nullptr);
    ~LagoonTasksPanel() override;

    void setEnvironment(LagoonSession *session, const LagoonEnvironmentRef &environment);
    void clear();

    LagoonTasksModel *model() const { return m_model; }
    bool selectTask(int id);

private:
    void retranslate() override;
    void showCurrentRun() override;
    void onReconciled(const QList<LagoonTask> &tasks);
    void showLogOf(int id);

    LagoonTasksModel *m_model;
    int m_logShown = 0;
};

} // namespace Lagoon
