// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QStringView>

#include "core/util/error.h"

// Reading JSON Web Tokens without verifying them: the app only needs to know when a token expires
// and whose it is. The API verifies signatures; nothing here may be used to trust a token.
namespace Lagoon::Jwt {

/**
 * The claims of a compact JWS ("header.payload.signature", base64url without padding).
 * ParseFailed when the text is not three segments, the payload is not base64url or not a JSON
 * object. The error never contains the token.
 */
Result<QJsonObject> payload(QStringView token);

/** `exp` (seconds since the epoch) as UTC; nullopt when missing or not a number. */
std::optional<QDateTime> expiry(const QJsonObject &claims);

/** `iat` as UTC; nullopt when missing or not a number. */
std::optional<QDateTime> issuedAt(const QJsonObject &claims);

} // namespace Lagoon::Jwt
