// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/deploy/deploycontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonObject>
#include <QMainWindow>
#include <QTabWidget>
#include <QTimer>

#include "core/project/project.h"
#include "core/remote/cache/lagooncache.h"
#include "core/remote/lagoonrolloutfeed.h"
#include "core/remote/lagoonsession.h"
#include "core/rollout/rollout.h"
#include "widgets/accounts/lagoonconnection.h"
#include "widgets/deploy/deploydialog.h"
#include "widgets/deploy/remoterolloutpage.h"

namespace Lagoon {

DeployController::DeployController(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_deployAction(new QAction(QIcon::fromTheme(QStringLiteral("cloud-upload"),
                                                  QIcon::fromTheme(QStringLiteral("go-up"))),
                                 {}, this))
    , m_dock(new QDockWidget(window))
    , m_pages(new QTabWidget(m_dock))
{
    m_deployAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_deployAction->setObjectName(QStringLiteral("actionDeploy"));
    connect(m_deployAction, &QAction::triggered, this, &DeployController::openDeployDialog);

    m_dock->setObjectName(QStringLiteral("dockRollouts"));
    m_dock->setWidget(m_pages);
    m_pages->setTabsClosable(true);
    m_pages->setDocumentMode(true);
    m_pages->setAccessibleName(QObject::tr("Rollouts"));
    connect(m_pages, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *page = m_pages->widget(index);
        m_pages->removeTab(index);
        page->deleteLater();
        if (m_pages->count() == 0)
            m_dock->hide();
    });
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    retranslate();
    updateAction();
}

DeployController::~DeployController() = default;

void DeployController::retranslate()
{
    m_deployAction->setText(tr("&Deploy…"));
    m_deployAction->setToolTip(tr("Deploy the current branch to Lagoon (%1)")
                                   .arg(m_deployAction->shortcut().toString(QKeySequence::NativeText)));
    m_dock->setWindowTitle(tr("Rollouts"));
}

void DeployController::setConnection(LagoonConnection *connection)
{
    m_connection = connection;
    if (connection)
        connect(connection, &LagoonConnection::sessionChanged, this, [this](LagoonSession *current) {
            // Pages follow through the session they were made with; it is deleted once replaced.
            for (int i = 0; i < m_pages->count(); ++i) {
                auto *page = qobject_cast<RemoteRolloutPage *>(m_pages->widget(i));
                if (page && page->session() != current)
                    page->detach();
            }
            updateAction();
        });
    updateAction();
}

void DeployController::setProject(Project *project)
{
    m_project = project;
    updateAction();
}

LagoonSession *DeployController::session() const
{
    if (m_sessionSource)
        return m_sessionSource();
    return m_connection ? m_connection->session() : nullptr;
}

void DeployController::updateAction()
{
    m_deployAction->setEnabled(session() && m_project);
    if (!session())
        m_deployAction->setStatusTip(tr("Sign in to a Lagoon account to deploy."));
    else if (!m_project)
        m_deployAction->setStatusTip(tr("Open a project to deploy it."));
    else
        m_deployAction->setStatusTip({});
}

void DeployController::openDeployDialog()
{
    if (!session() || !m_project)
        return;
    auto *dialog = new DeployDialog(session(), m_project, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeployDialog::deployed, this, &DeployController::follow);
    connect(dialog, &DeployDialog::sourceRequested, this, &DeployController::sourceRequested);
    dialog->open();
}

RemoteRolloutPage *DeployController::page(const QString &accountId, const QString &project,
                                          const QString &buildName) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *candidate = qobject_cast<RemoteRolloutPage *>(m_pages->widget(i));
        if (candidate && candidate->accountId() == accountId && candidate->environment().project == project &&
            candidate->buildName() == buildName)
            return candidate;
    }
    return nullptr;
}

bool DeployController::isShowing(const QString &accountId, const QString &project, const QString &buildName) const
{
    const auto *current = qobject_cast<RemoteRolloutPage *>(m_pages->currentWidget());
    return current && m_dock->isVisible() && !m_dock->visibleRegion().isEmpty() && current->accountId() == accountId &&
           current->environment().project == project && current->buildName() == buildName;
}

void DeployController::follow(const DeployLaunch &launch)
{
    LagoonSession *current = session();
    if (!current)
        return;
    const QString build = launch.started.buildName;
    if (build.isEmpty()) {
        Q_EMIT failed(tr("Lagoon started the deployment of %1 but did not name the build: see the Deployments dock.")
                          .arg(launch.started.environment));
        return;
    }
    auto open = [this, build](const LagoonEnvironmentRef &environment) {
        if (openPage(environment, build))
            Q_EMIT userDeployed(session(), environment, build);
    };
    if (launch.environmentId) {
        LagoonEnvironmentRef environment;
        environment.id = launch.environmentId;
        environment.name = launch.started.environment;
        environment.project = launch.started.project;
        environment.namespaceName = launch.namespaceName;
        open(environment);
    } else {
        resolveEnvironment(launch.started.project, launch.started.environment, 10, open);
    }
}

