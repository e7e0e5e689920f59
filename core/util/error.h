// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <expected>

#include <QString>

namespace Lagoon {

/**
 * A failure reported by a core operation. `message` is translated and meant for the user;
 * `detail` is technical context (a library's error text, a path, an HTTP body) for logs and
 * "details" sections. Tests assert on `code`.
 */
struct Error
{
    enum class Code {
        NotFound,
        NotADirectory,
        PermissionDenied,
        ReadFailed,
        ParseFailed,
        GitFailed,
        Cancelled,
        Internal,
        // Docker engine (core/stack): nothing answers at the endpoint, it answered too late,
        // it dropped the connection, it answered with an HTTP error, or the endpoint/engine is
        // one we cannot talk to (unsupported DOCKER_HOST scheme, engine API too old).
        DaemonUnreachable,
        Timeout,
        ConnectionLost,
        HttpError,
        Unsupported,
        // Lagoon API (core/remote), with Timeout, ConnectionLost, HttpError and Unsupported above:
        // the token was refused (401), the host cannot be reached (refused, DNS, no route), the
        // TLS handshake or certificate check failed, the server failed (5xx), or the API answered
        // with GraphQL errors.
        Unauthorized,
        NetworkError,
        TlsError,
        ServerError,
        ApiError,
    };

    Code code = Code::Internal;
    QString message;
    QString detail;

    // Also lets Result<T> be a signal argument: Qt's metatype probes operator== of std::expected.
    friend bool operator==(const Error &, const Error &) = default;
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> makeError(Error::Code code, const QString &message, const QString &detail = {})
{
    return std::unexpected<Error>(Error{code, message, detail});
}

} // namespace Lagoon
