// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/deploy/remoterolloutpage.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include "core/deploy/deployer.h"
#include "core/deploy/deployhistory.h"
#include "core/remote/lagoonrolloutfeed.h"
#include "core/remote/lagoonsession.h"
#include "core/rollout/rollout.h"
#include "widgets/deploy/deploydialog.h"
#include "widgets/lagoon/lagoonconfirmation.h"
#include "widgets/rollout/rolloutview.h"

namespace Lagoon {

RemoteRolloutPage::RemoteRolloutPage(LagoonSession *session, const LagoonEnvironmentRef &environment,
                                     const QString &buildName, const LagoonRolloutFeed::Options &options,
                                     QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_accountId(session->accountId())
    , m_environment(environment)
    , m_buildName(buildName)
    , m_feed(new LagoonRolloutFeed(session, environment, buildName, options, this))
    , m_deployer(new Deployer(session->api(), this))
    , m_view(new RolloutView(this))
    , m_toolBar(new QToolBar(this))
    , m_source(new QLabel(this))
{
    if (const auto record = DeployHistory().find(m_accountId, environment.project, buildName)) {
        m_commit = record->sha;
        m_branch = record->branch;
    }
    m_redeploy = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Redeploy"), this,
                                      &RemoteRolloutPage::redeploy);
    m_redeploy->setToolTip(tr("Deploys the latest commit of %1 again").arg(environment.name));
    m_deployCommit = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("go-previous")),
                                          tr("Deploy This Commit Again"), this, &RemoteRolloutPage::deployCommitAgain);
    m_deployCommit->setToolTip(m_commit.isEmpty()
                                   ? tr("Only for builds started from this computer: Lagoon does not record which "
                                        "commit a build built")
                                   : tr("Deploys commit %1 of %2 again").arg(m_commit.left(8), m_branch));
    m_openInLagoon = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")),
                                          tr("Open in Lagoon"), this, [this] {
                                              if (const auto deployment = m_feed->deployment())
                                                  QDesktopServices::openUrl(QUrl(deployment->uiLink));
                                          });
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setAccessibleName(tr("Build actions"));
    // By key while the focus is in this build's page; other builds' pages have their own.
    m_redeploy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_openInLagoon->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    for (QAction *action : {m_redeploy, m_deployCommit, m_openInLagoon}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_source->setAccessibleName(tr("Where the log comes from"));
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_source);

    m_view->setRollout(m_feed->rollout());
    connect(m_view, &RolloutView::cancelRequested, this, &RemoteRolloutPage::cancelBuild);
    connect(m_feed, &LagoonRolloutFeed::logSourceChanged, this, [this](const QString &description, const QString &why) {
        m_source->setText(why.isEmpty() ? description : tr("%1 (%2)").arg(description, why));
    });
    connect(m_feed, &LagoonRolloutFeed::deploymentChanged, this, [this] {
        updateActions();
        Q_EMIT titleChanged();
    });
    connect(m_feed, &LagoonRolloutFeed::finished, this, [this] {
        updateActions();
        Q_EMIT titleChanged();
    });
    updateActions();
    m_feed->start();
}

RemoteRolloutPage::~RemoteRolloutPage()
{
    // The view must let go of the rollout before the feed (a child created earlier) deletes it.
    m_view->setRollout(nullptr);
}

void RemoteRolloutPage::detach()
{
    m_feed->stop();
    m_session = nullptr;
    updateActions();
    if (!m_feed->isFinished())
        m_source->setText(tr("Not following any more: the Lagoon session ended. Open the build again from the "
                             "Deployments dock once signed in."));
}

void RemoteRolloutPage::updateActions()
{
    const bool finished = m_feed->isFinished();
    m_view->setCancellable(!finished && m_session);
    m_redeploy->setEnabled(m_session != nullptr);
    m_deployCommit->setEnabled(m_session && !m_commit.isEmpty());
    const auto deployment = m_feed->deployment();
    m_openInLagoon->setEnabled(deployment && !deployment->uiLink.isEmpty());
}

void RemoteRolloutPage::cancelBuild()
{
    LagoonConfirmation::ask(this, tr("Cancel build"), tr("Cancel %1?").arg(m_buildName),
                            tr("The build stops where it is; what it already changed stays."), tr("Cancel build"),
                            [this] {
                                if (!m_session)
                                    return;
                                m_deployer->cancel(m_environment.project, m_environment.name, m_buildName,
                                                   [this](const Result<void> &done) {
                                                       if (!done)
                                                           Q_EMIT failed(done.error().message);
                                                   });
                            });
}

void RemoteRolloutPage::redeploy()
{
    if (!m_session)
        return;
    m_deployer->redeploy(m_environment.project, m_environment.name, [this](const Result<DeployStarted> &started) {
        if (!started) {
            Q_EMIT failed(started.error().message);
            return;
        }
        DeployLaunch launch;
        launch.started = *started;
        launch.environmentId = m_environment.id;
        launch.namespaceName = m_environment.namespaceName;
        Q_EMIT deployed(launch);
    });
}

void RemoteRolloutPage::deployCommitAgain()
{
    if (!m_session || m_commit.isEmpty())
        return;
    m_deployer->deployCommit(m_environment.project, m_branch, m_commit, [this](const Result<DeployStarted> &started) {
        if (!started) {
            Q_EMIT failed(started.error().message);
            return;
        }
        DeployLaunch launch;
        launch.started = *started;
        launch.environmentId = m_environment.id;
        launch.namespaceName = m_environment.namespaceName;
        launch.branch = m_branch;
        launch.sha = m_commit;
        if (!started->buildName.isEmpty())
            DeployHistory().add({m_accountId, started->project, started->environment, started->buildName, m_branch,
                                 m_commit, QDateTime::currentDateTimeUtc()});
        Q_EMIT deployed(launch);
    });
}

} // namespace Lagoon
