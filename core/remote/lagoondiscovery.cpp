// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/lagoondiscovery.h"

#include <memory>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include "core/remote/lagoonapierrors.h"
#include "core/remote/remotelogging.h"
#include "core/remote/remoteurls.h"

namespace Lagoon {

LagoonDiscovery::LagoonDiscovery(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
}

void LagoonDiscovery::discover(const QUrl &apiUrl, QObject *context, Callback done)
{
    const QUrl url = RemoteUrls::discoveryUrl(apiUrl);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(m_timeout.count()));
    qCDebug(lcRemote) << "discovery: GET" << url.toDisplayString();
    QNetworkReply *reply = m_network->get(request);
    reply->setParent(this);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) { *sslErrors << errors; });
    if (context)
        connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    QPointer<QObject> receiver(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, receiver, apiUrl, url, sslErrors, done = std::move(done)] {
        reply->deleteLater();
        if (!receiver)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString host = RemoteUrls::hostLabel(apiUrl);
        Result<LagoonDiscoveryInfo> result;
        if (status == 0) {
            result = std::unexpected(LagoonApiErrors::transport(reply->error(), reply->errorString(), url, *sslErrors, m_timeout));
        } else if (status == 404) {
            result = makeError(Error::Code::NotFound,
                               tr("%1 publishes no Lagoon discovery document (Lagoon before v2.18, or not a Lagoon API). "
                                  "You can go on with the API URL and enter the sign-in details yourself.")
                                   .arg(host),
                               url.toDisplayString());
        } else if (status < 200 || status >= 300) {
            result = makeError(Error::Code::HttpError,
                               tr("%1 answered the discovery request with HTTP status %2").arg(host, QString::number(status)),
                               QString::fromUtf8(reply->readAll().left(512)));
        } else {
            result = LagoonDiscoveryInfo::fromJson(reply->readAll(), apiUrl);
        }
        QMetaObject::invokeMethod(receiver.data(), [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace Lagoon
