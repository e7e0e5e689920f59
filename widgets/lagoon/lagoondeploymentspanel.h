// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/remote/lagoondeployment.h"
#include "widgets/lagoon/lagoonrunspanel.h"

class QAction;
class QLabel;

namespace Lagoon {

class LagoonDeploymentsModel;

/**
 * The Deployments tab of an environment: its builds, live from a DeploymentWatcher (the cached
 * list first), the log of the selected finished build, Deploy latest and Cancel.
 */
class LagoonDeploymentsPanel final : public LagoonRunsPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonDeploymentsPanel)

public:
    explicit LagoonDeploymentsPanel(QWidget *parent = nullptr);
    ~LagoonDeploymentsPanel() override;

    void setEnvironment(LagoonSession *session, const LagoonEnvironmentRef &environment);
    void clear();

    LagoonDeploymentsModel *model() const { return m_model; }
    /** Selects the build `name`; false when it is not listed. */
    bool selectDeployment(const QString &name);

Q_SIGNALS:
    /** The user wants to follow build `name` live; `startedHere` when this panel just deployed it. */
    void rolloutRequested(const QString &name, bool startedHere);

private:
    void retranslate() override;
    void showCurrentRun() override;
    void onReconciled(const QList<LagoonDeployment> &deployments);
    void showLogOf(const QString &name);
    void deployLatest();
    void cancelSelected();
    bool isStillShowing(const QPointer<LagoonSession> &session, const LagoonEnvironmentRef &target) const;
    void reportGone(const QString &what);
    void updateActions();
    QString selectedName() const;

    LagoonDeploymentsModel *m_model;
    QString m_logShown;
    QAction *m_deploy;
    QAction *m_cancel;
    QAction *m_watch;
    QLabel *m_status;
};

} // namespace Lagoon
