// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/lagoonapiclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>

#include "core/remote/lagoonapierrors.h"
#include "core/remote/remotelogging.h"
#include "core/remote/remoteurls.h"

namespace Lagoon {

struct LagoonApiClient::Call
{
    GraphQLRequest request;
    QPointer<QObject> context;
    Callback done;
    QPointer<QNetworkReply> reply;
    QList<QSslError> sslErrors;
    // The bearer token sent last: the one to name if the API refuses it.
    QString token;
    bool refreshed = false;
    bool delivered = false;
};

LagoonApiClient::LagoonApiClient(QNetworkAccessManager *network, const QUrl &endpoint, TokenProvider tokens,
                                 QObject *parent)
    : QObject(parent), m_network(network), m_endpoint(endpoint), m_tokens(std::move(tokens))
{
}

// The replies are our children: deleting them aborts the transfers, and their finished() no
// longer reaches us.
LagoonApiClient::~LagoonApiClient() = default;

void LagoonApiClient::run(const QString &operationName, const QJsonObject &variables, QObject *context, Callback done)
{
    auto request = GraphQLRequest::shipped(operationName, variables);
    if (!request) {
        auto call = std::make_shared<Call>();
        call->context = context;
        call->done = std::move(done);
        deliver(call, std::unexpected(request.error()));
        return;
    }
    run(*request, context, std::move(done));
}

void LagoonApiClient::run(const GraphQLRequest &request, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->done = std::move(done);
    fetchToken(call, TokenPurpose::Current);
}

void LagoonApiClient::fetchToken(const std::shared_ptr<Call> &call, const TokenRequest &tokenRequest)
{
    if (!m_tokens) {
        post(call, QString());
        return;
    }
    QPointer<LagoonApiClient> self(this);
    m_tokens(tokenRequest, [self, call](const Result<QString> &token) {
        if (!self || !call->context)
            return;
        if (!token) {
            deliver(call, std::unexpected(LagoonApiErrors::noToken(token.error(), self->m_endpoint)));
            return;
        }
        self->post(call, *token);
    });
}

void LagoonApiClient::post(const std::shared_ptr<Call> &call, const QString &token)
{
    call->token = token;
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8());
    request.setTransferTimeout(int(m_timeout.count()));

    qCDebug(lcRemote) << "POST" << call->request.operationName << "to" << RemoteUrls::hostLabel(m_endpoint)
                      << (call->refreshed ? "(with a refreshed token)" : "");
    const QByteArray body = QJsonDocument(call->request.toJson()).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    reply->setParent(this);
    call->reply = reply;
    call->sslErrors.clear();
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) { call->sslErrors << errors; });
    connect(reply, &QNetworkReply::finished, this, [this, call] { onFinished(call); });
    if (call->context) {
        // A caller that goes away cancels its call; the reply lives in our thread, so queue the abort there.
        connect(call->context, &QObject::destroyed, reply, &QNetworkReply::abort);
    }
}

void LagoonApiClient::onFinished(const std::shared_ptr<Call> &call)
{
    QNetworkReply *reply = call->reply;
    if (!reply)
        return;
    reply->deleteLater();
    call->reply = nullptr;
    if (!call->context)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        deliver(call, std::unexpected(LagoonApiErrors::transport(reply->error(), reply->errorString(), m_endpoint,
                                                                 call->sslErrors, m_timeout)));
        return;
    }
    Result<QJsonObject> result = LagoonApiErrors::graphQLAnswer(status, reply->readAll(), m_endpoint);
    if (!result && result.error().code == Error::Code::Unauthorized && !call->refreshed && m_tokens) {
        qCDebug(lcRemote) << call->request.operationName << "was refused a token; asking for a fresh one";
        call->refreshed = true;
        fetchToken(call, TokenRequest(TokenPurpose::Refresh, call->token));
        return;
    }
    qCDebug(lcRemote) << call->request.operationName << "finished:" << (result ? "ok" : qPrintable(result.error().message));
    deliver(call, result);
}

void LagoonApiClient::deliver(const std::shared_ptr<Call> &call, const Result<QJsonObject> &result)
{
    if (call->delivered || !call->context)
        return;
    call->delivered = true;
    // Queued even on the same thread: the callback never runs inside run() or a provider's reply.
    QMetaObject::invokeMethod(
        call->context.data(), [done = call->done, result] { done(result); }, Qt::QueuedConnection);
}

} // namespace Lagoon
