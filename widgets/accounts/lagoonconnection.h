// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QObject>
#include <QPointer>

#include "core/accounts/account.h"
#include "core/auth/secretstore.h"
#include "core/util/error.h"

class QNetworkAccessManager;

namespace Lagoon {

class AccountStore;
class AccountTokenProvider;
class LagoonSession;

/**
 * The account the app is connected to: picks the default account, and when its tokens are in the
 * keychain, makes the token provider and the LagoonSession that the views use. Switching accounts,
 * signing in again or out replaces the session; sessionChanged() says so, with nullptr while there
 * is none (no account, signed out, keychain unavailable: state() and error() say which).
 *
 * Owns the provider and the session; the AccountStore and the network must outlive it.
 */
class LagoonConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonConnection)

public:
    enum class State
    {
        NoAccount,
        Loading,
        SignedOut,
        KeychainUnavailable,
        SignedIn,
    };
    Q_ENUM(State)

    LagoonConnection(AccountStore *accounts, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~LagoonConnection() override;

    AccountStore *accounts() const { return m_accounts; }
    QNetworkAccessManager *network() const { return m_network; }
    /** Where sessions keep their cache; empty: the platform's cache folder. Set before start(). */
    void setCacheRoot(const QString &root) { m_cacheRoot = root; }

    /** Connects to the default account. */
    void start();

    QString currentAccountId() const { return m_accountId; }
    std::optional<Account> currentAccount() const;
    State state() const { return m_state; }
    /** Why there is no session: the keychain's error, or why the sign-in ended. */
    Error error() const { return m_error; }
    LagoonSession *session() const;
    AccountTokenProvider *tokenProvider() const;

    /** Connects to `id` and remembers it as the default account. */
    void setCurrentAccount(const QString &id);
    /** Reads the current account's tokens again: after it was signed in. */
    void reconnect();
    /**
     * Removes the account's tokens and what was cached of its Lagoon (the account stays); `done`
     * reports the keychain's answer through `context`. The cache goes once the keychain answered,
     * also when `context` is gone by then.
     */
    void signOut(const QString &id, QObject *context, SecretStore::WriteCallback done);
    /** Removes the account, its tokens and its cache; like signOut() for `context` and `done`. */
    void removeAccount(const QString &id, QObject *context, SecretStore::WriteCallback done);

Q_SIGNALS:
    void sessionChanged(Lagoon::LagoonSession *session);
    /** Also when the state stays but the account or error() changed. */
    void stateChanged(Lagoon::LagoonConnection::State state);
    /** The tokens of the current account were renewed, or its sign-in ended. */
    void tokensChanged();
    /**
     * Renewed tokens of the current account could not be written to the keychain: they last only
     * while the app runs. `error` is ready to show (what happened, the keychain's reason).
     */
    void tokensNotKept(const Lagoon::Error &error);

private:
    void connectTo(const QString &id);
    void onTokensRead(quint64 generation, const Account &account, const Result<QByteArray> &secret);
    void onAccountsChanged();
    void dropSession();
    /** A keychain callback that clears the cache of `id`, then calls `done` while `context` lives. */
    SecretStore::WriteCallback forgetCacheThen(const QString &id, QObject *context,
                                               SecretStore::WriteCallback done) const;
    void setState(State state, const Error &error = {});

    AccountStore *m_accounts;
    QNetworkAccessManager *m_network;
    QString m_cacheRoot;
    QString m_accountId;
    State m_state = State::NoAccount;
    Error m_error;
    // Bumped by every connectTo(), so a late keychain answer for an earlier account is ignored.
    quint64 m_generation = 0;
    QPointer<AccountTokenProvider> m_provider;
    QPointer<LagoonSession> m_session;
};

} // namespace Lagoon
