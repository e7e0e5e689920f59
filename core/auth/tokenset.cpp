// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/tokenset.h"

#include <QJsonDocument>
#include <QLocale>

#include "core/auth/jwt.h"

namespace Lagoon {

namespace {

const QString AccessTokenKey = QStringLiteral("access_token");
const QString RefreshTokenKey = QStringLiteral("refresh_token");
const QString ExpiresAtKey = QStringLiteral("expires_at");
const QString ExpiresInKey = QStringLiteral("expires_in");

} // namespace

std::chrono::seconds TokenSet::lifetime() const
{
    if (!expiresAt.isValid() || !issuedAt.isValid() || issuedAt > expiresAt)
        return std::chrono::seconds(0);
    return std::chrono::seconds(issuedAt.secsTo(expiresAt));
}

bool TokenSet::expiresWithin(std::chrono::milliseconds margin, const QDateTime &now) const
{
    if (!expiresAt.isValid())
        return false;
    return now.msecsTo(expiresAt) < margin.count();
}

Result<TokenSet> TokenSet::fromAccessToken(const QString &accessToken, const QString &refreshToken)
{
    const Result<QJsonObject> claims = Jwt::payload(accessToken);
    if (!claims)
        return std::unexpected(claims.error());
    TokenSet tokens;
    tokens.accessToken = accessToken;
    tokens.refreshToken = refreshToken;
    tokens.expiresAt = Jwt::expiry(*claims).value_or(QDateTime());
    tokens.issuedAt = Jwt::issuedAt(*claims).value_or(QDateTime());
    return tokens;
}

Result<TokenSet> TokenSet::fromTokenResponse(const QJsonObject &response, const QDateTime &received)
{
    const QString access = response.value(AccessTokenKey).toString();
    if (access.isEmpty())
        return makeError(Error::Code::ParseFailed, tr("The sign-in server's answer holds no access token"),
                         QStringLiteral("keys: %1").arg(response.keys().join(QLatin1Char(','))));
    // OAuth allows opaque access tokens; only their expires_in says when they end.
    TokenSet tokens = fromAccessToken(access).value_or(TokenSet{access, {}, {}, {}});
    tokens.refreshToken = response.value(RefreshTokenKey).toString();
    if (!tokens.expiresAt.isValid() && response.value(ExpiresInKey).isDouble()) {
        tokens.issuedAt = received;
        tokens.expiresAt = received.addSecs(qint64(response.value(ExpiresInKey).toDouble()));
    }
    return tokens;
}

Result<TokenSet> TokenSet::fromPastedToken(const QString &text, const QDateTime &now)
{
    QString token = text.trimmed();
    if (token.startsWith(QLatin1StringView("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    Result<TokenSet> tokens = fromAccessToken(token);
    if (!tokens)
        return tokens;
    if (tokens->expiresAt.isValid() && tokens->expiresAt <= now) {
        return makeError(Error::Code::Unauthorized,
                         tr("This token expired on %1: paste a new one or sign in")
                             .arg(QLocale().toString(tokens->expiresAt.toLocalTime(), QLocale::ShortFormat)));
    }
    return tokens;
}

QByteArray TokenSet::toSecret() const
{
    QJsonObject json{{AccessTokenKey, accessToken}};
    if (!refreshToken.isEmpty())
        json.insert(RefreshTokenKey, refreshToken);
    // Kept for tokens whose expiry came from expires_in: an opaque token has no exp to re-read.
    if (expiresAt.isValid())
        json.insert(ExpiresAtKey, expiresAt.toString(Qt::ISODate));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<TokenSet> TokenSet::fromSecret(const QByteArray &secret)
{
    const QJsonObject json = QJsonDocument::fromJson(secret).object();
    const QString access = json.value(AccessTokenKey).toString();
    if (access.isEmpty())
        return makeError(Error::Code::ParseFailed, tr("The stored sign-in is damaged: sign in again"));
    TokenSet tokens;
    tokens.accessToken = access;
    tokens.refreshToken = json.value(RefreshTokenKey).toString();
    if (const Result<QJsonObject> claims = Jwt::payload(access)) {
        tokens.expiresAt = Jwt::expiry(*claims).value_or(QDateTime());
        tokens.issuedAt = Jwt::issuedAt(*claims).value_or(QDateTime());
    }
    if (!tokens.expiresAt.isValid())
        tokens.expiresAt = QDateTime::fromString(json.value(ExpiresAtKey).toString(), Qt::ISODate);
    return tokens;
}

} // namespace Lagoon
