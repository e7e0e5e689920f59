// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonbrowser.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include "core/remote/cache/lagooncache.h"
#include "core/remote/lagoonsession.h"
#include "core/remote/remoteurls.h"
#include "widgets/lagoon/lagoonbanner.h"
#include "widgets/lagoon/lagoonenvironmentpage.h"
#include "widgets/lagoon/lagoonenvironmentsmodel.h"
#include "widgets/lagoon/lagoonformat.h"
#include "widgets/lagoon/lagoonprojectpage.h"
#include "widgets/lagoon/lagoonprojectsmodel.h"
#include "widgets/panels/emptystatepanel.h"

namespace Lagoon {

LagoonBrowser::LagoonBrowser(QWidget *parent)
    : QWidget(parent)
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
    , m_projects(new LagoonProjectsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_banner(new LagoonBanner(this))
    , m_accountBar(new QWidget(this))
    , m_accountLabel(new QLabel(m_accountBar))
    , m_accounts(new QComboBox(m_accountBar))
    , m_outer(new QStackedWidget(this))
    , m_disconnected(new EmptyStatePanel(QStringLiteral("network-disconnect"), [this] {
        const SignInPrompt prompt = currentPrompt();
        return std::pair{prompt.title, prompt.text};
    }))
    , m_signIn(new QPushButton)
    , m_filter(new QLineEdit)
    , m_projectsView(new QTreeView)
    , m_projectsStatus(new QLabel)
    , m_pages(new QStackedWidget)
    , m_noProject(new EmptyStatePanel(QStringLiteral("folder-cloud"), [] {
        return std::pair{LagoonBrowser::tr("No project selected"),
                         LagoonBrowser::tr("Choose a project on the left to see its environments.")};
    }))
    , m_projectPage(new LagoonProjectPage)
    , m_environmentPage(new LagoonEnvironmentPage)
{
    setObjectName(QStringLiteral("lagoonBrowser"));
    m_proxy->setSourceModel(m_projects);
    m_proxy->setFilterKeyColumn(LagoonProjectsModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("lagoonProjectFilter"));
    m_filter->setClearButtonEnabled(true);
    m_projectsView->setObjectName(QStringLiteral("lagoonProjects"));
    m_projectsView->setModel(m_proxy);
    m_projectsView->setRootIsDecorated(false);
    m_projectsView->setUniformRowHeights(true);
    m_projectsView->header()->setStretchLastSection(false);
    m_projectsView->header()->setSectionResizeMode(LagoonProjectsModel::NameColumn, QHeaderView::Stretch);
    m_projectsView->header()->setSectionResizeMode(LagoonProjectsModel::EnvironmentsColumn, QHeaderView::ResizeToContents);
    m_projectsStatus->setObjectName(QStringLiteral("lagoonProjectsStatus"));
    m_projectsStatus->setForegroundRole(QPalette::PlaceholderText);
    m_projectsStatus->setWordWrap(true);
    m_projectsStatus->setContentsMargins(4, 0, 4, 2);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_projectsView, 1);
    leftLayout->addWidget(m_projectsStatus);

    m_pages->addWidget(m_noProject);
    m_pages->addWidget(m_projectPage);
    m_pages->addWidget(m_environmentPage);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("lagoonBrowserSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_pages);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});

    m_signIn->setObjectName(QStringLiteral("lagoonSignIn"));
    m_disconnected->addWidget(m_signIn);
    m_outer->addWidget(m_disconnected);
    m_outer->addWidget(splitter);

    m_accountBar->setObjectName(QStringLiteral("lagoonAccountBar"));
    m_accounts->setObjectName(QStringLiteral("lagoonAccountSwitcher"));
    m_accounts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountLabel->setBuddy(m_accounts);
    auto *accountLayout = new QHBoxLayout(m_accountBar);
    accountLayout->setContentsMargins(4, 4, 4, 0);
    accountLayout->addWidget(m_accountLabel);
    accountLayout->addWidget(m_accounts);
    accountLayout->addStretch(1);
    m_accountBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_accountBar);
    layout->addWidget(m_outer, 1);

    connect(m_signIn, &QPushButton::clicked, this, &LagoonBrowser::signInRequested);
    connect(m_accounts, &QComboBox::activated, this, [this](int index) {
        Q_EMIT accountChosen(m_accounts->itemData(index).toString());
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_projectsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LagoonBrowser::onProjectSelected);
    connect(m_banner, &LagoonBanner::retryRequested, this, &LagoonBrowser::refresh);
    connect(m_projectPage, &LagoonProjectPage::environmentActivated, this, [this](const QJsonObject &environment) {
        m_environmentPage->showEnvironment(m_session, m_projectPage->project(), environment, m_projectPage->model()->names());
        m_pages->setCurrentWidget(m_environmentPage);
    });
    connect(m_environmentPage, &LagoonEnvironmentPage::backRequested, this, [this] {
        m_environmentPage->clear();
        m_pages->setCurrentWidget(m_projectPage);
        // The last deployment of each environment may have changed meanwhile.
        m_projectPage->refresh();
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        Q_EMIT environmentShown(page() == Page::Environment ? m_environmentPage->environment() : LagoonEnvironmentRef());
    });
    connect(m_projectPage, &LagoonProjectPage::answered, this, &LagoonBrowser::onAnswered);
    connect(m_projectPage, &LagoonProjectPage::failed, this, &LagoonBrowser::onFailed);
    connect(m_projectPage, &LagoonProjectPage::linkActivated, this, [this](const QUrl &url) { m_openUrl(url); });
    connect(m_environmentPage, &LagoonEnvironmentPage::answered, this, &LagoonBrowser::onAnswered);
    connect(m_environmentPage, &LagoonEnvironmentPage::failed, this, &LagoonBrowser::onFailed);
    connect(m_environmentPage, &LagoonEnvironmentPage::rolloutRequested, this, &LagoonBrowser::rolloutRequested);
    connect(m_environmentPage, &LagoonEnvironmentPage::linkActivated, this, [this](const QUrl &url) { m_openUrl(url); });
    retranslate();
    setSession(nullptr);
}

LagoonBrowser::~LagoonBrowser()
{
    // The pages' watchers unsubscribe from the session's client while it is still there.
    m_environmentPage->clear();
}

void LagoonBrowser::setSession(LagoonSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    ++m_generation;
    m_environmentPage->clear();
    m_projectPage->clear();
    m_projects->setProjects({});
    m_banner->clear();
    m_offlineAsOf = {};
    m_session = session;
    m_pages->setCurrentWidget(m_noProject);
    m_outer->setCurrentIndex(session ? 1 : 0);
    if (!session)
        return;
    connect(session, &LagoonSession::reachabilityChanged, this, [this](bool reachable, const Error &error) {
        if (reachable) {
            m_offlineAsOf = {};
            if (m_banner->kind() == LagoonBanner::Kind::Offline)
                m_banner->clear();
        } else {
            showOffline(error);
        }
    });
    fetchProjects();
}

void LagoonBrowser::setSignInPrompt(std::function<SignInPrompt()> prompt)
{
    m_prompt = std::move(prompt);
    updateSignInPrompt();
}

void LagoonBrowser::updateSignInPrompt()
{
    m_disconnected->updateTexts();
    const QString action = currentPrompt().action;
    m_signIn->setText(action);
    m_signIn->setVisible(!action.isEmpty());
}

LagoonBrowser::SignInPrompt LagoonBrowser::currentPrompt() const
{
    if (m_prompt)
        return m_prompt();
    // No button: without an account layer behind the browser there is nobody to sign in with.
    return {tr("Not signed in"),
            tr("Sign in to a Lagoon account to browse its projects, environments and deployments."), {}};
}

void LagoonBrowser::setAccounts(const QList<AccountChoice> &accounts, const QString &currentId)
{
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    for (const AccountChoice &account : accounts)
        m_accounts->addItem(account.name, account.id);
    m_accounts->setCurrentIndex(m_accounts->findData(currentId));
    m_accountBar->setVisible(accounts.size() >= 2);
}

void LagoonBrowser::setUrlOpener(std::function<void(const QUrl &)> opener)
{
    m_openUrl = std::move(opener);
}

void LagoonBrowser::refresh()
{
    if (!m_session)
        return;
    fetchProjects();
    if (m_pages->currentWidget() == m_projectPage)
        m_projectPage->refresh();
    else if (m_pages->currentWidget() == m_environmentPage)
        m_environmentPage->refresh();
}

void LagoonBrowser::fetchProjects()
{
    const int generation = m_generation;
    m_projectsStatus->setText(tr("Loading projects…"));
    m_session->fetch(QStringLiteral("AllProjects"), {}, LagoonCache::projectsKey(), this,
                     [this, generation](const Result<LagoonAnswer> &answer) {
                         if (generation != m_generation)
                             return;
                         if (!answer) {
                             m_projectsStatus->setText(tr("No projects to show."));
                             onFailed(answer.error(), {});
                             return;
                         }
                         const QString selected = m_projectPage->project();
                         m_projects->setProjects(answer->data.value(QStringLiteral("allProjects")).toArray());
                         const int count = m_projects->rowCount();
                         m_projectsStatus->setText(answer->fromCache
                                                       ? tr("Projects: %1, as of %2").arg(count).arg(LagoonFormat::asOf(answer->fetchedAt))
                                                       : tr("Projects: %1").arg(count));
                         if (answer->fromCache)
                             onFailed(*answer->error, answer->fetchedAt);
                         else
                             onAnswered();
                         // Keep the project that was open; the model was reset under it.
                         const int row = m_projects->rowOf(selected);
                         if (row >= 0) {
                             const QSignalBlocker blocker(m_projectsView->selectionModel());
                             m_projectsView->setCurrentIndex(m_proxy->mapFromSource(m_projects->index(row, 0)));
                         }
                     });
}

bool LagoonBrowser::openProject(const QString &name)
{
    const int row = m_projects->rowOf(name);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_projects->index(row, 0));
    if (!index.isValid())
        return false;
    m_projectsView->setCurrentIndex(index);
    return true;
}

bool LagoonBrowser::openEnvironment(const QString &name)
{
    const int row = m_projectPage->model()->rowOf(name);
    if (row < 0)
        return false;
    m_environmentPage->showEnvironment(m_session, m_projectPage->project(), m_projectPage->model()->environment(row),
                                       m_projectPage->model()->names());
    m_pages->setCurrentWidget(m_environmentPage);
    // Another environment on the page already shown: no currentChanged tells it.
    Q_EMIT environmentShown(m_environmentPage->environment());
    return true;
}

LagoonBrowser::Page LagoonBrowser::page() const
{
    if (m_outer->currentIndex() == 0)
        return Page::Disconnected;
    if (m_pages->currentWidget() == m_projectPage)
        return Page::Project;
    if (m_pages->currentWidget() == m_environmentPage)
        return Page::Environment;
    return Page::NoProject;
}

void LagoonBrowser::onProjectSelected()
{
    const QModelIndex current = m_projectsView->currentIndex();
    if (!current.isValid() || !m_session)
        return;
    const QString name = current.data(LagoonProjectsModel::NameRole).toString();
    m_environmentPage->clear();
    m_projectPage->showProject(m_session, name);
    m_pages->setCurrentWidget(m_projectPage);
}

void LagoonBrowser::onAnswered()
{
    if (m_banner->kind() == LagoonBanner::Kind::Offline && m_session && m_session->reachable()) {
        m_offlineAsOf = {};
        m_banner->clear();
    }
}

void LagoonBrowser::onFailed(const Error &error, const QDateTime &cachedAsOf)
{
    if (LagoonSession::isUnreachable(error)) {
        // The oldest data on screen is what the banner has to own up to.
        if (cachedAsOf.isValid() && (!m_offlineAsOf.isValid() || cachedAsOf < m_offlineAsOf))
            m_offlineAsOf = cachedAsOf;
        showOffline(error);
        return;
    }
    QString text = error.message;
    if (cachedAsOf.isValid())
        text = tr("%1 Showing what Lagoon reported as of %2.").arg(error.message, LagoonFormat::asOf(cachedAsOf));
    m_banner->showMessage(LagoonBanner::Kind::Error, text, error.detail);
}

void LagoonBrowser::showOffline(const Error &error)
{
    m_offlineError = error;
    const QString host = m_session ? RemoteUrls::hostLabel(m_session->apiUrl()) : QString();
    const QString text = m_offlineAsOf.isValid()
        ? tr("Offline — as of %1. Lagoon at %2 cannot be reached; showing what it reported then.")
              .arg(LagoonFormat::asOf(m_offlineAsOf), host)
        : tr("Offline. Lagoon at %1 cannot be reached.").arg(host);
    m_banner->showMessage(LagoonBanner::Kind::Offline, text, error.message);
}

void LagoonBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LagoonBrowser::retranslate()
{
    m_accountLabel->setText(tr("&Account:"));
    m_accounts->setAccessibleName(tr("Lagoon account"));
    updateSignInPrompt();
    m_filter->setPlaceholderText(tr("Filter projects"));
    m_filter->setAccessibleName(tr("Filter projects"));
    m_projectsView->setAccessibleName(tr("Projects"));
    if (m_banner->isShowing() && m_banner->kind() == LagoonBanner::Kind::Offline)
        showOffline(m_offlineError);
}

} // namespace Lagoon
