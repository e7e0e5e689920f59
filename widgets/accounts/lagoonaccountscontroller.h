// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

#include "widgets/lagoon/lagoonbrowser.h"

class QUrl;
class QWidget;

namespace Lagoon {

class AccountsDialog;
class LagoonConnection;

/**
 * Ties the Lagoon browser and the accounts dialog to the connection: the browser gets the
 * connection's session, its account switcher lists the accounts, and without a session it says why
 * (no account, signed out, keychain unavailable) with a button into the accounts dialog, which
 * this controller opens (one at a time, window-modal over `window`).
 */
class LagoonAccountsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonAccountsController)

public:
    /** `connection` must outlive the controller; `window` parents it and the dialog. */
    LagoonAccountsController(LagoonConnection *connection, LagoonBrowser *browser, QWidget *window);
    ~LagoonAccountsController() override;

    LagoonConnection *connection() const { return m_connection; }

    /** How the dialog opens the browser sign-in page; QDesktopServices::openUrl by default. */
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    /** lagoon-cli's file for the import; ~/.lagoon.yml unless set. */
    void setLagoonCliPath(const QString &path) { m_lagoonCliPath = path; }

    /** Opens the accounts dialog (or raises the open one) at its list. */
    AccountsDialog *showAccounts();
    /** The open dialog; nullptr when closed. */
    AccountsDialog *dialog() const;

private:
    LagoonBrowser::SignInPrompt prompt() const;
    void updateBrowser();
    void onPromptAction();

    LagoonConnection *m_connection;
    QPointer<LagoonBrowser> m_browser;
    QWidget *m_window;
    QPointer<AccountsDialog> m_dialog;
    std::function<void(const QUrl &)> m_openUrl;
    QString m_lagoonCliPath;
};

} // namespace Lagoon
