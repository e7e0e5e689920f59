// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include "core/util/error.h"

namespace Lagoon {

/**
 * Where the Docker engine listens, as DOCKER_HOST spells it: `unix:///run/docker.sock` or
 * `tcp://HOST:PORT`. Plain TCP only: a TLS endpoint (DOCKER_TLS_VERIFY) is refused rather than
 * silently spoken to without verification.
 */
class DockerEndpoint final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::DockerEndpoint)

public:
    enum class Kind { Unix, Tcp };

    /** The default endpoint, unix:///var/run/docker.sock. */
    DockerEndpoint();

    static DockerEndpoint unixSocket(const QString &path);
    static DockerEndpoint tcp(const QString &host, int port);

    /**
     * Parses a DOCKER_HOST value. Empty means the default socket. Fails with
     * Error::Code::Unsupported for other schemes (ssh://, npipe://, fd://, http://) and with
     * ParseFailed for a malformed value; the message names the value and says what works.
     */
    static Result<DockerEndpoint> parse(const QString &dockerHost);

    /** DOCKER_HOST (and DOCKER_TLS_VERIFY) from `environment`, the default when unset. */
    static Result<DockerEndpoint> fromEnvironment(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    Kind kind() const { return m_kind; }
    /** The socket file, for Kind::Unix. */
    QString socketPath() const { return m_socketPath; }
    QString host() const { return m_host; }
    int port() const { return m_port; }

    /** The URL prefix libcurl is given: http://localhost for a socket, http://HOST:PORT for TCP. */
    QByteArray baseUrl() const;
    /** The endpoint as DOCKER_HOST would spell it, for messages and `docker -H`. */
    QString toString() const;

    friend bool operator==(const DockerEndpoint &, const DockerEndpoint &) = default;

private:
    Kind m_kind = Kind::Unix;
    QString m_socketPath;
    QString m_host;
    int m_port = 0;
};

} // namespace Lagoon
