// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QObject>
#include <QPointer>
#include <QUrl>

#include "core/accounts/account.h"
#include "core/auth/loginmethod.h"
#include "core/auth/tokenset.h"
#include "core/util/error.h"

class QNetworkAccessManager;

namespace Lagoon {

class AccountStore;
class BrowserLogin;
class LagoonApiClient;
class SshTokenLogin;

/**
 * Signs an account in and keeps the result. Gets tokens the way the account asks for (the browser,
 * the SSH token service, or a token the user pasted), asks the API whose they are (the `Me` query),
 * then writes the tokens to the SecretStore and the account, with the user's e-mail address and the
 * sign-in method, to the AccountStore. Nothing is saved unless every step succeeded, so a token the
 * API refuses leaves no trace.
 *
 * For a browser sign-in, openUrl() asks the caller to open the realm's page (core opens nothing).
 * finished() comes exactly once per start(), with the saved account or: Cancelled (cancel()),
 * ParseFailed (a pasted text that is no token; an account without the server the method needs), the
 * errors of BrowserLogin and SshTokenLogin, Unauthorized (the API refused the token), the API's
 * network errors, and the SecretStore's errors. One sign-in at a time; lives in one thread.
 */
class AccountSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSignIn)

public:
    enum class Stage
    {
        Idle,
        WaitingForBrowser,
        AskingSsh,
        Verifying,
        Saving,
    };
    Q_ENUM(Stage)

    /** `store` and `network` must outlive the sign-in. */
    AccountSignIn(AccountStore *store, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AccountSignIn() override;

    /** How long the user has in the browser; BrowserLogin's default when zero. */
    void setBrowserTimeout(std::chrono::milliseconds timeout) { m_browserTimeout = timeout; }
    /** How long the API may take to answer the `Me` query. */
    void setApiTimeout(std::chrono::milliseconds timeout) { m_apiTimeout = timeout; }

    /**
     * Signs `account` in with `method`; `pastedToken` is the text the user pasted for
     * LoginMethod::PastedToken. A sign-in still running is cancelled first.
     */
    void start(const Account &account, LoginMethod method, const QString &pastedToken = {});
    void cancel();

    bool isRunning() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }
    /** The account being signed in (with the method chosen). */
    const Account &account() const { return m_account; }

Q_SIGNALS:
    /** Open this URL in the user's browser (browser sign-in only). */
    void openUrl(const QUrl &url);
    void stageChanged(Lagoon::AccountSignIn::Stage stage);
    void finished(const Lagoon::Result<Lagoon::Account> &account);

private:
    void startBrowser();
    void startSsh();
    void onTokens(quint64 generation, const Result<TokenSet> &tokens);
    void onVerified(quint64 generation, const Result<QJsonObject> &data);
    void save();
    void setStage(Stage stage);
    void fail(const Error &error);
    void finish(const Result<Account> &result);
    void dropHelpers();

    AccountStore *m_store;
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_browserTimeout{0};
    std::chrono::milliseconds m_apiTimeout{std::chrono::seconds(30)};
    Account m_account;
    TokenSet m_tokens;
    Stage m_stage = Stage::Idle;
    // Bumped by start() and cancel(), so an answer for an earlier attempt is ignored.
    quint64 m_generation = 0;
    QPointer<BrowserLogin> m_browser;
    QPointer<SshTokenLogin> m_ssh;
    QPointer<LagoonApiClient> m_api;
};

} // namespace Lagoon
