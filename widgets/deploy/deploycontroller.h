// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

#include "core/remote/lagoonenvironmentref.h"

class QAction;
class QDockWidget;
class QMainWindow;
class QTabWidget;

namespace Lagoon {

class LagoonConnection;
class LagoonSession;
class Project;
class RemoteRolloutPage;
struct DeployLaunch;

/**
 * One-click deploy in the window: the Deploy action and its dialog, and the Rollouts dock with
 * a page per followed build (newest first; a build is never followed twice). Whatever started a
 * build — the dialog, Redeploy on a page, a notification asking to show one — ends up here.
 */
class DeployController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployController)

public:
    /** Adds its dock to `window`. */
    explicit DeployController(QMainWindow *window);
    ~DeployController() override;

    void setConnection(LagoonConnection *connection);
    /** Where the session comes from: the window's Lagoon browser shows the account it uses. */
    void setSessionSource(std::function<LagoonSession *()> source) { m_sessionSource = std::move(source); }
    void setProject(Project *project);

    QAction *deployAction() const { return m_deployAction; }
    QDockWidget *dock() const { return m_dock; }
    QTabWidget *pages() const { return m_pages; }
    /** The page following that build, or null. */
    RemoteRolloutPage *page(const QString &accountId, const QString &project, const QString &buildName) const;

    void openDeployDialog();
    /** Follows a build the dialog or a page started, and shows it. */
    void follow(const DeployLaunch &launch);
    /** Shows the build on its page, opening one when needed (from a notification or the tray). */
    void showDeployment(const QString &accountId, const QString &project, const QString &environment,
                        const QString &buildName);
    /** Follows build `buildName` of `environment` (of the current account); `startedHere` when the user just started it. */
    void watch(const LagoonEnvironmentRef &environment, const QString &buildName, bool startedHere);
    /** Whether that build's page is the one in front in a visible dock. */
    bool isShowing(const QString &accountId, const QString &project, const QString &buildName) const;
    void retranslate();

Q_SIGNALS:
    /** A pre-flight finding asked to be shown in the editor. */
    void sourceRequested(const QString &file, int line, int column);
    /** A build the user started in this window: to be watched for its outcome. */
    void userDeployed(Lagoon::LagoonSession *session, const Lagoon::LagoonEnvironmentRef &environment,
                      const QString &buildName);
    void failed(const QString &message);

private:
    LagoonSession *session() const;
    void updateAction();
    RemoteRolloutPage *openPage(const LagoonEnvironmentRef &environment, const QString &buildName);
    /** Finds the environment's id and namespace (a new one may take Lagoon a moment to list). */
    void resolveEnvironment(const QString &project, const QString &environment, int attemptsLeft,
                            std::function<void(const LagoonEnvironmentRef &)> found);

    QMainWindow *m_window;
    QPointer<LagoonConnection> m_connection;
    std::function<LagoonSession *()> m_sessionSource;
    QPointer<Project> m_project;
    QAction *m_deployAction;
    QDockWidget *m_dock;
    QTabWidget *m_pages;
};

} // namespace Lagoon
