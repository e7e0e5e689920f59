// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/stack/stackservicesview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/stack/composetoolfinder.h"
#include "widgets/stack/localstackmodel.h"
#include "widgets/stack/shellcommanddialog.h"
#include "widgets/stack/stackservicedelegate.h"
#include "widgets/stack/terminallauncher.h"

namespace Lagoon {

namespace {

QAction *makeAction(const QString &objectName, const QString &icon, QObject *parent)
{
    auto *action = new QAction(QIcon::fromTheme(icon), QString(), parent);
    action->setObjectName(objectName);
    return action;
}

} // namespace

StackServicesView::StackServicesView(LocalStackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_delegate(new StackServiceDelegate(this))
    , m_start(makeAction(QStringLiteral("serviceStart"), QStringLiteral("media-playback-start"), this))
    , m_stop(makeAction(QStringLiteral("serviceStop"), QStringLiteral("media-playback-stop"), this))
    , m_restart(makeAction(QStringLiteral("serviceRestart"), QStringLiteral("view-refresh"), this))
    , m_rebuild(makeAction(QStringLiteral("serviceRebuild"), QStringLiteral("run-build-clean"), this))
    , m_shell(makeAction(QStringLiteral("serviceShell"), QStringLiteral("dialog-scripts"), this))
    , m_logs(makeAction(QStringLiteral("serviceLogs"), QStringLiteral("view-list-text"), this))
{
    setObjectName(QStringLiteral("stackServicesView"));
    m_view->setObjectName(QStringLiteral("stackServices"));
    m_view->setModel(model);
    m_view->setItemDelegate(m_delegate);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    // The delegate hears the mouse move over addresses only with tracking on.
    m_view->setMouseTracking(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The image name is the least needed and the longest: it takes what is left, elided.
    header->setSectionResizeMode(LocalStackModel::ImageColumn, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideMiddle);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 2, 2);
    bar->setSpacing(1);
    bar->addWidget(m_title);
    bar->addStretch(1);
    for (QAction *action : {m_start, m_stop, m_restart, m_rebuild, m_shell, m_logs}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setIconSize(QSize(16, 16));
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        bar->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_start, &QAction::triggered, this, [this] { request(ComposeCommand::Action::Start); });
    connect(m_stop, &QAction::triggered, this, [this] { request(ComposeCommand::Action::Stop); });
    connect(m_restart, &QAction::triggered, this, [this] { request(ComposeCommand::Action::Restart); });
    connect(m_rebuild, &QAction::triggered, this, [this] { request(ComposeCommand::Action::Rebuild); });
    connect(m_shell, &QAction::triggered, this, [this] { openShell(selectedService()); });
    connect(m_logs, &QAction::triggered, this, [this] { Q_EMIT logsRequested(selectedService()); });
    connect(m_delegate, &StackServiceDelegate::urlActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_delegate, &StackServiceDelegate::urlHovered, this, [this](const QUrl &url) {
        if (url.isValid())
            m_view->viewport()->setCursor(Qt::PointingHandCursor);
        else
            m_view->viewport()->unsetCursor();
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &StackServicesView::showContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT logsRequested(index.data(LocalStackModel::ServiceNameRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StackServicesView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StackServicesView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StackServicesView::updateActions);
    retranslate();
    updateActions();
}

StackServicesView::~StackServicesView() = default;

void StackServicesView::setCommandsEnabled(bool enabled)
{
    m_commandsEnabled = enabled;
    updateActions();
}

QString StackServicesView::selectedService() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(LocalStackModel::ServiceNameRole).toString() : QString();
}

void StackServicesView::selectService(const QString &service)
{
    const int row = m_model->rowOf(service);
    m_view->setCurrentIndex(row < 0 ? QModelIndex() : m_model->index(row, 0));
}

void StackServicesView::updateActions()
{
    const StackService service = m_model->serviceAt(m_model->rowOf(selectedService()));
    const bool selected = !service.name.isEmpty();
    const bool can = m_commandsEnabled && selected && service.inComposeFile;
    m_start->setEnabled(can && !service.isRunning());
    m_stop->setEnabled(can && service.isRunning());
    m_restart->setEnabled(can && service.hasContainer());
    m_rebuild->setEnabled(can);
    m_shell->setEnabled(selected && service.isRunning());
    m_logs->setEnabled(selected);
}

void StackServicesView::request(ComposeCommand::Action action)
{
    const QString name = selectedService();
    if (name.isEmpty())
        return;
    switch (action) {
    case ComposeCommand::Action::Start:
        // `start` needs a container; a service that has none yet is created by `up`.
        if (m_model->serviceAt(m_model->rowOf(name)).hasContainer())
            Q_EMIT commandRequested(ComposeCommand::start({name}), false);
        else
            Q_EMIT commandRequested(ComposeCommand::up({name}), false);
        break;
    case ComposeCommand::Action::Stop:
        Q_EMIT commandRequested(ComposeCommand::stop({name}), false);
        break;
    case ComposeCommand::Action::Restart:
        Q_EMIT commandRequested(ComposeCommand::restart({name}), false);
        break;
    case ComposeCommand::Action::Rebuild:
        Q_EMIT commandRequested(ComposeCommand::rebuild({name}), true);
        break;
    default:
        break;
    }
}

bool StackServicesView::openShell(const QString &name)
{
    const StackService service = m_model->serviceAt(m_model->rowOf(name));
    if (!service.isRunning())
        return false;
    const QStringList command = TerminalLauncher::shellCommand(service.containerName);
    // The terminal's docker must reach the same engine: it inherits DOCKER_HOST from m_environment.
    const QString docker = ComposeToolFinder::findInPath(QStringLiteral("docker"), m_environment);
    if (!docker.isEmpty()) {
        QStringList resolved = command;
        resolved[0] = docker;
        if (TerminalLauncher(m_environment).open(resolved))
            return true;
    }
    auto *dialog = new ShellCommandDialog(name, TerminalLauncher::quoted(command), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return false;
}

QMenu *StackServicesView::serviceMenu(const QString &name, QWidget *parent)
{
    selectService(name);
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("serviceMenu"));
    menu->addActions({m_start, m_stop, m_restart, m_rebuild});
    menu->addSeparator();
    menu->addActions({m_shell, m_logs});
    const StackService service = m_model->serviceAt(m_model->rowOf(name));
    bool separated = false;
    for (const StackPort &port : service.ports) {
        if (!port.url.isValid())
            continue;
        if (!separated) {
            menu->addSeparator();
            separated = true;
        }
        const QUrl url = port.url;
        QAction *open = menu->addAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")),
                                        tr("Open %1").arg(url.toString()));
        connect(open, &QAction::triggered, this, [url] { QDesktopServices::openUrl(url); });
    }
    if (service.hasContainer()) {
        menu->addSeparator();
        const QString container = service.containerName;
        QAction *copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy Container Name"));
        connect(copy, &QAction::triggered, this, [container] { QApplication::clipboard()->setText(container); });
    }
    return menu;
}

void StackServicesView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu *menu = serviceMenu(index.data(LocalStackModel::ServiceNameRole).toString(), this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void StackServicesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StackServicesView::retranslate()
{
    m_title->setText(tr("Services"));
    m_view->setAccessibleName(tr("Services"));
    m_start->setText(tr("Start"));
    m_start->setToolTip(tr("Start the selected service"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop the selected service"));
    m_restart->setText(tr("Restart"));
    m_restart->setToolTip(tr("Restart the selected service"));
    m_rebuild->setText(tr("Rebuild"));
    m_rebuild->setToolTip(tr("Build the selected service's image again and replace its container"));
    m_shell->setText(tr("Open a Shell"));
    m_shell->setToolTip(tr("Open a terminal with a shell in the selected service's container"));
    m_logs->setText(tr("Show Logs"));
    m_logs->setToolTip(tr("Show only the selected service's logs"));
}

} // namespace Lagoon
