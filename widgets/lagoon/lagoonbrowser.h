// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

#include "core/remote/lagoonsession.h"
#include "core/util/error.h"
#include "core/remote/lagoonenvironmentref.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
class QUrl;

namespace Lagoon {

class EmptyStatePanel;
class LagoonBanner;
class LagoonEnvironmentPage;
class LagoonProjectPage;
class LagoonProjectsModel;

/**
 * Browses one Lagoon account: its projects (with a filter) on the left; on the right a project's
 * environments, or one environment's deployments, tasks, variables and runnable tasks. What the
 * API last answered is cached per account, so the browser shows it when the API cannot be
 * reached, under a banner that says so and offers Retry; API errors go to the same banner,
 * never to a dialog.
 *
 * The session (API client, subscriptions, cache) is the account layer's; the browser only uses it.
 * Without one it shows why (the sign-in prompt) with a button to sign in; with several accounts a
 * switcher above asks the account layer for another one.
 */
class LagoonBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonBrowser)

public:
    enum class Page
    {
        Disconnected,
        NoProject,
        Project,
        Environment,
    };

    /** What the browser says without a session, and the button that leads out (none when empty). */
    struct SignInPrompt
    {
        QString title;
        QString text;
        QString action;
    };
    /** An account the switcher offers: its id and its name. */
    struct AccountChoice
    {
        QString id;
        QString name;
    };

    explicit LagoonBrowser(QWidget *parent = nullptr);
    ~LagoonBrowser() override;

    /** Shows `session`'s account; nullptr shows the "not signed in" state. */
    void setSession(LagoonSession *session);
    LagoonSession *session() const { return m_session; }

    /**
     * Where the texts without a session come from: asked again on a language change and by
     * updateSignInPrompt(). By default "Not signed in", without a button.
     */
    void setSignInPrompt(std::function<SignInPrompt()> prompt);
    void updateSignInPrompt();
    /** The accounts to switch between; the switcher shows only with two or more. */
    void setAccounts(const QList<AccountChoice> &accounts, const QString &currentId);
    QComboBox *accountSwitcher() const { return m_accounts; }
    QPushButton *signInButton() const { return m_signIn; }

    /** How links (routes) are opened; QDesktopServices::openUrl by default. */
    void setUrlOpener(std::function<void(const QUrl &)> opener);

    /** Asks Lagoon again for everything shown. */
    void refresh();

    bool openProject(const QString &name);
    /** Opens an environment of the project shown; false when it is not listed. */
    bool openEnvironment(const QString &name);
    Page page() const;

    LagoonBanner *banner() const { return m_banner; }
    QLineEdit *filter() const { return m_filter; }
    QTreeView *projectsView() const { return m_projectsView; }
    LagoonProjectsModel *projectsModel() const { return m_projects; }
    QSortFilterProxyModel *projectsProxy() const { return m_proxy; }
    LagoonProjectPage *projectPage() const { return m_projectPage; }
    LagoonEnvironmentPage *environmentPage() const { return m_environmentPage; }

Q_SIGNALS:
    /** The user chose another account in the switcher. */
    void accountChosen(const QString &accountId);
    /** The user pressed the sign-in prompt's button. */
    void signInRequested();
    /** The environment page shows `environment` now; an invalid one when it shows none. */
    void environmentShown(const Lagoon::LagoonEnvironmentRef &environment);
    /** Follow build `name` live (LagoonEnvironmentPage::rolloutRequested()). */
    void rolloutRequested(const Lagoon::LagoonEnvironmentRef &environment, const QString &name, bool startedHere);

protected:
    void changeEvent(QEvent *event) override;

private:
    SignInPrompt currentPrompt() const;
    void retranslate();
    void fetchProjects();
    void onProjectSelected();
    void onAnswered();
    void onFailed(const Error &error, const QDateTime &cachedAsOf);
    void showOffline(const Error &error);

    QPointer<LagoonSession> m_session;
    std::function<void(const QUrl &)> m_openUrl;
    int m_generation = 0;
    QDateTime m_offlineAsOf;
    Error m_offlineError;
    // Before the panels: the "not signed in" panel reads it while it is built.
    std::function<SignInPrompt()> m_prompt;
    LagoonProjectsModel *m_projects;
    QSortFilterProxyModel *m_proxy;
    LagoonBanner *m_banner;
    QWidget *m_accountBar;
    QLabel *m_accountLabel;
    QComboBox *m_accounts;
    QStackedWidget *m_outer;
    EmptyStatePanel *m_disconnected;
    QPushButton *m_signIn;
    QLineEdit *m_filter;
    QTreeView *m_projectsView;
    QLabel *m_projectsStatus;
    QStackedWidget *m_pages;
    EmptyStatePanel *m_noProject;
    LagoonProjectPage *m_projectPage;
    LagoonEnvironmentPage *m_environmentPage;
};

} // namespace Lagoon
