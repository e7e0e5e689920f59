// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QUrl>

#include "core/util/error.h"

namespace Lagoon {

/**
 * Turns what Qt Network and the Lagoon API report into results a user can act on. The message
 * names the host and says what to do; Error::detail carries the technical text (Qt's error
 * string, the body Lagoon sent). Tokens never appear in either.
 */
class LagoonApiErrors final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonApiErrors)

public:
    /** What a transfer that got no HTTP answer means: NetworkError, Timeout, TlsError or ConnectionLost. */
    static Error transport(QNetworkReply::NetworkError error, const QString &qtMessage, const QUrl &url,
                           const QList<QSslError> &sslErrors, std::chrono::milliseconds timeout);

    /**
     * The `data` of a GraphQL answer with HTTP status `status`, or: Unauthorized (401, or an
     * UNAUTHENTICATED error), PermissionDenied (403, or Lagoon's "Unauthorized: You don't have
     * permission"), ServerError (5xx), ApiError (the first of `errors[]`, with its path),
     * HttpError (other statuses), ParseFailed (not JSON, no data).
     */
    static Result<QJsonObject> graphQLAnswer(int status, const QByteArray &body, const QUrl &url);

    /**
     * The provider could not give a token: Unauthorized, except when renewing it failed for
     * want of a network (NetworkError, Timeout, ConnectionLost, ServerError), whose code it keeps.
     */
    static Error noToken(const Error &cause, const QUrl &url);

    /** The first message of a GraphQL `errors` array in `body`, empty when there is none. */
    static QString firstMessage(const QByteArray &body);
};

} // namespace Lagoon
