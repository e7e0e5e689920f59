// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoondeploymentspanel.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/remote/cache/lagooncache.h"
#include "core/remote/deploymentwatcher.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsession.h"
#include "widgets/lagoon/lagoonconfirmation.h"
#include "widgets/lagoon/lagoondeploymentsmodel.h"
#include "widgets/lagoon/lagoonitemdelegate.h"

namespace Lagoon {

LagoonDeploymentsPanel::LagoonDeploymentsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new LagoonDeploymentsModel(this))
    , m_deploy(new QAction(QIcon::fromTheme(QStringLiteral("cloud-upload")), QString(), this))
    , m_cancel(new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), QString(), this))
    , m_status(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTreeView)
    , m_logTitle(new QLabel)
    , m_log(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("lagoonDeploymentsPanel"));
    m_deploy->setObjectName(QStringLiteral("lagoonDeployLatest"));
    m_cancel->setObjectName(QStringLiteral("lagoonCancelDeployment"));
    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_deploy);
    toolbar->addAction(m_cancel);
    m_status->setObjectName(QStringLiteral("lagoonDeploymentsStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 8, 0);
    top->addWidget(toolbar);
    top->addStretch(1);
    top->addWidget(m_status);

    m_view->setObjectName(QStringLiteral("lagoonDeployments"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new LagoonItemDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    m_log->setObjectName(QStringLiteral("lagoonBuildLog"));
    m_log->setReadOnly(true);
    m_log->setUndoRedoEnabled(false);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logTitle->setObjectName(QStringLiteral("lagoonBuildLogTitle"));
    m_logTitle->setContentsMargins(6, 2, 6, 2);
    auto *logPane = new QWidget;
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(0);
    logLayout->addWidget(m_logTitle);
    logLayout->addWidget(m_log, 1);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(logPane);
    m_splitter->setChildrenCollapsible(false);
    // The list needs its columns whole; the log is for a glance (issue 7 brings a full viewer).
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LagoonDeploymentsPanel::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
            onSelectionChanged();
    });
    connect(m_deploy, &QAction::triggered, this, &LagoonDeploymentsPanel::deployLatest);
    connect(m_cancel, &QAction::triggered, this, &LagoonDeploymentsPanel::cancelSelected);
    // Running builds' durations grow while nothing else changes.
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });

    retranslate();
    updateActions();
}

LagoonDeploymentsPanel::~LagoonDeploymentsPanel() = default;

void LagoonDeploymentsPanel::setEnvironment(LagoonSession *session, const LagoonEnvironmentRef &environment)
{
    clear();
    m_session = session;
    m_environment = environment;
    if (!session || !environment.isValid())
        return;
    // What was known last time, at once; the watcher replaces it when Lagoon answers.
    if (const auto cached = session->cache()->read(LagoonCache::deploymentsKey(environment.id)); cached) {
        QList<LagoonDeployment> list;
        const QJsonArray array = cached->data.toArray();
        for (const QJsonValue &value : array) {
            if (auto deployment = LagoonDeployment::fromJson(value.toObject()))
                list << *deployment;
        }
        m_model->setDeployments(list);
        m_cachedAsOf = cached->fetchedAt;
    }
    m_watcher = new DeploymentWatcher(session->api(), session->subscriptions(), environment.id, this);
    connect(m_watcher, &DeploymentWatcher::deploymentChanged, this, &LagoonDeploymentsPanel::onDeploymentChanged);
    connect(m_watcher, &DeploymentWatcher::reconciled, this, &LagoonDeploymentsPanel::onReconciled);
    connect(m_watcher, &DeploymentWatcher::errorOccurred, this, [this](const Error &error) {
        if (m_session)
            m_session->noteFailure(error);
        Q_EMIT failed(error, m_watcher->isLoaded() ? QDateTime() : m_cachedAsOf);
    });
    m_watcher->start();
    m_clock.start();
    updateActions();
}

void LagoonDeploymentsPanel::clear()
{
    delete m_watcher;
    m_watcher = nullptr;
    m_clock.stop();
    m_model->setDeployments({});
    m_cachedAsOf = {};
    m_logShown.clear();
    m_log->clear();
    m_log->setPlaceholderText(tr("Select a finished build to read its log."));
    m_logTitle->clear();
    m_status->clear();
    m_environment = {};
    updateActions();
}

void LagoonDeploymentsPanel::refresh()
{
    if (!m_watcher)
        return;
    // Restarting re-runs the query and resubscribes; the list stays as it is meanwhile.
    m_watcher->stop();
    m_watcher->start();
}

bool LagoonDeploymentsPanel::selectDeployment(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void LagoonDeploymentsPanel::onDeploymentChanged(const QString &name)
{
    if (const auto deployment = m_watcher->deployment(name))
        m_model->updateDeployment(*deployment);
}

void LagoonDeploymentsPanel::onReconciled()
{
    // The watcher's list is the truth now; anything only the cache knew is gone from Lagoon.
    const QList<LagoonDeployment> deployments = m_watcher->deployments();
    if (!m_cachedAsOf.isNull()) {
        const QString current = selectedName();
        m_model->setDeployments(deployments);
        m_cachedAsOf = {};
        if (!current.isEmpty())
            selectDeployment(current);
    }
    QJsonArray json;
    for (const LagoonDeployment &deployment : deployments)
        json.append(deployment.toJson());
    if (m_session) {
        m_session->cache()->write(LagoonCache::deploymentsKey(m_environment.id), json);
        m_session->noteAnswer();
    }
    Q_EMIT answered();
}

QString LagoonDeploymentsPanel::selectedName() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(LagoonDeploymentsModel::NameRole).toString() : QString();
}

