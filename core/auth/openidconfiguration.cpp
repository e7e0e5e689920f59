// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/openidconfiguration.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include "core/auth/authlogging.h"
#include "core/auth/deliverlater.h"
#include "core/auth/oautherrors.h"

namespace Lagoon {

QUrl OpenIdConfiguration::discoveryUrl(const QUrl &issuer)
{
    QUrl url = issuer;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/.well-known/openid-configuration"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

Result<OpenIdConfiguration> OpenIdConfiguration::fromJson(const QByteArray &json, const QUrl &issuer)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    OpenIdConfiguration configuration;
    configuration.issuer = QUrl(object.value(QStringLiteral("issuer")).toString());
    configuration.authorizationEndpoint = QUrl(object.value(QStringLiteral("authorization_endpoint")).toString());
    configuration.tokenEndpoint = QUrl(object.value(QStringLiteral("token_endpoint")).toString());
    if (!configuration.authorizationEndpoint.isValid() || configuration.authorizationEndpoint.isRelative() ||
        !configuration.tokenEndpoint.isValid() || configuration.tokenEndpoint.isRelative()) {
        return makeError(
            Error::Code::ParseFailed,
            tr("%1 does not describe a sign-in server (no OpenID configuration)").arg(issuer.toDisplayString()),
            QString::fromUtf8(json.left(512)));
    }
    if (!configuration.issuer.isValid())
        configuration.issuer = issuer;
    return configuration;
}

void OpenIdConfiguration::fetch(QNetworkAccessManager *network, const QUrl &issuer, std::chrono::milliseconds timeout,
                                QObject *context, Callback done)
{
    const QUrl url = discoveryUrl(issuer);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(timeout.count()));
    qCDebug(lcAuth) << "openid configuration: GET" << url.toDisplayString();
    QNetworkReply *reply = network->get(request);
    QObject::connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    QPointer<QObject> receiver(context);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, receiver, issuer, url, timeout, done] {
        reply->deleteLater();
        if (!receiver)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Result<OpenIdConfiguration> result;
        if (status == 0) {
            result = std::unexpected(OAuthErrors::transport(reply->error(), reply->errorString(), url, timeout));
        } else if (status < 200 || status >= 300) {
            result = makeError(status == 404 ? Error::Code::NotFound : Error::Code::HttpError,
                               tr("%1 has no OpenID configuration (HTTP %2): check the sign-in server and realm")
                                   .arg(issuer.toDisplayString())
                                   .arg(status),
                               url.toDisplayString());
        } else {
            result = fromJson(reply->readAll(), issuer);
        }
        deliverLater(receiver.data(), done, result);
    });
}

} // namespace Lagoon
