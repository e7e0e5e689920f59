// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/lagoonapierrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include "core/remote/remoteurls.h"

namespace Lagoon {

namespace {

// Lagoon's hasPermission error (KeycloakUnauthorizedError): no token refresh can fix it.
const QString PermissionPrefix = QStringLiteral("Unauthorized: You don't have permission");

QJsonArray errorsOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("errors")).toArray();
}

QString bodyExcerpt(const QByteArray &body)
{
    return QString::fromUtf8(body.left(2048));
}

// "message (at deployEnvironmentBranch.0)".
QString describeGraphQLError(const QJsonObject &error)
{
    const QString message = error.value(QStringLiteral("message")).toString();
    QStringList path;
    const QJsonArray segments = error.value(QStringLiteral("path")).toArray();
    for (const QJsonValue &segment : segments)
        path << (segment.isDouble() ? QString::number(segment.toInt()) : segment.toString());
    if (path.isEmpty())
        return message;
    return LagoonApiErrors::tr("%1 (at %2)").arg(message, path.join(QLatin1Char('.')));
}

} // namespace

QString LagoonApiErrors::firstMessage(const QByteArray &body)
{
    return errorsOf(body).at(0).toObject().value(QStringLiteral("message")).toString();
}

Error LagoonApiErrors::transport(QNetworkReply::NetworkError error, const QString &qtMessage, const QUrl &url,
                                 const QList<QSslError> &sslErrors, std::chrono::milliseconds timeout)
{
    const QString host = RemoteUrls::hostLabel(url);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Error{Error::Code::NetworkError,
                     tr("Cannot reach %1: the connection was refused. Is the Lagoon API running at this address?").arg(host),
                     qtMessage};
    case QNetworkReply::HostNotFoundError:
        return Error{Error::Code::NetworkError, tr("Cannot reach %1: the host name cannot be resolved").arg(host), qtMessage};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // The transfer timeout aborts the reply; a reply we abort ourselves is never reported.
        return Error{Error::Code::Timeout,
                     tr("Lagoon at %1 did not answer within %n second(s)", nullptr, int((timeout.count() + 999) / 1000)).arg(host),
                     qtMessage};
    case QNetworkReply::RemoteHostClosedError:
        return Error{Error::Code::ConnectionLost, tr("The connection to %1 closed before Lagoon answered").arg(host),
                     qtMessage};
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError: {
        if (error == QNetworkReply::UnknownNetworkError && sslErrors.isEmpty())
            break;
        QStringList problems;
        for (const QSslError &sslError : sslErrors)
            problems << sslError.errorString();
        // Certificates are never accepted behind the user's back; the message says what failed.
        const QString why = problems.isEmpty() ? qtMessage : problems.join(QStringLiteral("; "));
        return Error{Error::Code::TlsError,
                     tr("The secure connection to %1 failed, nothing was sent: %2").arg(host, why), qtMessage};
    }
    default:
        break;
    }
    return Error{Error::Code::NetworkError, tr("Cannot reach %1: %2").arg(host, qtMessage), qtMessage};
}

Result<QJsonObject> LagoonApiErrors::graphQLAnswer(int status, const QByteArray &body, const QUrl &url)
{
    const QString host = RemoteUrls::hostLabel(url);
    const QString lagoonMessage = firstMessage(body);
    if (status == 401) {
        const QString why = lagoonMessage.isEmpty() ? tr("the token was refused") : lagoonMessage;
        return makeError(Error::Code::Unauthorized, tr("Lagoon at %1 did not accept the sign-in: %2").arg(host, why),
                         bodyExcerpt(body));
    }
    if (status == 403) {
        const QString why = lagoonMessage.isEmpty() ? tr("access denied") : lagoonMessage;
        return makeError(Error::Code::PermissionDenied, tr("Lagoon at %1 refused the request: %2").arg(host, why),
                         bodyExcerpt(body));
    }
    if (status >= 500) {
        const QString message = lagoonMessage.isEmpty()
            ? tr("Lagoon at %1 failed with HTTP status %2").arg(host, QString::number(status))
            : tr("Lagoon at %1 failed with HTTP status %2: %3").arg(host, QString::number(status), lagoonMessage);
        return makeError(Error::Code::ServerError, message, bodyExcerpt(body));
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (status < 200 || status >= 300) {
            return makeError(Error::Code::HttpError, tr("Lagoon at %1 answered with HTTP status %2").arg(host, QString::number(status)),
                             bodyExcerpt(body));
        }
        const QString why = parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("not an object");
        return makeError(Error::Code::ParseFailed, tr("The answer from %1 is not valid GraphQL JSON").arg(host),
                         why + QLatin1Char('\n') + bodyExcerpt(body));
    }

    const QJsonObject answer = document.object();
    const QJsonArray errors = answer.value(QStringLiteral("errors")).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        const QString code = first.value(QStringLiteral("extensions")).toObject().value(QStringLiteral("code")).toString();
        const QString text = describeGraphQLError(first);
        QStringList all;
        for (const QJsonValue &error : errors)
            all << describeGraphQLError(error.toObject());
        Error::Code kind = Error::Code::ApiError;
        if (code == QLatin1String("UNAUTHENTICATED"))
            kind = Error::Code::Unauthorized;
        else if (code == QLatin1String("FORBIDDEN") || first.value(QStringLiteral("message")).toString().startsWith(PermissionPrefix))
            kind = Error::Code::PermissionDenied;
        return makeError(kind, tr("Lagoon at %1: %2").arg(host, text), all.join(QLatin1Char('\n')));
    }
    if (status < 200 || status >= 300) {
        return makeError(Error::Code::HttpError, tr("Lagoon at %1 answered with HTTP status %2").arg(host, QString::number(status)),
                         bodyExcerpt(body));
    }
    const QJsonValue data = answer.value(QStringLiteral("data"));
    if (!data.isObject())
        return makeError(Error::Code::ParseFailed, tr("The answer from %1 has no data").arg(host), bodyExcerpt(body));
    return data.toObject();
}

Error LagoonApiErrors::noToken(const Error &cause, const QUrl &url)
{
    switch (cause.code) {
    case Error::Code::Unauthorized:
        return cause;
    case Error::Code::NetworkError:
    case Error::Code::Timeout:
    case Error::Code::ConnectionLost:
    case Error::Code::ServerError:
        // The token could not be renewed because the sign-in server (or the SSH token service)
        // cannot be reached: the sign-in itself is fine, the network is not.
        return Error{cause.code,
                     tr("Cannot renew the sign-in for %1: %2").arg(RemoteUrls::hostLabel(url), cause.message),
                     cause.detail};
    default:
        break;
    }
    return Error{Error::Code::Unauthorized,
                 tr("There is no valid sign-in for %1: %2").arg(RemoteUrls::hostLabel(url), cause.message), cause.detail};
}

} // namespace Lagoon