void LagoonDeploymentsPanel::onSelectionChanged()
{
    updateActions();
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_logTitle->clear();
        m_log->clear();
        m_logShown.clear();
        return;
    }
    const LagoonDeployment d = m_model->deployment(current.row());
    m_logTitle->setText(tr("Build log of %1").arg(d.name));
    if (!d.isFinished()) {
        m_logShown.clear();
        m_log->setPlainText(QString());
        m_log->setPlaceholderText(tr("The log of %1 can be read here when the build has finished.").arg(d.name));
        return;
    }
    if (m_logShown != d.name)
        showLogOf(d.name);
}

void LagoonDeploymentsPanel::showLogOf(const QString &name)
{
    if (!m_session)
        return;
    m_logShown = name;
    m_log->clear();
    m_log->setPlaceholderText(tr("Loading the log of %1…").arg(name));
    // Logs are fetched on demand and never cached: they are large and may print secrets.
    m_session->api()->run(QStringLiteral("DeploymentLog"),
                          {{QStringLiteral("project"), m_environment.project},
                           {QStringLiteral("environment"), m_environment.name},
                           {QStringLiteral("name"), name}},
                          this, [this, name](const Result<QJsonObject> &reply) {
                              if (m_logShown != name)
                                  return;
                              if (!reply) {
                                  m_logShown.clear();
                                  m_log->setPlaceholderText(tr("The log could not be loaded: %1").arg(reply.error().message));
                                  if (m_session)
                                      m_session->noteFailure(reply.error());
                                  Q_EMIT failed(reply.error(), {});
                                  return;
                              }
                              const QJsonValue log = reply->value(QStringLiteral("deploymentByName"))[QStringLiteral("buildLog")];
                              m_log->setPlaceholderText(tr("Lagoon has no log for %1.").arg(name));
                              m_log->setPlainText(log.toString());
                          });
}

void LagoonDeploymentsPanel::deployLatest()
{
    if (!m_session || !m_environment.isValid())
        return;
    const QString details = m_environment.isProduction()
        ? tr("This is the production environment. Lagoon builds the latest commit and replaces what runs now.")
        : tr("Lagoon builds the latest commit and replaces what runs now.");
    LagoonConfirmation::ask(this, tr("Deploy"), tr("Deploy %1 of %2 now?").arg(m_environment.name, m_environment.project),
                            details, tr("Deploy"), [this] {
                                m_status->setText(tr("Asking Lagoon to deploy…"));
                                m_session->api()->run(
                                    QStringLiteral("DeployEnvironmentLatest"),
                                    {{QStringLiteral("project"), m_environment.project}, {QStringLiteral("environment"), m_environment.name}},
                                    this, [this](const Result<QJsonObject> &reply) {
                                        if (!reply) {
                                            m_status->clear();
                                            Q_EMIT failed(reply.error(), {});
                                            return;
                                        }
                                        const QString answer = reply->value(QStringLiteral("deployEnvironmentLatest")).toString();
                                        m_status->setText(answer.startsWith(QLatin1String("lagoon-build-"))
                                                              ? tr("Started %1").arg(answer)
                                                              : answer);
                                    });
                            });
}

void LagoonDeploymentsPanel::cancelSelected()
{
    const QString name = selectedName();
    if (!m_session || name.isEmpty())
        return;
    LagoonConfirmation::ask(this, tr("Cancel build"), tr("Cancel %1?").arg(name),
                            tr("The build stops where it is; what it already changed stays."), tr("Cancel build"), [this, name] {
                                m_session->api()->run(QStringLiteral("CancelDeployment"),
                                                      {{QStringLiteral("project"), m_environment.project},
                                                       {QStringLiteral("environment"), m_environment.name},
                                                       {QStringLiteral("name"), name}},
                                                      this, [this](const Result<QJsonObject> &reply) {
                                                          if (!reply)
                                                              Q_EMIT failed(reply.error(), {});
                                                      });
                            });
}

void LagoonDeploymentsPanel::updateActions()
{
    m_deploy->setEnabled(m_session && m_environment.isValid());
    const QModelIndex current = m_view->currentIndex();
    m_cancel->setEnabled(m_session && current.isValid() && !current.data(LagoonDeploymentsModel::FinishedRole).toBool());
}

void LagoonDeploymentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LagoonDeploymentsPanel::retranslate()
{
    m_deploy->setText(tr("Deploy"));
    m_deploy->setToolTip(tr("Build and deploy the latest commit of this environment"));
    m_cancel->setText(tr("Cancel build"));
    m_cancel->setToolTip(tr("Cancel the selected build while it has not finished"));
    m_view->setAccessibleName(tr("Deployments"));
    m_log->setAccessibleName(tr("Build log"));
    if (!m_view->currentIndex().isValid())
        m_log->setPlaceholderText(tr("Select a finished build to read its log."));
}

} // namespace Lagoon
