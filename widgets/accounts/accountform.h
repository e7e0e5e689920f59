// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <optional>

#include <QUrl>
#include <QWidget>

#include "core/accounts/account.h"
#include "core/accounts/accountsignin.h"
#include "core/remote/lagoondiscoveryinfo.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;

namespace Lagoon {

class AccountStore;
class InlineMessage;
class LagoonDiscovery;
class SignInMethodChooser;
class SignInProgress;

/**
 * Adds an account, or signs an existing one in again. The user pastes the API URL; Lagoon's
 * discovery document fills in the sign-in server, realm, client and SSH token service (all
 * editable, and typed by hand where Lagoon publishes none). Then the chosen method signs in
 * (AccountSignIn), with a Cancel while it waits for the browser or SSH. Errors show in the form.
 */
class AccountForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountForm)

public:
    AccountForm(AccountStore *store, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~AccountForm() override;

    /** How the sign-in page is opened; QDesktopServices::openUrl by default. */
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    /** An empty form for a new account. */
    void newAccount();
    /** The form for signing `account` in again. */
    void editAccount(const Account &account);
    bool isNewAccount() const { return !m_existing.has_value(); }

    /** Looks the API URL up (discovery), then fills in what it found. */
    void lookUp();
    /** Signs in with what the form says; looks the URL up first for a new account. */
    void submit();
    /** Stops a look-up or sign-in in progress. */
    void cancel();
    bool isBusy() const;

    AccountSignIn *signIn() const { return m_signIn; }
    /**
     * The API URL as typed, completed to the GraphQL endpoint (https:// without a scheme, "…/graphql"
     * without a path); an error for an http:// address of another computer (normalizeLagoonUrl).
     */
    Result<QUrl> apiUrl() const;
    QLineEdit *apiUrlEdit() const { return m_apiUrl; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *authServerEdit() const { return m_authServer; }
    QLineEdit *sshHostEdit() const { return m_sshHost; }
    QSpinBox *sshPortEdit() const { return m_sshPort; }
    SignInMethodChooser *methodChooser() const { return m_method; }
    QPushButton *submitButton() const { return m_submit; }
    SignInProgress *progress() const { return m_progress; }
    InlineMessage *message() const { return m_message; }

Q_SIGNALS:
    /** The account was signed in and saved. */
    void signedIn(const Lagoon::Account &account);
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onDiscovered(const QUrl &url, const Result<LagoonDiscoveryInfo> &info);
    void applyDiscovery(const LagoonDiscoveryInfo &info);
    void setDiscoveryNote(const QString &text);
    /** What the fields say; an error when the API URL or the sign-in server is not an address to trust. */
    Result<Account> accountFromFields() const;
    void onStageChanged(AccountSignIn::Stage stage);
    void onFinished(const Result<Account> &result);
    void updateProgress();
    void updateEnabled();

    AccountStore *m_store;
    AccountSignIn *m_signIn;
    LagoonDiscovery *m_discovery;
    std::function<void(const QUrl &)> m_openUrl;
    std::optional<Account> m_existing;
    // A new account keeps its id across attempts: one sign-in saves it once.
    QString m_newId;
    QUrl m_lookedUp;
    QUrl m_browserPage;
    bool m_lookingUp = false;
    bool m_submitAfterLookUp = false;
    // Bumped by every look-up and by cancel(), so a late answer is ignored.
    quint64 m_lookUpGeneration = 0;

    QFormLayout *m_fields = nullptr;
    QLabel *m_title;
    QLabel *m_apiLabel;
    QLineEdit *m_apiUrl;
    QPushButton *m_lookUp;
    QLabel *m_discovered;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_authLabel;
    QLineEdit *m_authServer;
    QLabel *m_realmLabel;
    QLineEdit *m_realm;
    QLabel *m_clientLabel;
    QLineEdit *m_clientId;
    QLabel *m_sshLabel;
    QLineEdit *m_sshHost;
    QLabel *m_portLabel;
    QSpinBox *m_sshPort;
    QLabel *m_methodLabel;
    SignInMethodChooser *m_method;
    SignInProgress *m_progress;
    InlineMessage *m_message;
    QPushButton *m_back;
    QPushButton *m_submit;
};

} // namespace Lagoon
