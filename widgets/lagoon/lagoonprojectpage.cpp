// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonprojectpage.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/remote/cache/lagooncache.h"
#include "core/remote/lagoonsession.h"
#include "widgets/lagoon/lagoonenvironmentsmodel.h"
#include "widgets/lagoon/lagoonitemdelegate.h"

namespace Lagoon {

LagoonProjectPage::LagoonProjectPage(QWidget *parent)
    : QWidget(parent), m_model(new LagoonEnvironmentsModel(this)), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("lagoonProjectPage"));
    m_title->setObjectName(QStringLiteral("lagoonProjectTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_subtitle->setObjectName(QStringLiteral("lagoonProjectSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(QStringLiteral("lagoonEnvironments"));
    m_view->setModel(m_model);
    auto *delegate = new LagoonItemDelegate(m_view);
    m_view->setItemDelegate(delegate);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setMouseTracking(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LagoonEnvironmentsModel::RouteColumn, QHeaderView::Stretch);

    auto *header = new QVBoxLayout;
    header->setContentsMargins(8, 6, 8, 4);
    header->setSpacing(2);
    header->addWidget(m_title);
    header->addWidget(m_subtitle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    connect(delegate, &LagoonItemDelegate::linkActivated, this, &LagoonProjectPage::linkActivated);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        // Activating the route opens the site (the delegate did); anywhere else opens the environment.
        if (index.column() != LagoonEnvironmentsModel::RouteColumn)
            Q_EMIT environmentActivated(m_model->environment(index.row()));
    });
    retranslate();
}

void LagoonProjectPage::showProject(LagoonSession *session, const QString &project)
{
    if (session == m_session && project == m_project && !m_json.isEmpty())
        return;
    clear();
    m_session = session;
    m_project = project;
    m_title->setText(project);
    refresh();
}

void LagoonProjectPage::clear()
{
    ++m_generation;
    m_project.clear();
    m_json = {};
    m_model->setEnvironments({});
    m_title->clear();
    m_subtitle->clear();
}

void LagoonProjectPage::refresh()
{
    if (!m_session || m_project.isEmpty())
        return;
    const int generation = m_generation;
    m_session->fetch(QStringLiteral("ProjectEnvironments"), {{QStringLiteral("name"), m_project}},
                     LagoonCache::projectKey(m_project), this, [this, generation](const Result<LagoonAnswer> &answer) {
                         if (generation != m_generation)
                             return;
                         if (!answer) {
                             Q_EMIT failed(answer.error(), {});
                             return;
                         }
                         const QJsonObject project = answer->data.value(QStringLiteral("projectByName")).toObject();
                         if (answer->fromCache)
                             Q_EMIT failed(*answer->error, answer->fetchedAt);
                         else if (project.isEmpty())
                             Q_EMIT failed(Error{Error::Code::NotFound, tr("Lagoon has no project %1, or you may not see it.").arg(m_project), {}}, {});
                         else
                             Q_EMIT answered();
                         setJson(project);
                     });
}

void LagoonProjectPage::setJson(const QJsonObject &project)
{
    m_json = project;
    const QString git = project.value(QLatin1String("gitUrl")).toString();
    const QString production = project.value(QLatin1String("productionEnvironment")).toString();
    QStringList parts;
    if (!git.isEmpty())
        parts << git;
    if (!production.isEmpty())
        parts << tr("production: %1").arg(production);
    m_subtitle->setText(parts.join(QStringLiteral("  ·  ")));
    m_model->setEnvironments(project.value(QLatin1String("environments")).toArray());
}

void LagoonProjectPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LagoonProjectPage::retranslate()
{
    m_view->setAccessibleName(tr("Environments"));
    if (!m_json.isEmpty())
        setJson(m_json);
}

} // namespace Lagoon
