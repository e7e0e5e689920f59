// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonenvironmentpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "widgets/common/badgelabel.h"
#include "widgets/lagoon/lagoonbadge.h"
#include "widgets/lagoon/lagoondeploymentspanel.h"
#include "widgets/lagoon/lagoonenvironmentsmodel.h"
#include "widgets/lagoon/lagoonformat.h"
#include "widgets/lagoon/lagoonruntaskpanel.h"
#include "widgets/lagoon/lagoontasksmodel.h"
#include "widgets/lagoon/lagoontaskspanel.h"
#include "widgets/lagoon/lagoonvariablespanel.h"

namespace Lagoon {

LagoonEnvironmentPage::LagoonEnvironmentPage(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_type(new BadgeLabel(this))
    , m_deployType(new QLabel(this))
    , m_routes(new QLabel(this))
    , m_namespace(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_deployments(new LagoonDeploymentsPanel)
    , m_tasks(new LagoonTasksPanel)
    , m_variables(new LagoonVariablesPanel)
    , m_runTask(new LagoonRunTaskPanel)
{
    setObjectName(QStringLiteral("lagoonEnvironmentPage"));
    m_back->setObjectName(QStringLiteral("lagoonBack"));
    m_back->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_title->setObjectName(QStringLiteral("lagoonEnvironmentTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_type->setObjectName(QStringLiteral("lagoonEnvironmentType"));
    m_deployType->setObjectName(QStringLiteral("lagoonEnvironmentDeployType"));
    m_deployType->setForegroundRole(QPalette::PlaceholderText);
    m_routes->setObjectName(QStringLiteral("lagoonEnvironmentRoutes"));
    m_routes->setTextFormat(Qt::RichText);
    m_routes->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_routes->setWordWrap(true);
    m_namespace->setObjectName(QStringLiteral("lagoonEnvironmentNamespace"));
    m_namespace->setForegroundRole(QPalette::PlaceholderText);
    m_namespace->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_back);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_type);
    titleRow->addWidget(m_deployType);
    titleRow->addStretch(1);
    titleRow->addWidget(m_namespace);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(4, 4, 8, 4);
    header->setSpacing(2);
    header->addLayout(titleRow);
    header->addWidget(m_routes);

    m_tabs->setObjectName(QStringLiteral("lagoonEnvironmentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_deployments, QIcon::fromTheme(QStringLiteral("cloud-upload")), QString());
    m_tabs->addTab(m_tasks, QIcon::fromTheme(QStringLiteral("view-task")), QString());
    m_tabs->addTab(m_variables, QIcon::fromTheme(QStringLiteral("code-variable")), QString());
    m_tabs->addTab(m_runTask, QIcon::fromTheme(QStringLiteral("system-run")), QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_back, &QToolButton::clicked, this, &LagoonEnvironmentPage::backRequested);
    connect(m_routes, &QLabel::linkActivated, this, [this](const QString &link) { Q_EMIT linkActivated(QUrl(link)); });
    connect(m_deployments, &LagoonDeploymentsPanel::answered, this, &LagoonEnvironmentPage::answered);
    connect(m_deployments, &LagoonDeploymentsPanel::failed, this, &LagoonEnvironmentPage::failed);
    connect(m_deployments, &LagoonDeploymentsPanel::rolloutRequested, this,
            [this](const QString &name, bool startedHere) { Q_EMIT rolloutRequested(m_environment, name, startedHere); });
    connect(m_tasks, &LagoonTasksPanel::answered, this, &LagoonEnvironmentPage::answered);
    connect(m_tasks, &LagoonTasksPanel::failed, this, &LagoonEnvironmentPage::failed);
    connect(m_variables, &LagoonVariablesPanel::answered, this, &LagoonEnvironmentPage::answered);
    connect(m_variables, &LagoonVariablesPanel::failed, this, &LagoonEnvironmentPage::failed);
    connect(m_runTask, &LagoonRunTaskPanel::answered, this, &LagoonEnvironmentPage::answered);
    connect(m_runTask, &LagoonRunTaskPanel::failed, this, &LagoonEnvironmentPage::failed);
    connect(m_runTask, &LagoonRunTaskPanel::taskStarted, this, [this](int id) {
        m_tabs->setCurrentWidget(m_tasks);
        // The task may be listed already (its taskChanged came first) or a moment later.
        m_taskToSelect = m_tasks->selectTask(id) ? 0 : id;
    });
    connect(m_tasks->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_taskToSelect != 0 && m_tasks->selectTask(m_taskToSelect))
            m_taskToSelect = 0;
    });
    retranslate();
}

void LagoonEnvironmentPage::showEnvironment(LagoonSession *session, const QString &project, const QJsonObject &environment,
                                            const QStringList &projectEnvironments)
{
    m_session = session;
    m_json = environment;
    m_environment = LagoonEnvironmentRef{project, environment.value(QLatin1String("name")).toString(),
                                         environment.value(QLatin1String("id")).toInt(),
                                         environment.value(QLatin1String("environmentType")).toString(),
                                         LagoonEnvironmentsModel::namespaceOf(environment), projectEnvironments};
    updateHeader();
    m_tabs->setCurrentIndex(DeploymentsTab);
    m_deployments->setEnvironment(session, m_environment);
    m_tasks->setEnvironment(session, m_environment);
    m_variables->setEnvironment(session, m_environment);
    m_runTask->setEnvironment(session, m_environment);
}

void LagoonEnvironmentPage::clear()
{
    m_deployments->clear();
    m_tasks->clear();
    m_variables->clear();
    m_runTask->clear();
    m_environment = {};
    m_json = {};
    m_taskToSelect = 0;
    updateHeader();
}

void LagoonEnvironmentPage::refresh()
{
    m_deployments->refresh();
    m_tasks->refresh();
    m_variables->refresh();
    m_runTask->refresh();
}

void LagoonEnvironmentPage::updateHeader()
{
    m_back->setText(m_environment.project);
    m_back->setToolTip(tr("Back to the environments of %1").arg(m_environment.project));
    m_back->setAccessibleName(tr("Back to %1").arg(m_environment.project));
    m_title->setText(m_environment.name);
    const Badge type = LagoonBadge::forEnvironmentType(m_environment.type);
    m_type->setBadge(type);
    m_type->setVisible(!type.isEmpty());
    const QString deployType = m_json.value(QLatin1String("deployType")).toString();
    m_deployType->setText(deployType.isEmpty() ? QString() : tr("deploys by %1").arg(LagoonFormat::deployType(deployType).toLower()));
    const QString ns = LagoonEnvironmentsModel::namespaceOf(m_json);
    m_namespace->setText(ns.isEmpty() ? QString() : tr("namespace %1").arg(ns));
    QStringList links;
    const QStringList routes = LagoonEnvironmentsModel::routesOf(m_json);
    for (const QString &route : routes)
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(route.toHtmlEscaped(), route.toHtmlEscaped());
    m_routes->setText(links.isEmpty() ? tr("No routes") : links.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_routes->setAccessibleName(tr("Routes"));
    m_routes->setAccessibleDescription(routes.join(QStringLiteral(", ")));
}

void LagoonEnvironmentPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LagoonEnvironmentPage::retranslate()
{
    m_tabs->setTabText(DeploymentsTab, tr("Deployments"));
    m_tabs->setTabText(TasksTab, tr("Tasks"));
    m_tabs->setTabText(VariablesTab, tr("Variables"));
    m_tabs->setTabText(RunTaskTab, tr("Run Task"));
    updateHeader();
}

} // namespace Lagoon
