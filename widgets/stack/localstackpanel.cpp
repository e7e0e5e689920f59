// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/stack/localstackpanel.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/stack/composecommand.h"
#include "core/stack/composeinvocation.h"
#include "core/stack/composerunner.h"
#include "core/stack/dockerclient.h"
#include "core/stack/dockerdoctor.h"
#include "core/stack/localrollout.h"
#include "core/stack/localstack.h"
#include "core/stack/stackresourcemonitor.h"
#include "widgets/common/badgelabel.h"
#include "widgets/rollout/rolloutview.h"
#include "widgets/stack/dockerdoctorview.h"
#include "widgets/stack/localstackmodel.h"
#include "widgets/stack/stackbadge.h"
#include "widgets/stack/stacklogcollector.h"
#include "widgets/stack/stacklogview.h"
#include "widgets/stack/stackservicesview.h"
#include "widgets/stack/terminallauncher.h"

namespace Lagoon {

namespace {

constexpr int MaxOutputLines = 5000;

// Problems that leave nothing to show: without an engine there is no list of services.
bool blocksEngine(const DockerFinding &finding)
{
    return finding.problem != DockerFinding::Problem::ComposeMissing &&
           finding.problem != DockerFinding::Problem::PortInUse;
}

QAction *makeAction(const QString &objectName, const QString &icon, QObject *parent)
{
    auto *action = new QAction(QIcon::fromTheme(icon), QString(), parent);
    action->setObjectName(objectName);
    return action;
}

} // namespace

LocalStackPanel::LocalStackPanel(QWidget *parent)
    : QWidget(parent)
    , m_collector(new StackLogCollector(this))
    , m_model(new LocalStackModel(this))
    , m_toolbar(new QToolBar(this))
    , m_summary(new BadgeLabel(this))
    , m_status(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyTitle(new QLabel)
    , m_emptyText(new QLabel)
    , m_doctorView(new DockerDoctorView)
    , m_servicesPage(new QWidget)
    , m_banner(new QWidget)
    , m_bannerText(new QLabel)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_services(new StackServicesView(m_model))
    , m_tabs(new QTabWidget)
    , m_logs(new StackLogView)
    , m_rollout(new RolloutView)
    , m_output(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("localStackPanel"));
    createActions();

    m_toolbar->setObjectName(QStringLiteral("stackToolbar"));
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_runLocally);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_up);
    m_toolbar->addAction(m_down);
    m_toolbar->addAction(m_restart);
    m_toolbar->addAction(m_rebuild);
    m_toolbar->addAction(m_cancel);
    // Run locally is what most people come for: it reads as the panel's main button.
    if (auto *button = qobject_cast<QToolButton *>(m_toolbar->widgetForAction(m_runLocally))) {
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
    }
    m_status->setObjectName(QStringLiteral("stackStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("stackSummary"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(2, 0, 8, 0);
    top->addWidget(m_toolbar);
    top->addStretch(1);
    top->addWidget(m_status);
    top->addSpacing(8);
    top->addWidget(m_summary);

    // No project (or nothing compose can run): an icon and a sentence.
    auto *empty = new QWidget;
    m_emptyTitle->setObjectName(QStringLiteral("stackEmptyTitle"));
    QFont titleFont = m_emptyTitle->font();
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setObjectName(QStringLiteral("stackEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyIcon = new QLabel;
    emptyIcon->setPixmap(QIcon::fromTheme(QStringLiteral("run-build")).pixmap(48, 48));
    emptyIcon->setAlignment(Qt::AlignCenter);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyIcon);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(2);

    // A finding that does not stop the list (a taken port, compose missing) sits above it.
    m_banner->setObjectName(QStringLiteral("stackBanner"));
    m_banner->setAutoFillBackground(true);
    m_bannerText->setObjectName(QStringLiteral("stackBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerIcon = new QLabel;
    bannerIcon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-warning")).pixmap(16, 16));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_output->setObjectName(QStringLiteral("stackOutput"));
    m_output->setReadOnly(true);
    m_output->setUndoRedoEnabled(false);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setMaximumBlockCount(MaxOutputLines);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setFrameShape(QFrame::NoFrame);
    m_tabs->setObjectName(QStringLiteral("stackTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_logs, QIcon::fromTheme(QStringLiteral("view-list-text")), QString());
    m_tabs->addTab(m_rollout, QIcon::fromTheme(QStringLiteral("run-build")), QString());
    m_tabs->addTab(m_output, QIcon::fromTheme(QStringLiteral("dialog-scripts")), QString());

    m_splitter->setObjectName(QStringLiteral("stackSplitter"));
    m_splitter->addWidget(m_services);
    m_splitter->addWidget(m_tabs);
    // The list needs its badges, addresses and usage whole; the logs take the rest.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({720, 480});
    m_splitter->setChildrenCollapsible(false);

    auto *servicesLayout = new QVBoxLayout(m_servicesPage);
    servicesLayout->setContentsMargins(0, 0, 0, 0);
    servicesLayout->setSpacing(0);
    servicesLayout->addWidget(m_banner);
    servicesLayout->addWidget(m_splitter, 1);

    m_pages->addWidget(empty);
    m_pages->addWidget(m_servicesPage);
    m_pages->addWidget(m_doctorView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(&m_reader, &QFutureWatcher<LoadedProject>::finished, this, &LocalStackPanel::onProjectRead);
    connect(m_collector, &StackLogCollector::linesReceived, m_logs, &StackLogView::appendLines);
    connect(m_services, &StackServicesView::commandRequested, this, &LocalStackPanel::run);
    connect(m_services, &StackServicesView::logsRequested, this, &LocalStackPanel::showLogsOf);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        // Usage changes every second and says nothing the summary counts.
        if (from.column() != LocalStackModel::UsageColumn || to.column() != LocalStackModel::UsageColumn)
            updateSummary();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LocalStackPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LocalStackPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LocalStackPanel::updateSummary);
    connect(m_doctorView, &DockerDoctorView::recheckRequested, this, [this] {
        runDoctor();
        if (m_stack)
            m_stack->resync();
    });
    connect(m_doctorView, &DockerDoctorView::sourceRequested, this, &LocalStackPanel::sourceRequested);
    connect(m_rollout, &RolloutView::cancelRequested, this, [this] {
        if (m_localRollout)
            m_localRollout->cancel();
    });

    retranslate();
    updatePage();
    updateActions();
    updateSummary();
}

LocalStackPanel::~LocalStackPanel()
{
    // A read still running keeps its own copies and ends unheard: nothing to wait for.
    teardown();
}

void LocalStackPanel::createActions()
{
    m_runLocally = makeAction(QStringLiteral("stackRunLocally"), QStringLiteral("run-build"), this);
    m_up = makeAction(QStringLiteral("stackUp"), QStringLiteral("media-playback-start"), this);
    m_down = makeAction(QStringLiteral("stackDown"), QStringLiteral("media-playback-stop"), this);
    m_restart = makeAction(QStringLiteral("stackRestart"), QStringLiteral("view-refresh"), this);
    m_rebuild = makeAction(QStringLiteral("stackRebuild"), QStringLiteral("run-build-clean"), this);
    m_cancel = makeAction(QStringLiteral("stackCancel"), QStringLiteral("process-stop"), this);

    connect(m_runLocally, &QAction::triggered, this, &LocalStackPanel::runLocally);
    connect(m_up, &QAction::triggered, this, [this] { run(ComposeCommand::up(), true); });
    connect(m_down, &QAction::triggered, this, [this] { run(ComposeCommand::down(), true); });
    connect(m_restart, &QAction::triggered, this, [this] { run(ComposeCommand::restart(), true); });
    connect(m_rebuild, &QAction::triggered, this, [this] { run(ComposeCommand::rebuild(serviceNames()), true); });
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (m_localRollout && m_localRollout->isRunning())
            m_localRollout->cancel();
        else if (m_runner)
            m_runner->cancel();
    });
}

void LocalStackPanel::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    m_services->setEnvironment(environment);
}

void LocalStackPanel::setProjectFolder(const QString &folder)
{
    if (folder != m_folder)
        closeProject();
    m_folder = folder;
    reload();
}

void LocalStackPanel::reload()
{
    if (m_folder.isEmpty())
        return;
    if (m_reader.isRunning()) {
        m_readAgain = true;
        return;
    }
    const QString folder = m_folder;
    m_readingFolder = folder;
    m_reader.setFuture(QtConcurrent::run([folder] { return LagoonProjectLoader::load(folder); }));
}

void LocalStackPanel::onProjectRead()
{
    const LoadedProject project = m_reader.result();
    if (m_readAgain) {
        m_readAgain = false;
        reload();
        return;
    }
    // The folder changed (or closed) while it was read: this result is someone else's.
    if (m_readingFolder != m_folder)
        return;
    apply(project);
    Q_EMIT projectReady();
}

void LocalStackPanel::apply(const LoadedProject &project)
{
    if ((m_runner && m_runner->isRunning()) || (m_localRollout && m_localRollout->isRunning())) {
        // A file saved during a build must not end compose (killed, it leaves the stack half
        // done) or the rollout the user is watching: the new file counts once they are over.
        m_deferredProject = project;
        setStatus(tr("The project's files changed; they are read again when this run is over."),
                  int(Badge::Tone::Neutral));
        return;
    }
    m_deferredProject.reset();
    m_project = project;
    Result<ComposeInvocation> invocation = ComposeInvocation::forProject(project);
    if (!invocation || !project.composeLoaded) {
        teardown();
        m_problem = invocation ? tr("The compose file could not be read; the Problems list says why.")
                               : invocation.error().message;
        updatePage();
        return;
    }
    if (!m_nameOverride.isEmpty())
        invocation->projectName = m_nameOverride;
    invocation->environment = m_environment;
    m_composeFile = QDir(project.root).relativeFilePath(invocation->composeFile);
    m_problem.clear();

    if (m_stack && m_projectName == invocation->projectName) {
        // The same stack with a changed file: services may have come or gone.
        m_stack->setComposeProject(project.compose);
        m_runner->setInvocation(*invocation);
    } else {
        teardown();
        m_projectName = invocation->projectName;
        const Result<DockerEndpoint> endpoint = DockerEndpoint::fromEnvironment(m_environment);
        // An endpoint we cannot use leaves no stack; the doctor explains DOCKER_HOST.
        if (endpoint) {
            m_client = new DockerClient(*endpoint, this);
            m_stack = new LocalStack(m_client, m_projectName, project.compose, this);
            m_monitor = new StackResourceMonitor(m_client, m_stack, this);
            m_model->setStack(m_stack);
            m_model->setResourceMonitor(m_monitor);
            m_collector->setStack(m_stack, m_client);
            connect(m_stack, &LocalStack::daemonAvailabilityChanged, this, [this](bool available) {
                m_daemonLost = !available;
                updatePage();
                updateActions();
                // Back: the list returns at once; compose and the ports are checked again quietly.
                if (!available || !m_findings.isEmpty())
                    runDoctor();
            });
            connect(m_stack, &LocalStack::stackChanged, this, [this] { m_logs->setServices(serviceNames()); });
            m_stack->start();
        }
        m_runner = new ComposeRunner(*invocation, this);
        connect(m_runner, &ComposeRunner::invocationStarted, this, [this](const QStringList &commandLine) {
            appendOutput(QStringLiteral("$ ") + TerminalLauncher::quoted(commandLine), false);
        });
        connect(m_runner, &ComposeRunner::outputLine, this, [this](const ComposeOutputLine &line) {
            appendOutput(line.text, line.channel == ComposeOutputLine::Channel::StandardError);
        });
        connect(m_runner, &ComposeRunner::finished, this, &LocalStackPanel::onCommandFinished);
        runDoctor();
    }
    m_logs->setServices(serviceNames());
    updatePage();
    updateActions();
    updateSummary();
}

void LocalStackPanel::closeProject()
{
    m_folder.clear();
    m_project = LoadedProject();
    m_problem.clear();
    teardown();
    m_logs->clear();
    m_logs->setServices({});
    m_output->clear();
    setStatus({}, 0);
    updatePage();
    updateActions();
    updateSummary();
}

void LocalStackPanel::teardown()
{
    // Streams first, then the stack, then the client they all talk through.
    m_collector->setStack(nullptr, nullptr);
    m_model->setResourceMonitor(nullptr);
    delete m_monitor;
    m_monitor = nullptr;
    m_model->setStack(nullptr);
    if (m_localRollout) {
        m_localRollout->disconnect(this);
        m_rollout->setRollout(nullptr);
        delete m_localRollout;
    }
    delete m_doctor;
    delete m_runner;
    m_runner = nullptr;
    delete m_stack;
    m_stack = nullptr;
    delete m_client;
    m_client = nullptr;
    m_projectName.clear();
    m_findings.clear();
    m_daemonLost = false;
    m_diagnoseAgain = false;
    m_doctorView->setChecking(false);
    updateBanner();
}

LocalStackPanel::Page LocalStackPanel::page() const
{
    if (m_pages->currentWidget() == m_doctorView)
        return Page::Doctor;
    if (m_pages->currentWidget() == m_servicesPage)
        return Page::Services;
    return Page::NoProject;
}

void LocalStackPanel::runDoctor()
{
    if (m_folder.isEmpty())
        return;
    if (m_doctor) {
        m_diagnoseAgain = true;
        return;
    }
    m_doctor = new DockerDoctor(m_environment, this);
    if (m_project.composeLoaded)
        m_doctor->setComposeProject(m_project.compose, m_projectName, m_composeFile);
    connect(m_doctor, &DockerDoctor::finished, this, &LocalStackPanel::onDiagnosed);
    m_doctorView->setChecking(true);
    m_doctor->start();
}

void LocalStackPanel::onDiagnosed(const DockerFindings &findings)
{
    if (m_doctor) {
        if (m_runner && m_doctor->composeTool())
            m_runner->setTool(*m_doctor->composeTool());
        m_doctor->deleteLater();
        m_doctor = nullptr;
    }
    m_doctorView->setChecking(false);
    m_findings = findings;
    if (m_diagnoseAgain) {
        m_diagnoseAgain = false;
        runDoctor();
    }
    updatePage();
    updateBanner();
    updateActions();
    Q_EMIT diagnosed(findings);
}

void LocalStackPanel::updatePage()
{
    if (m_folder.isEmpty() || !m_problem.isEmpty()) {
        m_pages->setCurrentIndex(0);
        retranslate();
        return;
    }
    bool engineProblem = false;
    DockerFindings shown;
    for (const DockerFinding &finding : std::as_const(m_findings)) {
        if (blocksEngine(finding))
            engineProblem = true;
    }
    const bool available = m_stack && m_stack->isDaemonAvailable();
    // The stack's own word wins: it hears the engine come and go; the doctor only explains.
    const bool showDoctor = !available && (m_daemonLost || engineProblem || !m_client);
    if (showDoctor) {
        shown = m_findings;
        if (!engineProblem && m_stack && m_stack->daemonError()) {
            // The doctor has not caught up yet (or saw the engine an instant before it went).
            shown.prepend(DockerDoctor::engineFinding(m_client->endpoint(), *m_stack->daemonError()));
        }
        // Rebuilt only when it says something new, so a text being selected is not lost.
        const auto signature = [](const DockerFindings &list) {
            QStringList parts;
            for (const DockerFinding &finding : list)
                parts << finding.id() << finding.explanation << finding.fix;
            return parts;
        };
        if (signature(m_doctorView->findings()) != signature(shown))
            m_doctorView->setFindings(shown);
        m_pages->setCurrentWidget(m_doctorView);
    } else {
        m_pages->setCurrentWidget(m_servicesPage);
    }
    updateSummary();
}

void LocalStackPanel::updateBanner()
{
    QStringList lines;
    for (const DockerFinding &finding : std::as_const(m_findings)) {
        if (blocksEngine(finding))
            continue;
        lines << QStringLiteral("<b>%1</b> %2 %3")
                     .arg(finding.summary.toHtmlEscaped(), finding.explanation.toHtmlEscaped(),
                          finding.fix.toHtmlEscaped());
    }
    m_bannerText->setText(lines.join(QStringLiteral("<br>")));
    m_banner->setVisible(!lines.isEmpty());
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, Badge::fill(Badge::Tone::Warning, this->palette()));
    m_banner->setPalette(palette);
}

QStringList LocalStackPanel::serviceNames() const
{
    QStringList names;
    for (const StackService &service : m_model->services()) {
        if (service.inComposeFile)
            names << service.name;
    }
    return names;
}

void LocalStackPanel::updateActions()
{
    const bool usable = m_runner && m_stack && m_stack->isDaemonAvailable();
    const bool rolling = m_localRollout && m_localRollout->isRunning();
    const bool busy = (m_runner && m_runner->isRunning()) || rolling;
    for (QAction *action : {m_runLocally, m_up, m_down, m_restart, m_rebuild})
        action->setEnabled(usable && !busy);
    m_rebuild->setEnabled(m_rebuild->isEnabled() && !serviceNames().isEmpty());
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_services->setCommandsEnabled(usable && !busy);
}

void LocalStackPanel::updateSummary()
{
    const QList<StackService> services = m_model->services();
    if (services.isEmpty() || page() != Page::Services) {
        m_summary->hide();
        return;
    }
    int running = 0;
    int troubled = 0;
    for (const StackService &service : services) {
        if (service.isRunning())
            ++running;
        if (StackBadge::forState(service).tone == Badge::Tone::Bad ||
            StackBadge::forHealth(service).tone == Badge::Tone::Bad)
            ++troubled;
    }
    const int total = int(services.size());
    if (troubled > 0)
        m_summary->setBadge(
            {Badge::Tone::Bad, tr("%n service(s) failing", nullptr, troubled), QStringLiteral("state-error"), {}});
    else if (running > 0)
        m_summary->setBadge(
            {Badge::Tone::Good, tr("%1 of %n running", nullptr, total).arg(running), QStringLiteral("state-ok"), {}});
    else
        m_summary->setBadge({Badge::Tone::Neutral, tr("Stopped"), QStringLiteral("state-offline"), {}});
    m_summary->show();
}

void LocalStackPanel::setStatus(const QString &text, int tone)
{
    m_status->setText(text);
    m_statusTone = tone;
    // Coloured from the panel's palette, so it is set again when the colour scheme changes.
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, tone == 0 ? this->palette().color(QPalette::PlaceholderText)
                                                     : Badge::colour(Badge::Tone(tone), this->palette()));
    m_status->setPalette(palette);
}

QString LocalStackPanel::statusText() const
{
    return m_status->text();
}

void LocalStackPanel::run(const ComposeCommand &command, bool showOutput)
{
    if (!m_runner || m_runner->isRunning())
        return;
    m_output->clear();
    if (showOutput)
        m_tabs->setCurrentWidget(m_output);
    if (!m_runner->run(command))
        return;
    setStatus(command.description() + QStringLiteral("…"), int(Badge::Tone::Busy));
    updateActions();
}

void LocalStackPanel::applyDeferredProject()
{
    // From the event loop: the runner or rollout that just finished may be torn down by it.
    QTimer::singleShot(0, this, [this] {
        if (m_deferredProject)
            apply(*m_deferredProject);
    });
}

void LocalStackPanel::onCommandFinished(const ComposeResult &result)
{
    applyDeferredProject();
    const double seconds = double(result.elapsed.count()) / 1000.0;
    if (result.succeeded()) {
        setStatus(tr("%1: done in %2 s").arg(result.command.description(), QLocale().toString(seconds, 'f', 1)), 0);
    } else if (result.status == ComposeResult::Status::Cancelled) {
        setStatus(tr("%1: cancelled").arg(result.command.description()), int(Badge::Tone::Warning));
    } else {
        setStatus(result.message, int(Badge::Tone::Bad));
        if (!result.message.isEmpty())
            appendOutput(result.message, true);
        m_tabs->setCurrentWidget(m_output);
        // Compose missing is the doctor's to explain, with the fix.
        if (result.status == ComposeResult::Status::NotInstalled)
            runDoctor();
    }
    updateActions();
    Q_EMIT commandFinished(result);
}

void LocalStackPanel::appendOutput(const QString &text, bool error)
{
    QScrollBar *bar = m_output->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    QTextCharFormat format;
    format.setForeground(error ? Badge::colour(Badge::Tone::Bad, palette()) : palette().color(QPalette::Text));
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_output->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(text, format);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void LocalStackPanel::showLogsOf(const QString &service)
{
    if (service.isEmpty())
        return;
    m_logs->setCurrentService(service);
    m_tabs->setCurrentWidget(m_logs);
}

void LocalStackPanel::runLocally()
{
    if (!m_client || m_folder.isEmpty() || (m_localRollout && m_localRollout->isRunning()))
        return;
    if (m_localRollout) {
        m_rollout->setRollout(nullptr);
        m_localRollout->deleteLater();
    }
    LocalRolloutOptions options;
    options.environment = m_environment;
    options.projectName = m_projectName;
    m_localRollout = new LocalRollout(m_client, m_folder, options, this);
    if (m_runner && m_runner->tool())
        m_localRollout->setComposeTool(*m_runner->tool());
    connect(m_localRollout, &LocalRollout::finished, this, [this](RolloutState state) {
        applyDeferredProject();
        const Rollout *rollout = m_localRollout ? m_localRollout->rollout() : nullptr;
        const QString time = rollout ? QLocale().toString(double(rollout->record().duration().count()) / 1000.0, 'f', 1)
                                     : QString();
        switch (state) {
        case RolloutState::Succeeded:
            setStatus(tr("Ran locally in %1 s").arg(time), int(Badge::Tone::Good));
            break;
        case RolloutState::Cancelled:
            setStatus(tr("Local rollout cancelled"), int(Badge::Tone::Warning));
            break;
        default:
            setStatus(rollout && !rollout->message().isEmpty() ? rollout->message() : tr("The local rollout failed"),
                      int(Badge::Tone::Bad));
            break;
        }
        m_rollout->setCancellable(false);
        updateActions();
    });
    m_rollout->setRollout(m_localRollout->rollout());
    m_rollout->setCancellable(true);
    m_tabs->setCurrentWidget(m_rollout);
    setStatus(tr("Running locally…"), int(Badge::Tone::Busy));
    m_localRollout->start();
    updateActions();
}

void LocalStackPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        updateBanner();
        setStatus(m_status->text(), m_statusTone);
    }
    QWidget::changeEvent(event);
}

