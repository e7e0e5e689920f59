// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/tokenendpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include "core/auth/authlogging.h"
#include "core/auth/deliverlater.h"
#include "core/auth/oautherrors.h"

namespace Lagoon {

void TokenEndpoint::refresh(QNetworkAccessManager *network, const QUrl &endpoint, const QString &clientId,
                            const QString &refreshToken, std::chrono::milliseconds timeout, QObject *context,
                            Callback done)
{
    // Encoded by hand: QUrlQuery leaves '+' alone, which a form body reads as a space.
    const QByteArray body = QByteArrayLiteral("grant_type=refresh_token&client_id=") +
                            QUrl::toPercentEncoding(clientId) + QByteArrayLiteral("&refresh_token=") +
                            QUrl::toPercentEncoding(refreshToken);
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(timeout.count()));
    qCDebug(lcAuth) << "token endpoint: refresh at" << endpoint.toDisplayString();
    QNetworkReply *reply = network->post(request, body);
    QObject::connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    QPointer<QObject> receiver(context);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, receiver, endpoint, timeout, done] {
        reply->deleteLater();
        if (!receiver)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        Result<TokenSet> result;
        if (status == 0) {
            result = std::unexpected(OAuthErrors::transport(reply->error(), reply->errorString(), endpoint, timeout));
        } else if (status < 200 || status >= 300) {
            result = std::unexpected(OAuthErrors::tokenEndpoint(status, answer, endpoint));
        } else {
            result =
                TokenSet::fromTokenResponse(QJsonDocument::fromJson(answer).object(), QDateTime::currentDateTimeUtc());
        }
        if (!result)
            qCInfo(lcAuth) << "token endpoint: refresh failed:" << result.error().detail;
        deliverLater(receiver.data(), done, result);
    });
}

} // namespace Lagoon
