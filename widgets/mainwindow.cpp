// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTextDocument>
#include <QTreeView>

#include "core/notify/deploymentoutcome.h"
#include "core/project/project.h"
#include "core/settings/settings.h"
#include "widgets/accounts/lagoonaccountscontroller.h"
#include "widgets/common/commandpalette.h"
#include "widgets/deploy/deploycontroller.h"
#include "widgets/dialogs/preferencesdialog.h"
#include "widgets/editor/editordocument.h"
#include "widgets/editor/editorworkspace.h"
#include "widgets/editor/fileeditorpage.h"
#include "widgets/editor/forms/composeform.h"
#include "widgets/editor/livevalidation.h"
#include "widgets/editor/planpreviewpanel.h"
#include "widgets/editor/servicegraphview.h"
#include "widgets/lagoon/lagoonbrowser.h"
#include "widgets/lagoon/lagoondeploymentsmodel.h"
#include "widgets/lagoon/lagoondeploymentspanel.h"
#include "widgets/lagoon/lagoonenvironmentpage.h"
#include "widgets/models/problemsmodel.h"
#include "widgets/notify/lagoondeploymentjump.h"
#include "widgets/panels/emptystatepanel.h"
#include "widgets/panels/gitstatuswidget.h"
#include "widgets/panels/problemspanel.h"
#include "widgets/panels/projectoverviewpanel.h"
#include "widgets/panels/welcomepanel.h"
#include "widgets/stack/localstackpanel.h"

