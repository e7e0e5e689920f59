// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "core/util/error.h"

namespace Lagoon {

/**
 * The tokens of one sign-in: the bearer token for the API, the refresh token when the sign-in can
 * be renewed without the user, and when the access token expires (read from its `exp` claim, not
 * verified). A value type; secrets inside, so it has no debug output and must never be logged.
 */
struct TokenSet
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::TokenSet)

public:
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; ///< UTC; invalid when the token does not say
    QDateTime issuedAt;  ///< UTC; invalid when the token does not say

    bool isEmpty() const { return accessToken.isEmpty(); }
    bool canRefresh() const { return !refreshToken.isEmpty(); }
    /** The access token's lifetime (iat to exp), zero when unknown. */
    std::chrono::seconds lifetime() const;
    /** True when the access token expires within `margin` of `now` (never for an unknown expiry). */
    bool expiresWithin(std::chrono::milliseconds margin, const QDateTime &now) const;

    /** The key under which an account's tokens live in the SecretStore. */
    static QString secretKey() { return QStringLiteral("tokens"); }

    /** Reads `exp` and `iat` from `accessToken`; ParseFailed when it is not a JWT. */
    static Result<TokenSet> fromAccessToken(const QString &accessToken, const QString &refreshToken = {});
    /**
     * An OAuth 2 token response ({access_token, refresh_token, expires_in, …}). `expires_in` only
     * counts when the access token carries no `exp`. ParseFailed without an access token.
     */
    static Result<TokenSet> fromTokenResponse(const QJsonObject &response, const QDateTime &received);
    /**
     * What a user pasted: surrounding blanks and a "Bearer " prefix are dropped. ParseFailed when it
     * is not a JWT, Unauthorized when it has already expired.
     */
    static Result<TokenSet> fromPastedToken(const QString &text, const QDateTime &now);

    /** The form kept in the SecretStore (JSON), and back. */
    QByteArray toSecret() const;
    static Result<TokenSet> fromSecret(const QByteArray &secret);

    friend bool operator==(const TokenSet &, const TokenSet &) = default;
};

} // namespace Lagoon
