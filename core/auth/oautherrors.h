// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QCoreApplication>
#include <QNetworkReply>
#include <QUrl>

#include "core/util/error.h"

namespace Lagoon {

/**
 * Turns failures of the sign-in server (Keycloak's realm: discovery, token endpoint) into errors a
 * user can act on. Messages name the host; Error::detail carries the server's or Qt's technical
 * text. Neither ever contains a token or an authorization code.
 */
class OAuthErrors final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::OAuthErrors)

public:
    /** A transfer that got no HTTP answer: NetworkError, Timeout or TlsError. */
    static Error transport(QNetworkReply::NetworkError error, const QString &qtMessage, const QUrl &url,
                           std::chrono::milliseconds timeout);
    /**
     * An error answer of the token endpoint (RFC 6749 §5.2 `{error, error_description}`):
     * invalid_grant is Unauthorized (the refresh token or code is spent, revoked or expired: sign in
     * again), invalid_client / unauthorized_client Unsupported, a 5xx ServerError, else HttpError.
     */
    static Error tokenEndpoint(int status, const QByteArray &body, const QUrl &url);
};

} // namespace Lagoon
