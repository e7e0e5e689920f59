// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QPointer>
#include <QProcessEnvironment>
#include <QWidget>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/stack/composeresult.h"
#include "core/stack/dockerfinding.h"

class QAction;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace Lagoon {

class BadgeLabel;
class ComposeRunner;
class DockerClient;
class DockerDoctor;
class DockerDoctorView;
class LocalRollout;
class LocalStack;
class LocalStackModel;
class RolloutView;
class StackLogCollector;
class StackLogView;
class StackResourceMonitor;
class StackServicesView;

/**
 * The Local Stack dock: the project's compose services as Docker runs them (state, health,
 * addresses), the whole-stack and per-service commands, the services' logs, the local rollout and
 * — when Docker is not usable — the doctor's explanation and fix in place of the list, until
 * Docker answers again.
 *
 * The project is read from disk (the files compose runs), on a worker thread, whenever the
 * window says its files changed. Docker is reached as DOCKER_HOST in the panel's environment says.
 */
class LocalStackPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalStackPanel)

public:
    enum class Page { NoProject, Services, Doctor };

    explicit LocalStackPanel(QWidget *parent = nullptr);
    ~LocalStackPanel() override;

    /** DOCKER_HOST and PATH for the engine, compose and terminals; takes effect with the next project. */
    void setEnvironment(const QProcessEnvironment &environment);
    /** The compose project name to use; empty (the default): x-lagoon-project, else the folder's name. */
    void setComposeProjectName(const QString &name) { m_nameOverride = name; }

    /** Shows the stack of the project in `folder`, read on a worker thread (projectReady() then). */
    void setProjectFolder(const QString &folder);
    /** The project's files changed on disk: read them again (services may come or go). */
    void reload();
    /** Forgets the project: log streams and the event stream stop, a running command is stopped. */
    void closeProject();

    QString projectFolder() const { return m_folder; }
    Page page() const;
    LocalStack *stack() const { return m_stack; }
    StackResourceMonitor *resourceMonitor() const { return m_monitor; }
    LocalStackModel *model() const { return m_model; }
    StackServicesView *servicesView() const { return m_services; }
    StackLogView *logView() const { return m_logs; }
    RolloutView *rolloutView() const { return m_rollout; }
    DockerDoctorView *doctorView() const { return m_doctorView; }
    QPlainTextEdit *outputView() const { return m_output; }
    QTabWidget *tabs() const { return m_tabs; }
    /** The status line next to the toolbar ("Starting the stack…", a failure). */
    QString statusText() const;

    QAction *runLocallyAction() const { return m_runLocally; }
    QAction *upAction() const { return m_up; }
    QAction *downAction() const { return m_down; }
    QAction *restartAction() const { return m_restart; }
    QAction *rebuildAction() const { return m_rebuild; }
    QAction *cancelAction() const { return m_cancel; }

Q_SIGNALS:
    /** The project was read and its stack is being followed (or why not is shown). */
    void projectReady();
    void commandFinished(const Lagoon::ComposeResult &result);
    /** The doctor's diagnosis arrived (empty: Docker is usable). */
    void diagnosed(const Lagoon::DockerFindings &findings);
    /** A finding points into a project file. */
    void sourceRequested(const QString &file, int line, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void onProjectRead();
    void apply(const LoadedProject &project);
    void teardown();
    void applyDeferredProject();
    void runDoctor();
    void onDiagnosed(const DockerFindings &findings);
    void updatePage();
    void updateActions();
    void updateSummary();
    void updateBanner();
    void setStatus(const QString &text, int tone);
    void run(const ComposeCommand &command, bool showOutput);
    void onCommandFinished(const ComposeResult &result);
    void appendOutput(const QString &text, bool error);
    void runLocally();
    void showLogsOf(const QString &service);
    QStringList serviceNames() const;

    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_folder;
    QFutureWatcher<LoadedProject> m_reader;
    QString m_readingFolder;
    bool m_readAgain = false;
    LoadedProject m_project;
    std::optional<LoadedProject> m_deferredProject; // read while a command or rollout ran
    QString m_projectName;
    QString m_nameOverride;
    QString m_composeFile; ///< relative to the folder, for findings

    DockerClient *m_client = nullptr;
    LocalStack *m_stack = nullptr;
    StackResourceMonitor *m_monitor = nullptr;
    ComposeRunner *m_runner = nullptr;
    QPointer<LocalRollout> m_localRollout;
    StackLogCollector *m_collector;
    QPointer<DockerDoctor> m_doctor;
    bool m_diagnoseAgain = false;
    DockerFindings m_findings;
    bool m_daemonLost = false;
    QString m_problem; ///< why the project has no stack (no compose file, …), for the empty page

    LocalStackModel *m_model;
    QToolBar *m_toolbar;
    BadgeLabel *m_summary;
    QLabel *m_status;
    int m_statusTone = 0;
    QStackedWidget *m_pages;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    DockerDoctorView *m_doctorView;
    QWidget *m_servicesPage;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QSplitter *m_splitter;
    StackServicesView *m_services;
    QTabWidget *m_tabs;
    StackLogView *m_logs;
    RolloutView *m_rollout;
    QPlainTextEdit *m_output;

    QAction *m_runLocally = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_rebuild = nullptr;
    QAction *m_cancel = nullptr;
};

} // namespace Lagoon
