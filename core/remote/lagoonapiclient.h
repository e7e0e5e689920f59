// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include "core/remote/graphqlrequest.h"
#include "core/remote/tokenprovider.h"
#include "core/util/error.h"

class QNetworkAccessManager;

namespace Lagoon {

/**
 * GraphQL over HTTP(S) against one Lagoon API endpoint: POST {query, operationName, variables}
 * with a bearer token from the TokenProvider. When the API refuses the token (HTTP 401 or an
 * UNAUTHENTICATED error) the client asks the provider once for a fresh one, naming the refused
 * token, and sends the request once more; a second refusal is the result.
 *
 * Every call delivers its result exactly once to `done`, through the event loop of `context`'s
 * thread, and never from inside the call; nothing is delivered (and the transfer is aborted) when
 * `context` is destroyed first. The result is the answer's `data` object, or an Error: NetworkError
 * ("cannot reach <host>"), Timeout (no byte for timeout()), TlsError (never ignored),
 * ConnectionLost, Unauthorized (with Lagoon's message), PermissionDenied, ServerError (5xx),
 * ApiError (GraphQL errors: the first message and its path), HttpError, ParseFailed, NotFound (no
 * shipped document by that name).
 *
 * The client lives in one thread with its QNetworkAccessManager; destroying it aborts its calls.
 */
class LagoonApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonApiClient)

public:
    using Callback = std::function<void(const Result<QJsonObject> &data)>;

    /** `network` must outlive the client; `endpoint` is the GraphQL URL (https://api.example.com/graphql). */
    LagoonApiClient(QNetworkAccessManager *network, const QUrl &endpoint, TokenProvider tokens, QObject *parent = nullptr);
    ~LagoonApiClient() override;

    const QUrl &endpoint() const { return m_endpoint; }

    /** How long a request may go without receiving a byte (QNetworkRequest::setTransferTimeout). */
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /** Runs a document the app ships (GraphQLDocuments) by its operation name. */
    void run(const QString &operationName, const QJsonObject &variables, QObject *context, Callback done);

    /** Runs any operation. */
    void run(const GraphQLRequest &request, QObject *context, Callback done);

private:
    struct Call;
    void fetchToken(const std::shared_ptr<Call> &call, const TokenRequest &tokenRequest);
    void post(const std::shared_ptr<Call> &call, const QString &token);
    void onFinished(const std::shared_ptr<Call> &call);
    static void deliver(const std::shared_ptr<Call> &call, const Result<QJsonObject> &result);

    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    TokenProvider m_tokens;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(30)};
};

} // namespace Lagoon
