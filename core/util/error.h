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
    };

    Code code = Code::Internal;
    QString message;
    QString detail;
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> makeError(Error::Code code, const QString &message, const QString &detail = {})
{
    return std::unexpected<Error>(Error{code, message, detail});
}

} // namespace Lagoon
