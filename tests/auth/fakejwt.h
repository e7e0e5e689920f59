// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace Lagoon::Test {

/** An unsigned-looking JWT with `claims`: what the app reads without verifying. The API refuses it. */
inline QString fakeJwt(const QJsonObject &claims)
{
    const auto encode = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray header =
        encode({{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}});
    return QString::fromLatin1(header + '.' + encode(claims) + QByteArrayLiteral(".c2lnbmF0dXJl"));
}

/** A fake JWT that expires `seconds` from now (negative: in the past), issued now. */
inline QString fakeJwtExpiringIn(qint64 seconds)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return fakeJwt({{QStringLiteral("exp"), double(now + seconds)},
                    {QStringLiteral("iat"), double(now)},
                    {QStringLiteral("email"), QStringLiteral("maintainer@example.com")}});
}

} // namespace Lagoon::Test
