// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/jwt.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

namespace Lagoon::Jwt {

namespace {

// Keycloak's access tokens are 1-3 KB; anything far larger is not a token we issued.
constexpr qsizetype MaxTokenLength = 64 * 1024;

std::optional<QDateTime> secondsClaim(const QJsonObject &claims, QLatin1StringView name)
{
    const QJsonValue value = claims.value(name);
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    // Beyond year 9999 QDateTime cannot represent it; such a claim is as good as none.
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 253402300799.0)
        return std::nullopt;
    // Converted afterwards: the time-spec overloads are deprecated from Qt 6.9 on.
    return QDateTime::fromSecsSinceEpoch(qint64(seconds)).toUTC();
}

} // namespace

Result<QJsonObject> payload(QStringView token)
{
    const auto malformed = [](const QString &detail) {
        return makeError(
            Error::Code::ParseFailed,
            QCoreApplication::translate("Lagoon::Jwt", "This is not a Lagoon access token (a JSON Web Token)"), detail);
    };
    if (token.size() > MaxTokenLength)
        return malformed(QStringLiteral("longer than %1 characters").arg(MaxTokenLength));
    const QList<QStringView> parts = token.split(u'.');
    if (parts.size() != 3)
        return malformed(QStringLiteral("%1 dot-separated parts instead of 3").arg(parts.size()));
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    // toLatin1() turns non-Latin-1 characters into '?', which the strict decoder rejects.
    if (!decoded || decoded.decoded.isEmpty())
        return malformed(QStringLiteral("the payload is not base64url"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &error);
    if (!document.isObject())
        return malformed(QStringLiteral("the payload is not a JSON object: %1").arg(error.errorString()));
    return document.object();
}

std::optional<QDateTime> expiry(const QJsonObject &claims)
{
    return secondsClaim(claims, QLatin1StringView("exp"));
}

std::optional<QDateTime> issuedAt(const QJsonObject &claims)
{
    return secondsClaim(claims, QLatin1StringView("iat"));
}

} // namespace Lagoon::Jwt
