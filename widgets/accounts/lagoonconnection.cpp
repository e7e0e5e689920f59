// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/accounts/lagoonconnection.h"

#include "core/accounts/accountstore.h"
#include "core/auth/accounttokenprovider.h"
#include "core/auth/tokenset.h"
#include "core/remote/cache/lagooncache.h"
#include "core/remote/lagoonsession.h"

namespace Lagoon {

LagoonConnection::LagoonConnection(AccountStore *accounts, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_network(network)
{
    connect(m_accounts, &AccountStore::accountsChanged, this, &LagoonConnection::onAccountsChanged);
}

LagoonConnection::~LagoonConnection()
{
    // The session's clients ask the provider for tokens: the session goes first.
    delete m_session;
    delete m_provider;
}

void LagoonConnection::start()
{
    connectTo(m_accounts->defaultAccountId());
}

std::optional<Account> LagoonConnection::currentAccount() const
{
    return m_accounts->account(m_accountId);
}

LagoonSession *LagoonConnection::session() const
{
    return m_session;
}

AccountTokenProvider *LagoonConnection::tokenProvider() const
{
    return m_provider;
}

void LagoonConnection::setCurrentAccount(const QString &id)
{
    if (!m_accounts->account(id))
        return;
    if (m_accounts->defaultAccountId() != id)
        m_accounts->setDefaultAccount(id);
    if (id != m_accountId || m_state != State::SignedIn)
        connectTo(id);
}

void LagoonConnection::reconnect()
{
    connectTo(m_accountId);
}

void LagoonConnection::connectTo(const QString &id)
{
    ++m_generation;
    dropSession();
    m_accountId = id;
    const std::optional<Account> account = m_accounts->account(id);
    if (!account) {
        m_accountId.clear();
        setState(State::NoAccount);
        return;
    }
    setState(State::Loading);
    const quint64 generation = m_generation;
    m_accounts->secrets()->read(account->id, TokenSet::secretKey(), this,
                                [this, generation, account = *account](const Result<QByteArray> &secret) {
                                    onTokensRead(generation, account, secret);
                                });
}

void LagoonConnection::onTokensRead(quint64 generation, const Account &account, const Result<QByteArray> &secret)
{
    if (generation != m_generation)
        return;
    if (!secret) {
        if (secret.error().code == Error::Code::NotFound)
            setState(State::SignedOut);
        else
            setState(State::KeychainUnavailable, secret.error());
        return;
    }
    if (const Result<TokenSet> tokens = TokenSet::fromSecret(*secret); !tokens || tokens->isEmpty()) {
        setState(State::SignedOut, tokens ? Error{} : tokens.error());
        return;
    }
    m_provider = m_accounts->createTokenProvider(account, m_network, this);
    connect(m_provider, &AccountTokenProvider::tokensRefreshed, this, &LagoonConnection::tokensChanged);
    connect(m_provider, &AccountTokenProvider::storeFailed, this,
            [this, name = account.displayName](const Error &error) {
                Q_EMIT tokensNotKept(Error{error.code,
                                           tr("The renewed sign-in of %1 could not be saved in the keychain (%2). It "
                                              "lasts until Lagoon Desktop quits; then sign in again.")
                                               .arg(name, error.message),
                                           error.detail});
            });
    connect(m_provider, &AccountTokenProvider::signInRequired, this, [this](const Error &reason) {
        // The renewal was refused: the user has to sign in again; the views show that.
        ++m_generation;
        dropSession();
        setState(State::SignedOut, reason);
        Q_EMIT tokensChanged();
    });
    m_session = new LagoonSession(m_network, account.id, account.apiUrl, m_provider->provider(), m_cacheRoot, this);
    setState(State::SignedIn);
    Q_EMIT sessionChanged(m_session);
}

SecretStore::WriteCallback LagoonConnection::forgetCacheThen(const QString &id, QObject *context,
                                                             SecretStore::WriteCallback done) const
{
    // The keychain answers to the connection, not to `context`: a dialog closed before the answer
    // must not leave the account's cached answers behind. Only the report needs `context`.
    return [id, root = m_cacheRoot, receiver = QPointer<QObject>(context),
            done = std::move(done)](const Result<void> &result) {
        LagoonCache(id, root).clear();
        if (receiver && done)
            done(result);
    };
}

void LagoonConnection::signOut(const QString &id, QObject *context, SecretStore::WriteCallback done)
{
    SecretStore::WriteCallback finish = forgetCacheThen(id, context, std::move(done));
    if (id == m_accountId && m_provider) {
        AccountTokenProvider *provider = m_provider;
        ++m_generation;
        m_provider = nullptr;
        dropSession();
        setState(State::SignedOut);
        provider->signOut(this, [provider, finish = std::move(finish)](const Result<void> &result) {
            provider->deleteLater();
            finish(result);
        });
        return;
    }
    m_accounts->secrets()->remove(id, TokenSet::secretKey(), this,
                                  [this, id, finish = std::move(finish)](const Result<void> &result) {
                                      if (result && id == m_accountId && m_state != State::Loading)
                                          setState(State::SignedOut);
                                      finish(result);
                                  });
}

void LagoonConnection::removeAccount(const QString &id, QObject *context, SecretStore::WriteCallback done)
{
    // The store's accountsChanged moves the connection to another account before the cache goes.
    m_accounts->remove(id, this, forgetCacheThen(id, context, std::move(done)));
}

void LagoonConnection::onAccountsChanged()
{
    if (m_accountId.isEmpty() || !m_accounts->account(m_accountId)) {
        // The current account was removed, or the first one added.
        const QString next = m_accounts->defaultAccountId();
        if (next != m_accountId || m_state != State::NoAccount)
            connectTo(next);
    }
}

void LagoonConnection::dropSession()
{
    LagoonSession *session = m_session;
    AccountTokenProvider *provider = m_provider;
    m_session = nullptr;
    m_provider = nullptr;
    if (session) {
        // Views let go of the session before it goes; the provider may be the one signalling now.
        Q_EMIT sessionChanged(nullptr);
        session->deleteLater();
    }
    if (provider) {
        provider->disconnect(this);
        provider->deleteLater();
    }
}

void LagoonConnection::setState(State state, const Error &error)
{
    // Also when the state stays: the account or the reason may be another one now.
    m_error = error;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Lagoon