void DeployController::watch(const LagoonEnvironmentRef &environment, const QString &buildName, bool startedHere)
{
    if (openPage(environment, buildName) && startedHere)
        Q_EMIT userDeployed(session(), environment, buildName);
}

void DeployController::showDeployment(const QString &accountId, const QString &project, const QString &environment,
                                      const QString &buildName)
{
    if (RemoteRolloutPage *existing = page(accountId, project, buildName)) {
        m_pages->setCurrentWidget(existing);
        m_dock->show();
        m_dock->raise();
        return;
    }
    if (!session() || session()->accountId() != accountId) {
        Q_EMIT failed(tr("%1 belongs to another Lagoon account: switch to it in the Deployments dock.").arg(buildName));
        return;
    }
    resolveEnvironment(project, environment, 1,
                       [this, buildName](const LagoonEnvironmentRef &found) { openPage(found, buildName); });
}

RemoteRolloutPage *DeployController::openPage(const LagoonEnvironmentRef &environment, const QString &buildName)
{
    LagoonSession *current = session();
    if (!current)
        return nullptr;
    if (RemoteRolloutPage *existing = page(current->accountId(), environment.project, buildName)) {
        m_pages->setCurrentWidget(existing);
    } else {
        // The log streams over the SSH portal where the account has an SSH endpoint.
        LagoonRolloutFeed::Options options;
        if (const auto account = m_connection ? m_connection->currentAccount() : std::nullopt;
            account && !account->sshHost.isEmpty())
            options.ssh = account->sshOptions();
        auto *created = new RemoteRolloutPage(current, environment, buildName, options, m_pages);
        m_pages->insertTab(0, created, buildName);
        m_pages->setTabToolTip(0, tr("%1 / %2").arg(environment.project, environment.name));
        m_pages->setCurrentIndex(0);
        connect(created, &RemoteRolloutPage::deployed, this, &DeployController::follow);
        connect(created, &RemoteRolloutPage::failed, this, &DeployController::failed);
        connect(created, &RemoteRolloutPage::titleChanged, this, [this, created] {
            const int index = m_pages->indexOf(created);
            if (index >= 0)
                m_pages->setTabText(index, tr("%1 — %2").arg(created->buildName(),
                                                             rolloutStateText(created->feed()->rollout()->state())));
        });
    }
    m_dock->show();
    m_dock->raise();
    return qobject_cast<RemoteRolloutPage *>(m_pages->currentWidget());
}

void DeployController::resolveEnvironment(const QString &project, const QString &environment, int attemptsLeft,
                                          std::function<void(const LagoonEnvironmentRef &)> found)
{
    LagoonSession *current = session();
    if (!current)
        return;
    current->fetch(
        QStringLiteral("AllProjects"), {}, LagoonCache::projectsKey(), this,
        [this, project, environment, attemptsLeft, found = std::move(found)](const Result<LagoonAnswer> &answer) {
            const QJsonArray projects = answer ? answer->data.value(QLatin1String("allProjects")).toArray() : QJsonArray();
            for (const QJsonValue &projectValue : projects) {
                const QJsonObject projectObject = projectValue.toObject();
                if (projectObject.value(QLatin1String("name")).toString() != project)
                    continue;
                const QJsonArray environments = projectObject.value(QLatin1String("environments")).toArray();
                for (const QJsonValue &environmentValue : environments) {
                    const QJsonObject object = environmentValue.toObject();
                    if (object.value(QLatin1String("name")).toString() != environment)
                        continue;
                    LagoonEnvironmentRef ref;
                    ref.id = object.value(QLatin1String("id")).toInt();
                    ref.name = environment;
                    ref.project = project;
                    ref.type = object.value(QLatin1String("environmentType")).toString();
                    ref.namespaceName = object.value(QLatin1String("kubernetesNamespaceName")).toString();
                    found(ref);
                    return;
                }
            }
            if (attemptsLeft > 1) {
                // A new environment appears in Lagoon's lists a moment after its first deploy was accepted.
                QTimer::singleShot(std::chrono::seconds(1), this, [this, project, environment, attemptsLeft, found] {
                    resolveEnvironment(project, environment, attemptsLeft - 1, found);
                });
                return;
            }
            Q_EMIT failed(answer ? tr("Lagoon does not list the environment %1 of %2.").arg(environment, project)
                                 : answer.error().message);
        });
}

} // namespace Lagoon