namespace Lagoon {

namespace {
const QString ProjectProblems = QStringLiteral("project");
// Focus changes come in bursts (menus, dialogs); re-reading git for each would be wasteful.
constexpr qint64 MinRefreshIntervalMs = 2000;

// The platform's key for a standard action, or a common one where the platform has none (Quit
// and Preferences have none without a desktop theme, Preferences has none on Linux at all).
QKeySequence standardKey(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    return QKeySequence::keyBindings(key).isEmpty() ? fallback : QKeySequence(key);
}
} // namespace

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_workspace(new EditorWorkspace({}, this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePanel(m_stack))
    , m_documents(new QTabWidget(m_stack))
    , m_overview(new ProjectOverviewPanel(m_documents))
    , m_problemsModel(new ProblemsModel(this))
    , m_problemsPanel(new ProblemsPanel(m_problemsModel))
    , m_problemsDock(new QDockWidget(this))
    , m_stackDock(new QDockWidget(this))
    , m_localStack(new LocalStackPanel(m_stackDock))
    , m_deployDock(new QDockWidget(this))
    , m_lagoonBrowser(new LagoonBrowser(m_deployDock))
    , m_gitStatus(new GitStatusWidget(this))
    , m_projectLabel(new QLabel(this))
    , m_problemCounts(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/lagoon-desktop.svg")));
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->setDocumentMode(true);
    m_documents->addTab(m_overview, QIcon::fromTheme(QStringLiteral("project-development")), QString());
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_documents);
    setCentralWidget(m_stack);

    m_projectLabel->setObjectName(QStringLiteral("statusProject"));
    m_problemCounts->setObjectName(QStringLiteral("statusProblems"));
    statusBar()->addWidget(m_projectLabel, 1);
    statusBar()->addPermanentWidget(m_problemCounts);
    statusBar()->addPermanentWidget(m_gitStatus);

    createActions();
    m_deploy = new DeployController(this);
    m_deploy->setSessionSource([this] { return m_lagoonBrowser->session(); });
    createMenus();
    createDocks();

    connect(m_welcome, &WelcomePanel::openRequested, this, &MainWindow::chooseProject);
    connect(m_welcome, &WelcomePanel::recentProjectRequested, this, &MainWindow::openProject);
    connect(m_problemsModel, &ProblemsModel::countsChanged, this, &MainWindow::updateProblemCounts);
    connect(m_problemsPanel, &ProblemsPanel::problemActivated, this, &MainWindow::showSource);
    connect(m_workspace, &EditorWorkspace::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    connect(m_workspace, &EditorWorkspace::validated, this, [this](const Diagnostics &diagnostics) {
        m_problemsModel->setDiagnostics(ProjectProblems, diagnostics);
        Q_EMIT validated(int(diagnostics.size()));
    });
    connect(m_documents, &QTabWidget::currentChanged, this, [this] {
        const FileEditorPage *page = currentPage();
        m_saveAction->setEnabled(page && page->document()->isModified());
        m_undoAction->setEnabled(page && page->document()->textDocument()->isUndoAvailable());
        m_redoAction->setEnabled(page && page->document()->textDocument()->isRedoAvailable());
    });
    connect(m_settings, &Settings::changed, this, [this](const QString &key) {
        if (key == QLatin1String(SettingKeys::RecentProjects.name))
            updateRecentMenu();
    });

    retranslate();
    updateRecentMenu();
    restoreGeometry(m_settings->value(SettingKeys::MainWindowGeometry));
    restoreState(m_settings->value(SettingKeys::MainWindowState));
    if (m_settings->value(SettingKeys::MainWindowGeometry).isEmpty())
        resize(1180, 760);
    m_sinceRefresh.start();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open-folder")), QString(), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseProject);

    m_closeAction = new QAction(QIcon::fromTheme(QStringLiteral("document-close")), QString(), this);
    m_closeAction->setObjectName(QStringLiteral("actionClose"));
    m_closeAction->setShortcut(standardKey(QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W)));
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (confirmUnsaved())
            closeProject();
    });

    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), QString(), this);
    m_saveAction->setObjectName(QStringLiteral("actionSave"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (FileEditorPage *page = currentPage())
            page->save();
    });

    m_saveAllAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-all")), QString(), this);
    m_saveAllAction->setObjectName(QStringLiteral("actionSaveAll"));
    m_saveAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAllAction, &QAction::triggered, this, [this] { m_workspace->saveAll(); });

    // Undo and redo act on the file of the current tab, so an edit made in a form (where a
    // checkbox or a list has the focus) is undone like one made in the text.
    m_undoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), QString(), this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (FileEditorPage *page = currentPage())
            page->document()->textDocument()->undo();
    });
    m_redoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), QString(), this);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(standardKey(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (FileEditorPage *page = currentPage())
            page->document()->textDocument()->redo();
    });

    m_refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), QString(), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(standardKey(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_project)
            m_project->refresh();
    });

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(standardKey(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);

    m_preferencesAction = new QAction(QIcon::fromTheme(QStringLiteral("configure")), QString(), this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    // Ctrl+, is what KDE and most editors use.
    m_preferencesAction->setShortcut(standardKey(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_lagoonAccountsAction = new QAction(QIcon::fromTheme(QStringLiteral("im-user-online")), QString(), this);
    m_lagoonAccountsAction->setObjectName(QStringLiteral("actionLagoonAccounts"));
    m_lagoonAccountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_lagoonAccountsAction->setEnabled(false);
    connect(m_lagoonAccountsAction, &QAction::triggered, this, [this] {
        if (m_lagoonAccounts)
            m_lagoonAccounts->showAccounts();
    });

    m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), QString(), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_clearRecentAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-clear-history")), QString(), this);
    m_clearRecentAction->setObjectName(QStringLiteral("actionClearRecent"));
    connect(m_clearRecentAction, &QAction::triggered, this,
            [this] { m_settings->setValue(SettingKeys::RecentProjects, QStringList()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), QString());
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAllAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_refreshAction);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_navigator = new AreaNavigator(this, m_stack, {m_problemsDock, m_stackDock, m_deployDock, m_deploy->dock()});
    m_navigator->addTo(m_viewMenu);
    m_palette = new CommandPalette(this);
    // The docks' toolbars as they are when it opens (the current rollout, the signed-in pages).
    m_palette->setExtraActions(
        [this] { return CommandPalette::toolBarActions({m_stackDock, m_deployDock, m_deploy->dock()}); });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_palette->openAction());
    m_lagoonMenu = menuBar()->addMenu(QString());
    m_lagoonMenu->addAction(m_deploy->deployAction());
    m_lagoonMenu->addSeparator();
    m_lagoonMenu->addAction(m_lagoonAccountsAction);
    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_lagoonAccountsAction);
    m_settingsMenu->addAction(m_preferencesAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    // Deploy is the one click the product is about: it sits in sight, not only in a menu.
    m_mainToolBar = addToolBar(QString());
    m_mainToolBar->setObjectName(QStringLiteral("toolBarMain"));
    m_mainToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_mainToolBar->addAction(m_openAction);
    m_mainToolBar->addAction(m_saveAction);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_deploy->deployAction());
}

