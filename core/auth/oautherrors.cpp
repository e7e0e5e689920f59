// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/oautherrors.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "core/remote/remoteurls.h"

namespace Lagoon {

Error OAuthErrors::transport(QNetworkReply::NetworkError error, const QString &qtMessage, const QUrl &url,
                             std::chrono::milliseconds timeout)
{
    const QString host = RemoteUrls::hostLabel(url);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Error{Error::Code::NetworkError,
                     tr("Cannot reach the sign-in server %1: the connection was refused").arg(host), qtMessage};
    case QNetworkReply::HostNotFoundError:
        return Error{Error::Code::NetworkError,
                     tr("Cannot reach the sign-in server %1: the host name cannot be resolved").arg(host), qtMessage};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Error{Error::Code::Timeout,
                     tr("The sign-in server %1 did not answer within %n second(s)", nullptr,
                        int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()))
                         .arg(host),
                     qtMessage};
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return Error{
            Error::Code::TlsError,
            tr("The secure connection to the sign-in server %1 failed: its certificate was not accepted").arg(host),
            qtMessage};
    default:
        break;
    }
    return Error{Error::Code::NetworkError, tr("Cannot reach the sign-in server %1").arg(host), qtMessage};
}

Error OAuthErrors::tokenEndpoint(int status, const QByteArray &body, const QUrl &url)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString code = json.value(QStringLiteral("error")).toString();
    const QString description = json.value(QStringLiteral("error_description")).toString();
    const QString detail = QStringLiteral("HTTP %1 %2: %3").arg(QString::number(status), code, description);
    const QString host = RemoteUrls::hostLabel(url);
    if (code == QLatin1StringView("invalid_grant")) {
        return Error{Error::Code::Unauthorized,
                     tr("Your sign-in at %1 has expired or was ended elsewhere: sign in again").arg(host), detail};
    }
    if (code == QLatin1StringView("invalid_client") || code == QLatin1StringView("unauthorized_client")) {
        return Error{Error::Code::Unsupported,
                     tr("The sign-in server %1 does not accept this app's client: ask your Lagoon administrator "
                        "whether the lagoon-cli client is enabled")
                         .arg(host),
                     detail};
    }
    if (status >= 500)
        return Error{Error::Code::ServerError, tr("The sign-in server %1 failed (HTTP %2)").arg(host).arg(status),
                     detail};
    return Error{Error::Code::HttpError,
                 tr("The sign-in server %1 refused the request: %2")
                     .arg(host, description.isEmpty() ? (code.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : code)
                                                      : description),
                 detail};
}

} // namespace Lagoon
