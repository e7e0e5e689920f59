// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockererrors.h"

#include <cerrno>
#include <cstring>

#include <curl/curl.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace Lagoon {

namespace {

Error unreachable(long osErrno, const DockerEndpoint &endpoint)
{
    const QString where = endpoint.toString();
    if (osErrno == EACCES || osErrno == EPERM) {
        if (endpoint.kind() == DockerEndpoint::Kind::Unix) {
            return Error{Error::Code::PermissionDenied,
                         DockerErrors::tr("Permission denied on the Docker socket %1: add yourself to the docker group "
                                          "(sudo usermod -aG docker $USER), then log out and in again")
                             .arg(endpoint.socketPath()),
                         {}};
        }
        return Error{Error::Code::PermissionDenied, DockerErrors::tr("Permission denied connecting to Docker at %1").arg(where), {}};
    }
    if (endpoint.kind() == DockerEndpoint::Kind::Unix) {
        if (osErrno == ENOENT) {
            return Error{Error::Code::DaemonUnreachable,
                         DockerErrors::tr("Docker is not running: there is no Docker socket at %1. Start Docker "
                                          "(sudo systemctl start docker) or check DOCKER_HOST")
                             .arg(endpoint.socketPath()),
                         {}};
        }
        return Error{Error::Code::DaemonUnreachable,
                     DockerErrors::tr("Docker is not running: nothing answers on %1. Start Docker (sudo systemctl start docker)")
                         .arg(endpoint.socketPath()),
                     {}};
    }
    return Error{Error::Code::DaemonUnreachable,
                 DockerErrors::tr("Docker is not reachable at %1: is the engine running and listening there?").arg(where),
                 {}};
}

QString errnoName(long osErrno)
{
    return osErrno == 0 ? QString() : QString::fromLocal8Bit(strerror(static_cast<int>(osErrno)));
}

} // namespace

Error DockerErrors::transport(int curlCode, long osErrno, const DockerEndpoint &endpoint, qint64 timeoutMs,
                              const QString &curlMessage)
{
    Error error;
    switch (static_cast<CURLcode>(curlCode)) {
    case CURLE_COULDNT_CONNECT:
        error = unreachable(osErrno, endpoint);
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        error = Error{Error::Code::DaemonUnreachable,
                      tr("Docker is not reachable: the host of %1 cannot be resolved").arg(endpoint.toString()), {}};
        break;
    case CURLE_OPERATION_TIMEDOUT:
        error = Error{Error::Code::Timeout,
                      tr("Docker did not answer within %n second(s) (%1): the engine may be overloaded or stuck",
                         nullptr, static_cast<int>((timeoutMs + 999) / 1000))
                          .arg(endpoint.toString()),
                      {}};
        break;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
        error = Error{Error::Code::ConnectionLost,
                      tr("The connection to Docker at %1 was lost: the engine stopped or restarted").arg(endpoint.toString()),
                      {}};
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        return cancelled();
    default:
        error = Error{Error::Code::Internal, tr("Cannot talk to Docker at %1").arg(endpoint.toString()), {}};
        break;
    }
    error.detail = QStringLiteral("curl %1: %2").arg(curlCode).arg(curlMessage);
    if (osErrno != 0)
        error.detail += QStringLiteral(" (errno %1: %2)").arg(osErrno).arg(errnoName(osErrno));
    return error;
}

Error DockerErrors::http(int status, const QByteArray &body, const QByteArray &method, const QString &path)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString engineMessage = object.value(QLatin1String("message")).toString().trimmed();

    Error error;
    switch (status) {
    case 404:
        error.code = Error::Code::NotFound;
        break;
    case 401:
    case 403:
        error.code = Error::Code::PermissionDenied;
        break;
    default:
        error.code = Error::Code::HttpError;
        break;
    }
    // The engine's own wording ("No such container: web") is the most precise thing to show.
    error.message = engineMessage.isEmpty() ? tr("Docker answered with HTTP status %1").arg(status)
                                            : tr("Docker: %1").arg(engineMessage);
    error.detail = QString::fromLatin1(method) + QLatin1Char(' ') + path + QStringLiteral(" -> HTTP ")
                   + QString::number(status) + QLatin1Char('\n') + QString::fromUtf8(body.left(4096));
    return error;
}

Error DockerErrors::cancelled()
{
    return Error{Error::Code::Cancelled, tr("The Docker request was cancelled"), {}};
}

} // namespace Lagoon