void MainWindow::createDocks()
{
    m_problemsDock->setObjectName(QStringLiteral("dockProblems"));
    m_problemsDock->setWidget(m_problemsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);

    m_stackDock->setObjectName(QStringLiteral("dockLocalStack"));
    m_stackDock->setWidget(m_localStack);
    connect(m_localStack, &LocalStackPanel::sourceRequested, this, &MainWindow::showSource);
    // Below the editor, next to the problems: the text and its form need the width.
    addDockWidget(Qt::BottomDockWidgetArea, m_stackDock);

    // The Lagoon browser lives here rather than in a tab: it is useful with no project open,
    // when the tabs are not shown, and a dock can be floated or enlarged while following a build.
    m_deployDock->setObjectName(QStringLiteral("dockDeployments"));
    m_deployDock->setWidget(m_lagoonBrowser);
    addDockWidget(Qt::BottomDockWidgetArea, m_deployDock);
    tabifyDockWidget(m_problemsDock, m_stackDock);
    tabifyDockWidget(m_stackDock, m_deployDock);
    // Rollouts open next to the browser that lists the builds, and come forward when one starts.
    tabifyDockWidget(m_deployDock, m_deploy->dock());
    connect(m_deploy, &DeployController::sourceRequested, this, &MainWindow::showSource);
    connect(m_lagoonBrowser, &LagoonBrowser::rolloutRequested, m_deploy, &DeployController::watch);
    connect(m_deploy, &DeployController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_problemsDock->raise();
    resizeDocks({m_problemsDock}, {190}, Qt::Vertical);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_lagoonMenu->setTitle(tr("&Lagoon"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Project…"));
    m_openAction->setStatusTip(tr("Open a folder that holds .lagoon.yml"));
    m_closeAction->setText(tr("&Close Project"));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setStatusTip(tr("Save the file in the current tab"));
    m_saveAllAction->setText(tr("Save A&ll"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_refreshAction->setText(tr("Re&fresh"));
    m_refreshAction->setStatusTip(tr("Read the project's files and git state again"));
    m_quitAction->setText(tr("&Quit"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_lagoonAccountsAction->setText(tr("Lagoon &Accounts…"));
    m_lagoonAccountsAction->setStatusTip(tr("Add Lagoon accounts, sign in and out"));
    m_aboutAction->setText(tr("&About Lagoon Desktop"));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_navigator->retranslate();
    m_documents->setTabText(m_documents->indexOf(m_overview), tr("Overview"));
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_stackDock->setWindowTitle(tr("Local Stack"));
    m_deployDock->setWindowTitle(tr("Deployments"));
    m_deploy->retranslate();
    m_mainToolBar->setWindowTitle(tr("Main Toolbar"));
    m_gitStatus->setAccessibleName(tr("Git status"));
    updateTabTitles();
    updateTitle();
    updateProblemCounts();
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->value(SettingKeys::RecentProjects);
    for (int i = 0; i < recent.size(); ++i) {
        const QString folder = recent.at(i);
        // &1..&9 give keyboard users a mnemonic for the first nine entries.
        const QString prefix = i < 9 ? QStringLiteral("&%1  ").arg(i + 1) : QStringLiteral("    ");
        QAction *action = m_recentMenu->addAction(prefix + QDir::toNativeSeparators(folder));
        connect(action, &QAction::triggered, this, [this, folder] { openProject(folder); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
    m_recentMenu->setEnabled(true);
    m_welcome->setRecentProjects(recent);
}

void MainWindow::updateTitle()
{
    const bool open = m_project && m_project->isLoaded();
    m_closeAction->setEnabled(open);
    m_refreshAction->setEnabled(open);
    if (open) {
        // Qt appends the application's display name ("— Lagoon Desktop").
        setWindowTitle(m_project->displayName());
        m_projectLabel->setText(QDir::toNativeSeparators(m_project->folder()));
    } else {
        setWindowTitle(QString());
        m_projectLabel->setText(m_project ? tr("Opening %1…").arg(QDir::toNativeSeparators(m_project->folder()))
                                          : tr("No project open"));
    }
}

void MainWindow::updateProblemCounts()
{
    const int errors = m_problemsModel->count(Diagnostic::Severity::Error);
    const int warnings = m_problemsModel->count(Diagnostic::Severity::Warning);
    m_problemCounts->setText(tr("%1, %2", "the status bar's error count, then its warning count")
                                 .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)));
    m_problemCounts->setVisible(m_project && m_project->isLoaded());
}

void MainWindow::openProject(const QString &path)
{
    QFileInfo info(path);
    // A .lagoon.yml or compose file stands for the folder it is in.
    const QString folder = info.isFile() ? info.absolutePath() : info.absoluteFilePath();

    if (!confirmUnsaved())
        return;
    closeProject();
    m_project = new Project(this);
    connect(m_project, &Project::loaded, this, &MainWindow::onProjectLoaded);
    connect(m_project, &Project::loadFailed, this, &MainWindow::onProjectFailed);
    connect(m_project, &Project::filesChanged, this, &MainWindow::onFilesChanged);
    connect(m_project, &Project::gitStateChanged, this, &MainWindow::onGitChanged);
    m_project->open(folder);
    updateTitle();
}

void MainWindow::closeProject()
{
    // The editor's widgets live in the tabs; the workspace deletes them with their documents.
    while (m_documents->count() > 1)
        m_documents->removeTab(1);
    m_workspace->close();
    if (m_project) {
        m_project->disconnect(this);
        m_project->deleteLater();
        m_project = nullptr;
    }
    m_problemsModel->setDiagnostics(ProjectProblems, {});
    // The stack's streams (events, logs) end with the project; its containers keep running.
    m_localStack->closeProject();
    m_deploy->setProject(nullptr);
    m_gitStatus->clear();
    m_stack->setCurrentWidget(m_welcome);
    updateTitle();
    updateProblemCounts();
}

void MainWindow::onProjectLoaded()
{
    m_settings->addRecentProject(m_project->folder());
    m_stack->setCurrentWidget(m_documents);
    openEditors();
    onFilesChanged();
    onGitChanged();
    m_localStack->setProjectFolder(m_project->folder());
    m_deploy->setProject(m_project);
    updateTitle();
    Q_EMIT projectLoaded(m_project->folder());
}

void MainWindow::onProjectFailed(const Error &error)
{
    const QString folder = m_project ? m_project->folder() : QString();
    closeProject();
    m_settings->removeRecentProject(folder);
    statusBar()->showMessage(error.message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the project"), error.message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("openFailedMessage"));
    box->open();
    Q_EMIT projectFailed(error.message);
}

void MainWindow::onFilesChanged()
{
    if (!m_project)
        return;
    m_overview->setProject(m_project->displayName(), m_project->files());
    // The project's own findings show at once; Lagoon's full rules replace them when they are done.
    m_problemsModel->setDiagnostics(ProjectProblems, m_project->files().problems);
    updateTitle();
    startValidation();
    // Compose runs the files on disk, so the stack follows saves, not keystrokes.
    m_localStack->reload();
}

void MainWindow::startValidation()
{
    if (!m_project || !m_project->files().file(ProjectFile::Role::LagoonYml) ||
        !m_project->files().file(ProjectFile::Role::LagoonYml)->exists)
        return;
    // The editor's texts stand in for the files, so what is shown is what is being edited.
    m_workspace->validation()->setFolder(m_project->folder());
    m_workspace->validation()->request();
}

void MainWindow::openEditors()
{
    const QList<FileEditorPage *> pages = m_workspace->open(m_project->files());
    for (FileEditorPage *page : pages) {
        m_documents->addTab(page, QIcon::fromTheme(QStringLiteral("text-x-generic")), QString());
        EditorDocument *document = page->document();
        connect(document, &EditorDocument::modificationChanged, this, [this, page](bool modified) {
            updateTabTitles();
            if (page == currentPage())
                m_saveAction->setEnabled(modified);
        });
        connect(document->textDocument(), &QTextDocument::undoAvailable, this, [this, page](bool available) {
            if (page == currentPage())
                m_undoAction->setEnabled(available);
        });
        connect(document->textDocument(), &QTextDocument::redoAvailable, this, [this, page](bool available) {
            if (page == currentPage())
                m_redoAction->setEnabled(available);
        });
        if (auto *compose = qobject_cast<ComposeForm *>(page->form())) {
            connect(m_workspace->serviceGraph(), &ServiceGraphView::serviceActivated, compose, [this, page, compose](const QString &name) {
                m_documents->setCurrentWidget(page);
                compose->selectService(name);
                const auto [line, column] = m_workspace->servicePosition(name);
                if (line > 0)
                    page->showPosition(line, column);
            });
        }
    }
    for (const QString &error : m_workspace->errors())
        statusBar()->showMessage(error, 10000);
    if (!pages.isEmpty()) {
        PlanPreviewPanel *plan = m_workspace->planPreview();
        m_documents->addTab(plan, QIcon::fromTheme(QStringLiteral("view-list-tree")), QString());
        connect(plan, &PlanPreviewPanel::sourceActivated, this, &MainWindow::showSource);
        m_documents->addTab(m_workspace->serviceGraph(), QIcon::fromTheme(QStringLiteral("distribute-graph")), QString());
    }
    updateTabTitles();
    offerRecovery();
}

void MainWindow::offerRecovery()
{
    const QList<RecoveredText> lost = m_workspace->recoverable();
    if (lost.isEmpty())
        return;
    QStringList names;
    for (const RecoveredText &text : lost)
        names << QDir(m_project->folder()).relativeFilePath(text.filePath);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore unsaved edits?"),
                                tr("Lagoon Desktop closed before your edits to %1 were saved. Restore them?")
                                    .arg(names.join(QStringLiteral(", "))),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("recoveryMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("recoveryRestore"));
    box->addButton(tr("&Discard"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("recoveryDiscard"));
    box->setDefaultButton(restore);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, restore, lost](QAbstractButton *button) {
        Q_UNUSED(box)
        if (button == restore)
            m_workspace->restore(lost);
        else
            m_workspace->discardRecovery(lost);
    });
    box->open();
}

FileEditorPage *MainWindow::currentPage() const
{
    return qobject_cast<FileEditorPage *>(m_documents->currentWidget());
}

void MainWindow::updateTabTitles()
{
    for (FileEditorPage *page : m_workspace->pages()) {
        const int index = m_documents->indexOf(page);
        if (index < 0)
            continue;
        const QString name = page->document()->fileName();
        // A dot after the name, as editors mark unsaved files.
        m_documents->setTabText(index, page->document()->isModified() ? name + QStringLiteral(" ●") : name);
        m_documents->setTabToolTip(index, QDir::toNativeSeparators(page->document()->filePath()));
    }
    for (int i = 0; i < m_documents->count(); ++i) {
        if (qobject_cast<PlanPreviewPanel *>(m_documents->widget(i)))
            m_documents->setTabText(i, tr("Deploy Plan"));
        else if (qobject_cast<ServiceGraphView *>(m_documents->widget(i)))
            m_documents->setTabText(i, tr("Services"));
    }
}

bool MainWindow::showSource(const QString &file, int line, int column)
{
    FileEditorPage *page = m_workspace->page(file);
    if (!page)
        return false;
    m_documents->setCurrentWidget(page);
    page->showPosition(line, column);
    return true;
}

bool MainWindow::confirmUnsaved()
{
    if (!m_workspace->hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("%1 has unsaved changes. Save them before closing the project?")
                        .arg(m_workspace->unsavedFiles().join(QStringLiteral(", "))),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedMessage"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return m_workspace->saveAll();
    case QMessageBox::Discard:
        m_workspace->discardUnsaved();
        return true;
    default:
        return false;
    }
}

void MainWindow::onGitChanged()
{
    if (!m_project)
        return;
    m_gitStatus->setState(m_project->gitState(), m_project->gitError());
    m_overview->setGitState(m_project->gitState(), m_project->gitError());
}

void MainWindow::chooseProject()
{
    auto *dialog = new QFileDialog(this, tr("Open Lagoon Project"));
    dialog->setObjectName(QStringLiteral("openProjectDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QStringList recent = m_settings->value(SettingKeys::RecentProjects);
    if (!recent.isEmpty())
        dialog->setDirectory(QFileInfo(recent.constFirst()).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openProject);
    dialog->open();
}

void MainWindow::setLagoonConnection(LagoonConnection *connection)
{
    delete m_lagoonAccounts;
    m_lagoonAccounts = connection ? new LagoonAccountsController(connection, m_lagoonBrowser, this) : nullptr;
    m_lagoonAccountsAction->setEnabled(connection != nullptr);
    m_deploy->setConnection(connection);
    if (!connection)
        m_lagoonBrowser->setSession(nullptr);
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Lagoon Desktop"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Lagoon Desktop %1</h3>"
                    "<p>Edit, validate, run and deploy projects hosted on Lagoon, "
                    "the open-source application delivery platform for Kubernetes.</p>"
                    "<p>Built with Qt %2.</p>")
                     .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    box->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_project && m_project->isLoaded()) {
        // Working-tree edits made in other programs are not all visible to folder watches
        // (in-place writes to files in watched folders); coming back to the window re-reads.
        if (m_sinceRefresh.elapsed() > MinRefreshIntervalMs) {
            m_sinceRefresh.restart();
            m_project->refresh();
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_hideOnClose && m_hideOnClose()) {
        // Unsaved edits stay in the hidden window; nothing has to be asked yet.
        m_settings->setValue(SettingKeys::MainWindowGeometry, saveGeometry());
        m_settings->setValue(SettingKeys::MainWindowState, saveState());
        event->ignore();
        hide();
        Q_EMIT hiddenToTray();
        return;
    }
    if (!confirmUnsaved()) {
        event->ignore();
        return;
    }
    m_settings->setValue(SettingKeys::MainWindowGeometry, saveGeometry());
    m_settings->setValue(SettingKeys::MainWindowState, saveState());
    m_settings->sync();
    event->accept();
}

void MainWindow::setHideOnClose(std::function<bool()> hideOnClose)
{
    m_hideOnClose = std::move(hideOnClose);
}

bool MainWindow::quit()
{
    m_quitting = true;
    const bool closed = close();
    m_quitting = false;
    return closed;
}

void MainWindow::showDeployment(const QString &accountId, const QString &project, const QString &environment,
                                const QString &buildName)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    m_deployDock->show();
    m_deployDock->raise();
    if (!m_deploymentJump) {
        m_deploymentJump = new LagoonDeploymentJump(m_lagoonBrowser, this);
        connect(m_deploymentJump, &LagoonDeploymentJump::failed, this, [this](const DeploymentRef &deployment) {
            statusBar()->showMessage(tr("Deployment %1 of %2 · %3 cannot be shown: Lagoon did not list it.")
                                         .arg(deployment.buildName, deployment.project, deployment.environment),
                                     10000);
        });
    }
    m_deploymentJump->start({accountId, project, environment, buildName});
    // The browser lists the build; its rollout page shows it live.
    m_deploy->showDeployment(accountId, project, environment, buildName);
}

bool MainWindow::isShowingDeployment(const DeploymentRef &deployment) const
{
    if (!isVisible() || !isActiveWindow())
        return false;
    if (m_deploy->isShowing(deployment.accountId, deployment.project, deployment.buildName))
        return true;
    if (m_deployDock->visibleRegion().isEmpty())
        return false;
    const LagoonSession *session = m_lagoonBrowser->session();
    if (!session || session->accountId() != deployment.accountId || m_lagoonBrowser->page() != LagoonBrowser::Page::Environment)
        return false;
    const LagoonEnvironmentPage *page = m_lagoonBrowser->environmentPage();
    if (page->environment().project != deployment.project || page->environment().name != deployment.environment ||
        page->tabs()->currentIndex() != LagoonEnvironmentPage::DeploymentsTab)
        return false;
    const QModelIndex current = page->deployments()->view()->currentIndex();
    return current.isValid() && current.data(LagoonDeploymentsModel::NameRole).toString() == deployment.buildName;
}

QString MainWindow::folderFromDrop(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QFileInfo info(url.toLocalFile());
    if (info.isDir())
        return info.absoluteFilePath();
    if (info.isFile())
        return info.absolutePath();
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!folderFromDrop(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString folder = folderFromDrop(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    openProject(folder);
}

} // namespace Lagoon
