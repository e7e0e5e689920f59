// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/accounts/lagoonaccountscontroller.h"

#include <QWidget>

#include "core/accounts/accountstore.h"

#include "widgets/accounts/accountsdialog.h"
#include "widgets/accounts/lagoonconnection.h"
#include "widgets/lagoon/lagoonbanner.h"

namespace Lagoon {

LagoonAccountsController::LagoonAccountsController(LagoonConnection *connection, LagoonBrowser *browser,
                                                   QWidget *window)
    : QObject(window), m_connection(connection), m_browser(browser), m_window(window)
{
    connect(m_connection, &LagoonConnection::sessionChanged, this, [this](LagoonSession *session) {
        if (m_browser)
            m_browser->setSession(session);
    });
    connect(m_connection, &LagoonConnection::stateChanged, this, &LagoonAccountsController::updateBrowser);
    connect(m_connection, &LagoonConnection::tokensNotKept, this, [this](const Error &error) {
        if (m_browser)
            m_browser->banner()->showMessage(LagoonBanner::Kind::Error, error.message, error.detail);
    });
    connect(m_connection->accounts(), &AccountStore::accountsChanged, this, &LagoonAccountsController::updateBrowser);
    connect(browser, &LagoonBrowser::accountChosen, this,
            [this](const QString &id) { m_connection->setCurrentAccount(id); });
    connect(browser, &LagoonBrowser::signInRequested, this, &LagoonAccountsController::onPromptAction);
    browser->setSignInPrompt([this] { return prompt(); });
    browser->setSession(m_connection->session());
    updateBrowser();
}

LagoonAccountsController::~LagoonAccountsController()
{
    // The browser may outlive the controller; its prompt must not call back into it.
    if (m_browser)
        m_browser->setSignInPrompt({});
}

AccountsDialog *LagoonAccountsController::showAccounts()
{
    if (m_dialog) {
        m_dialog->showList();
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new AccountsDialog(m_connection, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_openUrl)
        m_dialog->setUrlOpener(m_openUrl);
    if (!m_lagoonCliPath.isEmpty())
        m_dialog->setLagoonCliPath(m_lagoonCliPath);
    m_dialog->open();
    return m_dialog;
}

AccountsDialog *LagoonAccountsController::dialog() const
{
    return m_dialog;
}

void LagoonAccountsController::onPromptAction()
{
    const LagoonConnection::State state = m_connection->state();
    const QString id = m_connection->currentAccountId();
    AccountsDialog *dialog = showAccounts();
    if (state == LagoonConnection::State::NoAccount)
        dialog->addAccount();
    else if (state == LagoonConnection::State::SignedOut && !id.isEmpty())
        dialog->signIn(id);
}

void LagoonAccountsController::updateBrowser()
{
    if (!m_browser)
        return;
    QList<LagoonBrowser::AccountChoice> choices;
    const QList<Account> accounts = m_connection->accounts()->accounts();
    for (const Account &account : accounts)
        choices << LagoonBrowser::AccountChoice{account.id, account.displayName};
    m_browser->setAccounts(choices, m_connection->currentAccountId());
    m_browser->updateSignInPrompt();
}

LagoonBrowser::SignInPrompt LagoonAccountsController::prompt() const
{
    const std::optional<Account> account = m_connection->currentAccount();
    const QString name = account ? account->displayName : QString();
    const Error error = m_connection->error();
    switch (m_connection->state()) {
    case LagoonConnection::State::NoAccount:
        return {tr("No Lagoon account"),
                tr("Add the Lagoon you deploy to by the address of its API, or import the accounts lagoon-cli knows."),
                tr("Add Account…")};
    case LagoonConnection::State::Loading:
        return {tr("Connecting…"), tr("Reading the token of %1 from the keychain.").arg(name), {}};
    case LagoonConnection::State::KeychainUnavailable:
        return {tr("Keychain unavailable"),
                tr("The token of %1 cannot be read from the keychain: %2").arg(name, error.message),
                tr("Lagoon Accounts…")};
    case LagoonConnection::State::SignedOut:
    case LagoonConnection::State::SignedIn:
        break;
    }
    return {tr("Not signed in"),
            error.message.isEmpty()
                ? tr("Sign in to %1 to browse its projects, environments and deployments.").arg(name)
                : tr("Sign in to %1 again: %2").arg(name, error.message),
            tr("Sign In…")};
}

} // namespace Lagoon
