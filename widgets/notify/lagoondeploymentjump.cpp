// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/notify/lagoondeploymentjump.h"

#include <QTabWidget>

#include "widgets/lagoon/lagoonbrowser.h"
#include "widgets/lagoon/lagoondeploymentsmodel.h"
#include "widgets/lagoon/lagoondeploymentspanel.h"
#include "widgets/lagoon/lagoonenvironmentpage.h"
#include "widgets/lagoon/lagoonenvironmentsmodel.h"
#include "widgets/lagoon/lagoonprojectpage.h"
#include "widgets/lagoon/lagoonprojectsmodel.h"

namespace Lagoon {

LagoonDeploymentJump::LagoonDeploymentJump(LagoonBrowser *browser, QObject *parent)
    : QObject(parent), m_browser(browser)
{
    m_limit.setSingleShot(true);
    m_limit.setInterval(TimeLimitMs);
    connect(&m_limit, &QTimer::timeout, this, [this] { finish(false); });
    // Every level's model announces its loads; each is a chance to go one level further.
    const QList<QAbstractItemModel *> models = {browser->projectsModel(), browser->projectPage()->model(),
                                                browser->environmentPage()->deployments()->model()};
    for (QAbstractItemModel *model : models) {
        connect(model, &QAbstractItemModel::modelReset, this, &LagoonDeploymentJump::advance, Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::rowsInserted, this, &LagoonDeploymentJump::advance, Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::dataChanged, this, &LagoonDeploymentJump::advance, Qt::QueuedConnection);
    }
}

void LagoonDeploymentJump::start(const DeploymentRef &deployment)
{
    m_target = deployment;
    m_active = true;
    m_environmentRequested = false;
    m_limit.start();
    advance();
}

void LagoonDeploymentJump::advance()
{
    if (!m_active || !m_browser)
        return;
    LagoonBrowser *browser = m_browser;
    if (!browser->session() || browser->session()->accountId() != m_target.accountId)
        return; // another account, or none yet: the time limit decides
    LagoonEnvironmentPage *environmentPage = browser->environmentPage();
    const LagoonEnvironmentRef &shown = environmentPage->environment();
    if (browser->page() == LagoonBrowser::Page::Environment && shown.project == m_target.project &&
        shown.name == m_target.environment) {
        environmentPage->tabs()->setCurrentIndex(LagoonEnvironmentPage::DeploymentsTab);
        if (environmentPage->deployments()->selectDeployment(m_target.buildName))
            finish(true);
        return;
    }
    if (browser->projectPage()->project() != m_target.project || browser->page() == LagoonBrowser::Page::NoProject) {
        browser->openProject(m_target.project);
        return;
    }
    // The project's environments are listed once its page answered.
    if (!m_environmentRequested || browser->page() == LagoonBrowser::Page::Project)
        m_environmentRequested = browser->openEnvironment(m_target.environment);
}

void LagoonDeploymentJump::finish(bool found)
{
    if (!m_active)
        return;
    m_active = false;
    m_limit.stop();
    if (found)
        Q_EMIT arrived(m_target);
    else
        Q_EMIT failed(m_target);
}

} // namespace Lagoon
