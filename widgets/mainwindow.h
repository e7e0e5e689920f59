// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include "core/project/project.h"
#include "widgets/common/areanavigator.h"

class QAction;
class QDockWidget;
class QToolBar;
class QLabel;
class QMenu;
class QMimeData;
class QStackedWidget;
class QTabWidget;

namespace Lagoon {

class EditorWorkspace;
class EmptyStatePanel;
class FileEditorPage;
class GitStatusWidget;
class CommandPalette;
class LagoonAccountsController;
class LagoonBrowser;
class LagoonConnection;
class LagoonDeploymentJump;
class DeployController;
class LocalStackPanel;
class ProblemsModel;
class ProblemsPanel;

class ProjectOverviewPanel;
class Settings;
class WelcomePanel;
struct DeploymentRef;
struct Error;

/**
 * The application window: one open project, its overview, and the docks where the problems,
 * the local stack and deployments live. Owns the open Project; Settings is injected.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a project folder (or the folder of a given .lagoon.yml / compose file). */
    void openProject(const QString &path);
    void closeProject();

    Project *project() const { return m_project; }
    ProblemsModel *problemsModel() const { return m_problemsModel; }
    ProjectOverviewPanel *overview() const { return m_overview; }
    GitStatusWidget *gitStatus() const { return m_gitStatus; }
    LocalStackPanel *localStack() const { return m_localStack; }
    QMenu *recentMenu() const { return m_recentMenu; }
    EditorWorkspace *workspace() const { return m_workspace; }
    QTabWidget *documents() const { return m_documents; }
    /** The Lagoon browser in the Deployments dock; the app gives it an account's session. */
    LagoonBrowser *lagoonBrowser() const { return m_lagoonBrowser; }
    /**
     * The Lagoon accounts to browse, and what Settings → Lagoon Accounts manages; until it is set the
     * browser says it is not signed in and the menu entry is off. `connection` must outlive the window.
     */
    void setLagoonConnection(LagoonConnection *connection);
    LagoonAccountsController *lagoonAccounts() const { return m_lagoonAccounts; }
    /** The Deploy action and dialog, and the Rollouts dock. */
    DeployController *deployController() const { return m_deploy; }
    QAction *lagoonAccountsAction() const { return m_lagoonAccountsAction; }
    /** Shows a place in one of the project's files (relative path, 1-based line and column). */
    bool showSource(const QString &file, int line, int column);

    /**
     * Brings the window forward on one deployment (from a notification or the tray): for now the
     * Lagoon browser opens its environment and selects the build.
     */
    void showDeployment(const QString &accountId, const QString &project, const QString &environment,
                        const QString &buildName);
    /** Whether the user is looking at that deployment in this window, and the window has the focus. */
    bool isShowingDeployment(const DeploymentRef &deployment) const;
    /**
     * Asked when the window is closed: true hides it (to the tray) instead, and hiddenToTray()
     * follows. quit() closes it regardless.
     */
    void setHideOnClose(std::function<bool()> hideOnClose);
    /** Closes the window for good (unsaved edits asked about first); false when the user cancelled. */
    bool quit();

    /** The main areas F6 and Alt+0…Alt+4 move between, in that order. */
    using Area = AreaNavigator::Area;
    /** Shows the area (raising its dock) and gives the focus to its first control. */
    void focusArea(Area area) { m_navigator->focusArea(area); }
    /** The area that has the keyboard focus, or -1. */
    int focusedArea() const { return m_navigator->focusedArea(); }
    CommandPalette *commandPalette() const { return m_palette; }

Q_SIGNALS:
    void projectLoaded(const QString &folder);
    void projectFailed(const QString &message);
    /** Lagoon's rules ran over the project's files; `count` diagnostics are in problemsModel(). */
    void validated(int count);
    /** The window was closed but only hidden, since deployments are watched (setHideOnClose()). */
    void hiddenToTray();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void updateRecentMenu();
    void updateTitle();
    void updateProblemCounts();
    void onProjectLoaded();
    void onProjectFailed(const Error &error);
    void onFilesChanged();
    void startValidation();
    void openEditors();
    void offerRecovery();
    void updateTabTitles();
    /** Asks what to do with unsaved edits; false when the user cancelled. */
    bool confirmUnsaved();
    FileEditorPage *currentPage() const;
    void onGitChanged();
    void chooseProject();
    void showPreferences();
    void showAbout();
    static QString folderFromDrop(const QMimeData *mime);

    Settings *m_settings;
    QPointer<Project> m_project;
    EditorWorkspace *m_workspace;
    QElapsedTimer m_sinceRefresh;

    QStackedWidget *m_stack;
    WelcomePanel *m_welcome;
    QTabWidget *m_documents;
    ProjectOverviewPanel *m_overview;

    ProblemsModel *m_problemsModel;
    ProblemsPanel *m_problemsPanel;
    QDockWidget *m_problemsDock;
    QDockWidget *m_stackDock;
    LocalStackPanel *m_localStack;
    QDockWidget *m_deployDock;
    DeployController *m_deploy = nullptr;
    QMenu *m_lagoonMenu = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    LagoonBrowser *m_lagoonBrowser;
    LagoonAccountsController *m_lagoonAccounts = nullptr;
    LagoonDeploymentJump *m_deploymentJump = nullptr;
    std::function<bool()> m_hideOnClose;
    bool m_quitting = false;

    GitStatusWidget *m_gitStatus;
    QLabel *m_projectLabel;
    QLabel *m_problemCounts;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAllAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_lagoonAccountsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    AreaNavigator *m_navigator = nullptr;
    CommandPalette *m_palette = nullptr;
};

} // namespace Lagoon
