// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "core/auth/loginmethod.h"
#include "core/auth/openidconfiguration.h"
#include "core/auth/secretstore.h"
#include "core/auth/sshtokenoptions.h"
#include "core/auth/tokenset.h"
#include "core/remote/tokenprovider.h"
#include "core/util/error.h"

class QNetworkAccessManager;

namespace Lagoon {

class SshTokenLogin;

/**
 * Hands out a valid access token for one account, renewing it before it expires (when less than
 * refreshMargin() is left, at most a quarter of the token's lifetime) or after the API refused it
 * (invalidate()): with the refresh token at the realm's token endpoint for browser sign-ins, by
 * asking the SSH token service again for SSH-key sign-ins. A pasted token cannot be renewed: the
 * caller gets Unauthorized ("paste a new one or sign in").
 *
 * Tokens are loaded from the SecretStore on first use and written back after every change. The app
 * and the CLI share that store, and the realm rotates refresh tokens (a spent one that comes back
 * revokes the sign-in), so before every renewal the stored tokens are read again: when another
 * process renewed meanwhile, its tokens are taken over instead of renewing with a spent refresh
 * token. A refresh token the realm refuses (or an SSH key the service refuses) ends the sign-in:
 * the stored tokens are read once more (another process may just have signed in anew, and those
 * are tried), else they are removed from the store, so that the accounts list says signed out.
 *
 * A renewal that fails because the sign-in server or SSH token service cannot be reached is
 * remembered for retryAfterFailure(): meanwhile requests get that failure at once instead of each
 * waiting for another attempt (ssh's connect timeout is 15 s).
 *
 * Any number of requests during a load or renewal share it: there is never more than one at a time.
 * Each request's callback runs exactly once, later, through its context's event loop (not at all
 * once the context is gone). Errors: Unauthorized (not signed in, or the renewal was refused:
 * signInRequired() is emitted too), the network, server and SSH errors of the renewal, and the
 * SecretStore's errors. Lives in one thread; must outlive the clients that use provider().
 */
class AccountTokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTokenProvider)

public:
    using Callback = std::function<void(const Result<QString> &accessToken)>;

    /** `secrets` and `network` must outlive the provider. */
    AccountTokenProvider(const QString &accountId, LoginMethod method, SecretStore *secrets,
                         QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AccountTokenProvider() override;

    QString accountId() const { return m_accountId; }
    LoginMethod method() const { return m_method; }

    /** For browser sign-ins: the realm whose token endpoint renews the tokens. */
    void setIssuer(const QUrl &issuer, const QString &clientId);
    /** For SSH-key sign-ins: how to reach the SSH token service again. */
    void setSshOptions(const SshTokenOptions &options) { m_sshOptions = options; }
    void setRefreshMargin(std::chrono::seconds margin) { m_refreshMargin = margin; }
    std::chrono::seconds refreshMargin() const { return m_refreshMargin; }
    /** How long a renewal that could not reach its server is not tried again; default 30 s. */
    void setRetryAfterFailure(std::chrono::milliseconds delay) { m_retryAfterFailure = delay; }
    std::chrono::milliseconds retryAfterFailure() const { return m_retryAfterFailure; }

    /** The tokens of a new sign-in: used from now on and written to the SecretStore. */
    void setTokens(const TokenSet &tokens);
    /** A valid access token, renewed first when needed. */
    void accessToken(QObject *context, Callback done);
    /**
     * The API refused a token: the next request renews it. With `refusedToken`, only when it is
     * still the current one (another request may have renewed it meanwhile).
     */
    void invalidate(const QString &refusedToken = {});
    /** Forgets the tokens here and in the SecretStore. */
    void signOut(QObject *context, SecretStore::WriteCallback done);

    /**
     * For LagoonApiClient and LagoonSubscriptionClient: Refresh invalidates the refused token
     * (so a refusal of a token that was renewed meanwhile renews nothing), then asks.
     */
    TokenProvider provider();

Q_SIGNALS:
    /** New tokens were obtained without the user (never carries them). */
    void tokensRefreshed();
    /** The tokens cannot be renewed any more: the user must sign in (or paste a token) again. */
    void signInRequired(const Lagoon::Error &reason);
    /** The SecretStore could not keep the tokens: they last only as long as the app runs. */
    void storeFailed(const Lagoon::Error &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };

    void proceed();
    bool needsRenewal() const;
    /** Reads the stored tokens again and takes them over when another process changed them. */
    void readBack(const std::function<void(bool adopted)> &next);
    bool adopt(const TokenSet &stored);
    void renewOrDeliver();
    void renew();
    void renewWithRefreshToken();
    void onRenewed(quint64 generation, const Result<TokenSet> &result);
    void onRefused(const Error &error);
    void persist();
    void deliverAll(const Result<QString> &result);
    Error notSignedIn() const;

    QString m_accountId;
    LoginMethod m_method;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    QUrl m_issuer;
    QString m_clientId = QStringLiteral("lagoon-cli");
    std::optional<OpenIdConfiguration> m_openId;
    SshTokenOptions m_sshOptions;
    std::chrono::seconds m_refreshMargin{60};
    std::chrono::milliseconds m_retryAfterFailure{std::chrono::seconds(30)};

    std::optional<TokenSet> m_tokens;
    bool m_loaded = false;
    bool m_invalid = false;
    bool m_busy = false;
    // A refused renewal was followed by taking over tokens from the store: no second time.
    bool m_retriedRefusal = false;
    int m_pendingWrites = 0;
    // The last renewal's failure for want of a network, and until when it stands.
    std::optional<Error> m_unreachable;
    std::chrono::steady_clock::time_point m_unreachableUntil;
    // Bumped by setTokens()/signOut(), so an older load or renewal does not overwrite them.
    quint64 m_generation = 0;
    QList<Waiter> m_waiters;
    QPointer<SshTokenLogin> m_ssh;
};

} // namespace Lagoon
