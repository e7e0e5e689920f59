// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QString>

namespace Lagoon {

/** How an account signs in, which decides how its token is renewed. */
enum class LoginMethod
{
    /** Authorization code + PKCE in the browser; renewed with the refresh token. */
    Browser,
    /** Lagoon's SSH token service with the user's SSH key; renewed by asking it again. */
    SshKey,
    /** A token the user pasted; cannot be renewed. */
    PastedToken,
};

/** The name kept in settings: "browser", "ssh" or "token". */
inline QString loginMethodName(LoginMethod method)
{
    switch (method) {
    case LoginMethod::Browser:
        return QStringLiteral("browser");
    case LoginMethod::SshKey:
        return QStringLiteral("ssh");
    case LoginMethod::PastedToken:
        return QStringLiteral("token");
    }
    return QString();
}

inline std::optional<LoginMethod> loginMethodFromName(const QString &name)
{
    for (LoginMethod method : {LoginMethod::Browser, LoginMethod::SshKey, LoginMethod::PastedToken}) {
        if (loginMethodName(method) == name)
            return method;
    }
    return std::nullopt;
}

} // namespace Lagoon
