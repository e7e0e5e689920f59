// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoondeploymentspanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QToolBar>
#include <QTreeView>

#include "core/remote/cache/lagooncache.h"
#include "core/remote/deploymentwatcher.h"
#include "core/remote/jsonlist.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsession.h"
#include "widgets/lagoon/lagoonconfirmation.h"
#include "widgets/lagoon/lagoondeploymentsmodel.h"

namespace Lagoon {

LagoonDeploymentsPanel::LagoonDeploymentsPanel(QWidget *parent)
    : LagoonRunsPanel(parent), m_model(new LagoonDeploymentsModel(this)),
      m_deploy(new QAction(QIcon::fromTheme(QStringLiteral("cloud-upload")), QString(), this)),
      m_cancel(new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), QString(), this)),
      m_watch(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), QString(), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("lagoonDeploymentsPanel"));
    m_deploy->setObjectName(QStringLiteral("lagoonDeployLatest"));
    m_cancel->setObjectName(QStringLiteral("lagoonCancelDeployment"));
    m_watch->setObjectName(QStringLiteral("lagoonWatchRollout"));
    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_deploy);
    toolbar->addAction(m_cancel);
    toolbar->addAction(m_watch);
    m_status->setObjectName(QStringLiteral("lagoonDeploymentsStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 8, 0);
    top->addWidget(toolbar);
    top->addStretch(1);
    top->addWidget(m_status);
    setTopRow(top);

    setModel(m_model);
    view()->setObjectName(QStringLiteral("lagoonDeployments"));
    logView()->setObjectName(QStringLiteral("lagoonBuildLog"));
    logTitle()->setObjectName(QStringLiteral("lagoonBuildLogTitle"));
    connect(m_deploy, &QAction::triggered, this, &LagoonDeploymentsPanel::deployLatest);
    connect(m_cancel, &QAction::triggered, this, &LagoonDeploymentsPanel::cancelSelected);
    connect(m_watch, &QAction::triggered, this, [this] {
        if (const QString name = selectedName(); !name.isEmpty())
            Q_EMIT rolloutRequested(name, false);
    });
    connect(view(), &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const QString name = index.data(LagoonDeploymentsModel::NameRole).toString(); !name.isEmpty())
            Q_EMIT rolloutRequested(name, false);
    });
    connect(clock(), &QTimer::timeout, this, [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });

    retranslate();
    updateActions();
}

LagoonDeploymentsPanel::~LagoonDeploymentsPanel() = default;

void LagoonDeploymentsPanel::setEnvironment(LagoonSession *session, const LagoonEnvironmentRef &environment)
{
    clear();
    if (!begin(session, environment, LagoonCache::deploymentsKey(environment.id)))
        return;
    // What was known last time, at once; the watcher replaces it when Lagoon answers.
    m_model->setDeployments(listFromJson<LagoonDeployment>(readCache()));
    auto *watcher = new DeploymentWatcher(session->api(), session->subscriptions(), environment.id, this);
    connect(watcher, &DeploymentWatcher::deploymentChanged, this, [this, watcher](const QString &name) {
        if (const auto deployment = watcher->deployment(name))
            m_model->updateDeployment(*deployment);
    });
    connect(watcher, &DeploymentWatcher::reconciled, this, [this, watcher] { onReconciled(watcher->deployments()); });
    watch(watcher);
    updateActions();
}

void LagoonDeploymentsPanel::clear()
{
    reset();
    m_model->setDeployments({});
    m_logShown.clear();
    logView()->setPlaceholderText(tr("Select a finished build to read its log."));
    m_status->clear();
    updateActions();
}

bool LagoonDeploymentsPanel::selectDeployment(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    view()->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void LagoonDeploymentsPanel::onReconciled(const QList<LagoonDeployment> &deployments)
{
    // The watcher's list is the truth now; anything only the cache knew is gone from Lagoon.
    if (showsCached()) {
        const QString current = selectedName();
        m_model->setDeployments(deployments);
        if (!current.isEmpty())
            selectDeployment(current);
    }
    noteAnswer(listToJson(deployments));
}

QString LagoonDeploymentsPanel::selectedName() const
{
    const QModelIndex current = view()->currentIndex();
    return current.isValid() ? current.data(LagoonDeploymentsModel::NameRole).toString() : QString();
}

void LagoonDeploymentsPanel::showCurrentRun()
{
    updateActions();
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid()) {
        logTitle()->clear();
        logView()->clear();
        m_logShown.clear();
        return;
    }
    const LagoonDeployment d = m_model->deployment(current.row());
    logTitle()->setText(tr("Build log of %1").arg(d.name));
    if (!d.isFinished()) {
        m_logShown.clear();
        logView()->setPlainText(QString());
        logView()->setPlaceholderText(tr("The log of %1 can be read here when the build has finished.").arg(d.name));
        return;
    }
    if (m_logShown != d.name)
        showLogOf(d.name);
}

