// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/accounttokenprovider.h"

#include <algorithm>
#include <utility>

#include "core/auth/authlogging.h"
#include "core/auth/deliverlater.h"
#include "core/auth/sshtokenlogin.h"
#include "core/auth/tokenendpoint.h"

namespace Lagoon {

namespace {

constexpr std::chrono::seconds NetworkTimeout{30};

} // namespace

AccountTokenProvider::AccountTokenProvider(const QString &accountId, LoginMethod method, SecretStore *secrets,
                                           QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_accountId(accountId), m_method(method), m_secrets(secrets), m_network(network)
{
}

AccountTokenProvider::~AccountTokenProvider() = default;

void AccountTokenProvider::setIssuer(const QUrl &issuer, const QString &clientId)
{
    if (issuer != m_issuer)
        m_openId.reset();
    m_issuer = issuer;
    m_clientId = clientId;
}

void AccountTokenProvider::setTokens(const TokenSet &tokens)
{
    ++m_generation;
    m_tokens = tokens;
    m_loaded = true;
    m_invalid = false;
    m_retriedRefusal = false;
    m_unreachable.reset();
    persist();
}

void AccountTokenProvider::accessToken(QObject *context, Callback done)
{
    m_waiters.append(Waiter{context, std::move(done)});
    if (!m_busy)
        proceed();
}

void AccountTokenProvider::invalidate(const QString &refusedToken)
{
    if (!m_tokens || (!refusedToken.isEmpty() && refusedToken != m_tokens->accessToken))
        return;
    qCInfo(lcAuth) << "account" << m_accountId << ": the API refused the token; it will be renewed";
    m_invalid = true;
}

void AccountTokenProvider::signOut(QObject *context, SecretStore::WriteCallback done)
{
    ++m_generation;
    m_tokens.reset();
    m_loaded = true;
    m_invalid = false;
    m_unreachable.reset();
    m_secrets->remove(m_accountId, TokenSet::secretKey(), context, std::move(done));
}

TokenProvider AccountTokenProvider::provider()
{
    return [self = QPointer<AccountTokenProvider>(this)](const TokenRequest &request, const TokenReply &reply) {
        if (!self) {
            reply(makeError(Error::Code::Unauthorized, tr("This Lagoon account was closed")));
            return;
        }
        // Only the refused token is invalid: when another request's refusal renewed it meanwhile,
        // the renewed one is the answer.
        if (request.purpose == TokenPurpose::Refresh)
            self->invalidate(request.refusedToken);
        self->accessToken(self, [reply](const Result<QString> &token) { reply(token); });
    };
}

void AccountTokenProvider::proceed()
{
    if (!m_loaded) {
        m_busy = true;
        const quint64 generation = m_generation;
        m_secrets->read(m_accountId, TokenSet::secretKey(), this, [this, generation](const Result<QByteArray> &secret) {
            m_busy = false;
            if (generation == m_generation) {
                if (!secret && secret.error().code != Error::Code::NotFound) {
                    // A locked or missing keychain: nothing is known yet, so the next request asks again.
                    deliverAll(std::unexpected(secret.error()));
                    return;
                }
                m_loaded = true;
                if (secret) {
                    if (Result<TokenSet> tokens = TokenSet::fromSecret(*secret))
                        m_tokens = *tokens;
                    else
                        qCWarning(lcAuth)
                            << "account" << m_accountId << ": stored tokens unreadable:" << tokens.error().detail;
                }
            }
            proceed();
        });
        return;
    }
    if (m_waiters.isEmpty())
        return;
    if (!m_tokens || m_tokens->isEmpty()) {
        deliverAll(std::unexpected(notSignedIn()));
        return;
    }
    if (!m_invalid && !needsRenewal()) {
        deliverAll(m_tokens->accessToken);
        return;
    }
    if (m_unreachable && std::chrono::steady_clock::now() < m_unreachableUntil) {
        deliverAll(std::unexpected(*m_unreachable));
        return;
    }
    // Another process (the CLI, the app) may have renewed meanwhile: its tokens, not ours, are the
    // ones to use, and our refresh token may be spent.
    readBack([this](bool) { renewOrDeliver(); });
}

bool AccountTokenProvider::needsRenewal() const
{
    std::chrono::milliseconds margin = m_refreshMargin;
    // A realm with short-lived tokens would otherwise renew on every request.
    if (const std::chrono::milliseconds lifetime = m_tokens->lifetime(); lifetime.count() > 0)
        margin = std::min(margin, lifetime / 4);
    return m_tokens->expiresWithin(margin, QDateTime::currentDateTimeUtc());
}

void AccountTokenProvider::readBack(const std::function<void(bool adopted)> &next)
{
    if (m_pendingWrites > 0) {
        // Ours is the newest: the store has not even got it yet.
        next(false);
        return;
    }
    m_busy = true;
    const quint64 generation = m_generation;
    m_secrets->read(m_accountId, TokenSet::secretKey(), this,
                    [this, generation, next](const Result<QByteArray> &secret) {
                        m_busy = false;
                        if (generation != m_generation) {
                            // setTokens() or signOut() came in between: start from their state.
                            proceed();
                            return;
                        }
                        // A store that cannot be read, or holds nothing: go on with what we have.
                        const Result<TokenSet> stored =
                            secret ? TokenSet::fromSecret(*secret) : Result<TokenSet>(std::unexpected(secret.error()));
                        next(stored && adopt(*stored));
                    });
}

bool AccountTokenProvider::adopt(const TokenSet &stored)
{
    if (stored.isEmpty() || !m_tokens || (stored.accessToken == m_tokens->accessToken &&
                                          stored.refreshToken == m_tokens->refreshToken))
        return false;
    qCInfo(lcAuth) << "account" << m_accountId << ": taking over the tokens another process stored";
    // The refused token was ours, not this one.
    if (stored.accessToken != m_tokens->accessToken)
        m_invalid = false;
    m_tokens = stored;
    m_unreachable.reset();
    return true;
}

void AccountTokenProvider::renewOrDeliver()
{
    if (m_waiters.isEmpty()) {
        m_retriedRefusal = false;
        return;
    }
    if (!m_invalid && !needsRenewal()) {
        m_retriedRefusal = false;
        deliverAll(m_tokens->accessToken);
        return;
    }
    renew();
}

void AccountTokenProvider::renew()
{
    const bool expired = m_tokens->expiresWithin(std::chrono::milliseconds(0), QDateTime::currentDateTimeUtc());
    switch (m_method) {
    case LoginMethod::PastedToken: {
        const Error error{Error::Code::Unauthorized,
                          expired ? tr("The pasted token has expired: paste a new one or sign in")
                                  : tr("Lagoon refused the pasted token: paste a new one or sign in"),
                          QString()};
        Q_EMIT signInRequired(error);
        deliverAll(std::unexpected(error));
        return;
    }
    case LoginMethod::Browser:
        if (!m_tokens->canRefresh()) {
            const Error error{Error::Code::Unauthorized, tr("Your sign-in has expired: sign in again"), QString()};
            Q_EMIT signInRequired(error);
            deliverAll(std::unexpected(error));
            return;
        }
        if (!m_issuer.isValid() || m_issuer.isRelative()) {
            const Error error{Error::Code::NotFound,
                              tr("This account has no sign-in server to renew its token: sign in again"), QString()};
            Q_EMIT signInRequired(error);
            deliverAll(std::unexpected(error));
            return;
        }
        m_busy = true;
        if (m_openId) {
            renewWithRefreshToken();
            return;
        }
        OpenIdConfiguration::fetch(m_network, m_issuer, NetworkTimeout, this,
                                   [this, generation = m_generation](const Result<OpenIdConfiguration> &configuration) {
                                       if (!configuration) {
                                           onRenewed(generation, std::unexpected(configuration.error()));
                                           return;
                                       }
                                       m_openId = *configuration;
                                       if (generation != m_generation)
                                           onRenewed(generation, makeError(Error::Code::Cancelled, QString()));
                                       else
                                           renewWithRefreshToken();
                                   });
        return;
    case LoginMethod::SshKey: {
        m_busy = true;
        qCInfo(lcAuth) << "account" << m_accountId << ": renewing the token over SSH";
        auto *login = new SshTokenLogin(m_sshOptions, this);
        m_ssh = login;
        connect(login, &SshTokenLogin::finished, this,
                [this, login, generation = m_generation](const Result<TokenSet> &tokens) {
                    login->deleteLater();
                    onRenewed(generation, tokens);
                });
        login->start();
        return;
    }
    }
}

void AccountTokenProvider::renewWithRefreshToken()
{
    qCInfo(lcAuth) << "account" << m_accountId << ": renewing the token with the refresh token";
    TokenEndpoint::refresh(
        m_network, m_openId->tokenEndpoint, m_clientId, m_tokens->refreshToken, NetworkTimeout, this,
        [this, generation = m_generation](const Result<TokenSet> &tokens) { onRenewed(generation, tokens); });
}

void AccountTokenProvider::onRenewed(quint64 generation, const Result<TokenSet> &result)
{
    m_busy = false;
    if (generation != m_generation) {
        // setTokens() or signOut() came in between: theirs is the state to answer from.
        proceed();
        return;
    }
    if (!result) {
        const Error error = result.error();
        switch (error.code) {
        case Error::Code::Unauthorized:
            if (m_retriedRefusal) {
                onRefused(error);
                return;
            }
            // Another process may have renewed (and so spent our refresh token) or signed in
            // again since we read the store: with its tokens there is one more try.
            readBack([this, error](bool adopted) {
                if (!adopted) {
                    onRefused(error);
                    return;
                }
                m_retriedRefusal = true;
                renewOrDeliver();
            });
            return;
        case Error::Code::NetworkError:
        case Error::Code::Timeout:
        case Error::Code::ConnectionLost:
        case Error::Code::ServerError:
            m_unreachable = error;
            m_unreachableUntil = std::chrono::steady_clock::now() + m_retryAfterFailure;
            break;
        default:
            break;
        }
        m_retriedRefusal = false;
        deliverAll(std::unexpected(error));
        return;
    }
    TokenSet tokens = *result;
    // The SSH service's refresh token belongs to its confidential client (auth-server) in a real
    // Lagoon, so a public client cannot use it: SSH sign-ins renew over SSH only.
    if (m_method == LoginMethod::SshKey)
        tokens.refreshToken.clear();
    m_tokens = tokens;
    m_invalid = false;
    m_retriedRefusal = false;
    m_unreachable.reset();
    persist();
    qCInfo(lcAuth) << "account" << m_accountId << ": token renewed";
    Q_EMIT tokensRefreshed();
    deliverAll(m_tokens->accessToken);
}

void AccountTokenProvider::onRefused(const Error &error)
{
    // A refused refresh token or SSH key stays refused: the sign-in is over, here and in the
    // store, so that the accounts list (and the other process) says so too.
    qCInfo(lcAuth) << "account" << m_accountId << ": the renewal was refused; forgetting the tokens";
    m_tokens.reset();
    m_invalid = false;
    m_retriedRefusal = false;
    m_secrets->remove(m_accountId, TokenSet::secretKey(), this, [this](const Result<void> &removed) {
        if (!removed)
            qCWarning(lcAuth) << "account" << m_accountId << ": refused tokens not removed:" << removed.error().message;
    });
    Q_EMIT signInRequired(error);
    deliverAll(std::unexpected(error));
}

void AccountTokenProvider::persist()
{
    if (!m_tokens)
        return;
    ++m_pendingWrites;
    m_secrets->store(
        m_accountId, TokenSet::secretKey(), m_tokens->toSecret(), this, [this](const Result<void> &stored) {
            --m_pendingWrites;
            if (!stored) {
                qCWarning(lcAuth) << "account" << m_accountId << ": tokens not stored:" << stored.error().message;
                Q_EMIT storeFailed(stored.error());
            }
        });
}

void AccountTokenProvider::deliverAll(const Result<QString> &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            deliverLater(waiter.context.data(), waiter.done, result);
    }
}

Error AccountTokenProvider::notSignedIn() const
{
    return Error{Error::Code::Unauthorized, tr("You are not signed in to this Lagoon account: sign in first"),
                 QString()};
}

} // namespace Lagoon
