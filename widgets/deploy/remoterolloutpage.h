// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

#include "core/remote/lagoonenvironmentref.h"
#include "core/remote/lagoonrolloutfeed.h"

class QAction;
class QLabel;
class QToolBar;

namespace Lagoon {

class Deployer;
class LagoonSession;
class RolloutView;
struct DeployLaunch;

/**
 * One Lagoon build, live: the rollout view fed by a LagoonRolloutFeed, with what can be done
 * to the build — cancel it, redeploy the environment, deploy the same commit again (when this
 * machine knows which commit it was), open it in Lagoon's UI — and where its log comes from.
 */
class RemoteRolloutPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteRolloutPage)

public:
    /** `session` must outlive the page; the feed starts at once. */
    RemoteRolloutPage(LagoonSession *session, const LagoonEnvironmentRef &environment, const QString &buildName,
                      const LagoonRolloutFeed::Options &options, QWidget *parent = nullptr);
    ~RemoteRolloutPage() override;

    QString accountId() const { return m_accountId; }
    /** Null once detach()ed. */
    LagoonSession *session() const { return m_session; }
    const LagoonEnvironmentRef &environment() const { return m_environment; }
    QString buildName() const { return m_buildName; }
    LagoonRolloutFeed *feed() const { return m_feed; }
    RolloutView *view() const { return m_view; }
    QAction *redeployAction() const { return m_redeploy; }
    QAction *deployCommitAction() const { return m_deployCommit; }
    QLabel *sourceLabel() const { return m_source; }
    /** The session went (signed out, or replaced): stop following; what was shown stays. */
    void detach();

Q_SIGNALS:
    /** Redeploy or "deploy this commit again" started a new build, to follow on a page of its own. */
    void deployed(const Lagoon::DeployLaunch &launch);
    void failed(const QString &message);
    /** The title (build name and state) changed, for the tab. */
    void titleChanged();

private:
    void cancelBuild();
    void redeploy();
    void deployCommitAgain();
    void updateActions();

    QPointer<LagoonSession> m_session;
    QString m_accountId;
    LagoonEnvironmentRef m_environment;
    QString m_buildName;
    QString m_commit;
    QString m_branch;
    LagoonRolloutFeed *m_feed;
    Deployer *m_deployer;
    RolloutView *m_view;
    QToolBar *m_toolBar;
    QAction *m_redeploy;
    QAction *m_deployCommit;
    QAction *m_openInLagoon;
    QLabel *m_source;
};

} // namespace Lagoon
