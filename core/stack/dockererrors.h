// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/stack/dockerendpoint.h"
#include "core/util/error.h"

namespace Lagoon {

/**
 * Turns what libcurl and the engine report into errors a user can act on ("Docker is not
 * running", "permission denied: add yourself to the docker group"). The technical text (curl's
 * message, the HTTP body) goes into Error::detail.
 */
class DockerErrors final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::DockerErrors)

public:
    /**
     * A failed transfer: `curlCode` is the CURLcode, `osErrno` what connect() reported
     * (CURLINFO_OS_ERRNO), `timeoutMs` the call's limit (for the message).
     */
    static Error transport(int curlCode, long osErrno, const DockerEndpoint &endpoint, qint64 timeoutMs,
                           const QString &curlMessage);

    /** An engine answer with a non-2xx status; Docker's {"message": …} becomes the message. */
    static Error http(int status, const QByteArray &body, const QByteArray &method, const QString &path);

    static Error cancelled();
};

} // namespace Lagoon