void LagoonDeploymentsPanel::showLogOf(const QString &name)
{
    if (!session())
        return;
    m_logShown = name;
    logView()->clear();
    logView()->setPlaceholderText(tr("Loading the log of %1…").arg(name));
    // Logs are fetched on demand and never cached: they are large and may print secrets.
    session()->api()->run(
        QStringLiteral("DeploymentLog"),
        {{QStringLiteral("project"), environment().project},
         {QStringLiteral("environment"), environment().name},
         {QStringLiteral("name"), name}},
        this, [this, name](const Result<QJsonObject> &reply) {
            if (m_logShown != name)
                return;
            if (!reply) {
                m_logShown.clear();
                logView()->setPlaceholderText(tr("The log could not be loaded: %1").arg(reply.error().message));
                if (session())
                    session()->noteFailure(reply.error());
                Q_EMIT failed(reply.error(), {});
                return;
            }
            const QJsonValue log = reply->value(QStringLiteral("deploymentByName"))[QStringLiteral("buildLog")];
            logView()->setPlaceholderText(tr("Lagoon has no log for %1.").arg(name));
            logView()->setPlainText(log.toString());
        });
}

void LagoonDeploymentsPanel::deployLatest()
{
    if (!session() || !environment().isValid())
        return;
    const QString details =
        environment().isProduction()
            ? tr("This is the production environment. Lagoon builds the latest commit and replaces what runs now.")
            : tr("Lagoon builds the latest commit and replaces what runs now.");
    LagoonConfirmation::ask(
        this, tr("Deploy"), tr("Deploy %1 of %2 now?").arg(environment().name, environment().project), details,
        tr("Deploy"), [this, session = QPointer<LagoonSession>(session()), target = environment()] {
            if (!isStillShowing(session, target)) {
                reportGone(tr("%1 was not deployed").arg(target.name));
                return;
            }
            m_status->setText(tr("Asking Lagoon to deploy…"));
            session->api()->run(
                QStringLiteral("DeployEnvironmentLatest"),
                {{QStringLiteral("project"), target.project}, {QStringLiteral("environment"), target.name}}, this,
                [this](const Result<QJsonObject> &reply) {
                    if (!reply) {
                        m_status->clear();
                        Q_EMIT failed(reply.error(), {});
                        return;
                    }
                    const QString answer = reply->value(QStringLiteral("deployEnvironmentLatest")).toString();
                    const bool started = answer.startsWith(QLatin1String("lagoon-build-"));
                    m_status->setText(started ? tr("Started %1").arg(answer) : answer);
                    if (started)
                        Q_EMIT rolloutRequested(answer, true);
                });
        });
}

void LagoonDeploymentsPanel::cancelSelected()
{
    const QString name = selectedName();
    if (!session() || name.isEmpty())
        return;
    LagoonConfirmation::ask(this, tr("Cancel build"), tr("Cancel %1?").arg(name),
                            tr("The build stops where it is; what it already changed stays."), tr("Cancel build"),
                            [this, name, session = QPointer<LagoonSession>(session()), target = environment()] {
                                if (!isStillShowing(session, target)) {
                                    reportGone(tr("%1 was not cancelled").arg(name));
                                    return;
                                }
                                session->api()->run(QStringLiteral("CancelDeployment"),
                                                    {{QStringLiteral("project"), target.project},
                                                     {QStringLiteral("environment"), target.name},
                                                     {QStringLiteral("name"), name}},
                                                    this, [this](const Result<QJsonObject> &reply) {
                                                        if (!reply)
                                                            Q_EMIT failed(reply.error(), {});
                                                    });
                            });
}

// The session may have gone, or another environment been opened, while a question was open.
bool LagoonDeploymentsPanel::isStillShowing(const QPointer<LagoonSession> &session,
                                            const LagoonEnvironmentRef &target) const
{
    return session && session == this->session() && environment().isValid() && target.id == environment().id &&
           target.project == environment().project;
}

void LagoonDeploymentsPanel::reportGone(const QString &what)
{
    Q_EMIT failed(Error{Error::Code::Cancelled,
                        tr("%1: you were signed out, or another account or environment was opened, before you "
                           "confirmed. Nothing was changed on Lagoon.")
                            .arg(what),
                        {}},
                  {});
}

void LagoonDeploymentsPanel::updateActions()
{
    m_deploy->setEnabled(session() && environment().isValid());
    const QModelIndex current = view()->currentIndex();
    m_cancel->setEnabled(session() && current.isValid() &&
                         !current.data(LagoonDeploymentsModel::FinishedRole).toBool());
    m_watch->setEnabled(session() && current.isValid());
}

void LagoonDeploymentsPanel::retranslate()
{
    m_deploy->setText(tr("Deploy"));
    m_deploy->setToolTip(tr("Build and deploy the latest commit of this environment"));
    m_cancel->setText(tr("Cancel build"));
    m_cancel->setToolTip(tr("Cancel the selected build while it has not finished"));
    m_watch->setText(tr("Watch Rollout"));
    m_watch->setToolTip(tr("Follow the selected build step by step with its whole log (or double-click it)"));
    view()->setAccessibleName(tr("Deployments"));
    logView()->setAccessibleName(tr("Build log"));
    if (!view()->currentIndex().isValid())
        logView()->setPlaceholderText(tr("Select a finished build to read its log."));
}

} // namespace Lagoon
