// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QString>
#include <QUrl>

namespace Lagoon {

/**
 * The user's git credential helper through `git credential fill|approve|reject`, so HTTPS
 * pushes use whatever git itself uses (libsecret, the osxkeychain, a store file) without the app
 * ever keeping a password. git never prompts here (GIT_TERMINAL_PROMPT=0): no helper means no
 * credentials. Blocking: call it from the push's worker thread.
 */
class GitCredentialHelper final
{
public:
    struct Credentials
    {
        QString username;
        QString password;
    };

    /** `repository` is the working tree whose git configuration names the helper. */
    static std::optional<Credentials> fill(const QString &repository, const QUrl &url);
    /** Tells the helper the credentials worked (it may store them) or were refused (it forgets them). */
    static void approve(const QString &repository, const QUrl &url, const Credentials &credentials);
    static void reject(const QString &repository, const QUrl &url, const Credentials &credentials);
};

} // namespace Lagoon
