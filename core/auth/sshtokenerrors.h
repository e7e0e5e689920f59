// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include "core/auth/sshtokenoptions.h"
#include "core/util/error.h"

namespace Lagoon {

/**
 * What a failed `ssh … grant|token` means, read from OpenSSH's exit code and messages (OpenSSH
 * does not translate them, so matching its English text is reliable). Error::detail is the end of
 * ssh's stderr, which holds no secret: the token would be on stdout.
 */
class SshTokenErrors final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::SshTokenErrors)

public:
    /**
     * Exit code 255 is ssh's own failure: Unauthorized (the key was refused), TlsError (the host
     * key differs from the recorded one), NetworkError (refused, unresolvable, unreachable, timed
     * out), ConnectionLost (the server hung up during the handshake). Any other code is the token
     * service's answer: ApiError with its message.
     */
    static Error fromExit(int exitCode, const QByteArray &standardError, const SshTokenOptions &options);
    /** The ssh program is missing or cannot run. */
    static Error programMissing(const QString &program);
    /** The configured private key file does not exist. */
    static Error keyFileMissing(const QString &file);
    /** No answer within the timeout. */
    static Error timedOut(const SshTokenOptions &options);
    /** The service answered, but not with a token. */
    static Error notAToken(const SshTokenOptions &options, const QString &detail);
    /** "host:port" */
    static QString endpoint(const SshTokenOptions &options);
};

} // namespace Lagoon
