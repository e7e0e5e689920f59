// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <functional>

#include <QString>
#include <QUrl>

#include "core/auth/tokenset.h"
#include "core/util/error.h"

class QNetworkAccessManager;
class QObject;

namespace Lagoon {

/** Requests against an OAuth 2 token endpoint for a public client (no client secret). */
class TokenEndpoint final
{
public:
    using Callback = std::function<void(const Result<TokenSet> &tokens)>;

    /**
     * grant_type=refresh_token. The answer's tokens replace the old ones: Keycloak and the sandbox
     * rotate refresh tokens, so the old refresh token is spent once this succeeds. Errors are
     * OAuthErrors' (Unauthorized when the refresh token was refused). `done` runs once through
     * `context`'s event loop, never when `context` is destroyed first.
     */
    static void refresh(QNetworkAccessManager *network, const QUrl &endpoint, const QString &clientId,
                        const QString &refreshToken, std::chrono::milliseconds timeout, QObject *context,
                        Callback done);
};

} // namespace Lagoon