void LocalStackPanel::retranslate()
{
    m_runLocally->setText(tr("Run Locally"));
    m_runLocally->setToolTip(tr("Run the project like Lagoon: validate, build, start, wait until healthy, then run "
                                "the post-rollout tasks of .lagoon.yml"));
    m_up->setText(tr("Up"));
    m_up->setToolTip(tr("Create and start every service (docker compose up -d)"));
    m_down->setText(tr("Down"));
    m_down->setToolTip(tr("Stop and remove the services' containers and networks; volumes stay"));
    m_restart->setText(tr("Restart"));
    m_restart->setToolTip(tr("Restart every service"));
    m_rebuild->setText(tr("Rebuild"));
    m_rebuild->setToolTip(tr("Build the images again and replace the containers"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the command or rollout that is running"));
    m_output->setAccessibleName(tr("Compose output"));
    m_tabs->setTabText(m_tabs->indexOf(m_logs), tr("Logs"));
    m_tabs->setTabText(m_tabs->indexOf(m_rollout), tr("Rollout"));
    m_tabs->setTabText(m_tabs->indexOf(m_output), tr("Output"));
    if (m_folder.isEmpty()) {
        m_emptyTitle->setText(tr("No project open"));
        m_emptyText->setText(tr("Open a project to run its services on this machine's Docker, the way Lagoon runs "
                                "them."));
    } else {
        m_emptyTitle->setText(tr("Nothing to run"));
        m_emptyText->setText(m_problem);
    }
}

} // namespace Lagoon
