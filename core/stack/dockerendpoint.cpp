// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockerendpoint.h"

#include <QUrl>

namespace Lagoon {

namespace {

// An IPv6 literal needs brackets before ":port".
QString bracketedHost(const QString &host)
{
    if (!host.contains(QLatin1Char(':')))
        return host;
    return QString(QLatin1Char('[') + host + QLatin1Char(']'));
}

} // namespace

DockerEndpoint::DockerEndpoint()
    : m_socketPath(QStringLiteral("/var/run/docker.sock"))
{
}

DockerEndpoint DockerEndpoint::unixSocket(const QString &path)
{
    DockerEndpoint e;
    e.m_kind = Kind::Unix;
    e.m_socketPath = path;
    return e;
}

DockerEndpoint DockerEndpoint::tcp(const QString &host, int port)
{
    DockerEndpoint e;
    e.m_kind = Kind::Tcp;
    e.m_socketPath.clear();
    e.m_host = host;
    e.m_port = port;
    return e;
}

Result<DockerEndpoint> DockerEndpoint::parse(const QString &dockerHost)
{
    const QString value = dockerHost.trimmed();
    if (value.isEmpty())
        return DockerEndpoint();

    const qsizetype sep = value.indexOf(QLatin1String("://"));
    if (sep <= 0) {
        return makeError(Error::Code::ParseFailed,
                         tr("DOCKER_HOST \"%1\" is not an address: use unix:///path/to/docker.sock or tcp://host:port")
                             .arg(value));
    }
    const QString scheme = value.left(sep).toLower();
    const QString rest = value.mid(sep + 3);

    if (scheme == QLatin1String("unix")) {
        if (!rest.startsWith(QLatin1Char('/'))) {
            return makeError(Error::Code::ParseFailed,
                             tr("DOCKER_HOST \"%1\" needs an absolute socket path, e.g. unix:///var/run/docker.sock")
                                 .arg(value));
        }
        return unixSocket(rest);
    }

    if (scheme == QLatin1String("tcp")) {
        // QUrl splits host and port and understands [IPv6]:port.
        const QUrl url(QStringLiteral("tcp://") + rest, QUrl::StrictMode);
        const int port = url.port(-1);
        if (!url.isValid() || url.host().isEmpty() || port <= 0 || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
            return makeError(Error::Code::ParseFailed,
                             tr("DOCKER_HOST \"%1\" is not a TCP address: use tcp://host:port, e.g. tcp://127.0.0.1:2375")
                                 .arg(value));
        }
        return tcp(url.host(), port);
    }

    if (scheme == QLatin1String("ssh") || scheme == QLatin1String("npipe") || scheme == QLatin1String("fd")
        || scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        return makeError(Error::Code::Unsupported,
                         tr("DOCKER_HOST \"%1\" uses %2://, which Lagoon Desktop cannot connect to yet: "
                            "use a unix:// socket or a tcp:// address")
                             .arg(value, scheme));
    }
    return makeError(Error::Code::Unsupported,
                     tr("DOCKER_HOST \"%1\" has an unknown scheme \"%2\": use unix:///path/to/docker.sock or tcp://host:port")
                         .arg(value, scheme));
}

Result<DockerEndpoint> DockerEndpoint::fromEnvironment(const QProcessEnvironment &environment)
{
    auto endpoint = parse(environment.value(QStringLiteral("DOCKER_HOST")));
    if (!endpoint)
        return endpoint;
    // Docker treats any non-empty DOCKER_TLS_VERIFY as "on". Talking plain HTTP to such an
    // endpoint would switch verification off behind the user's back, so refuse instead.
    if (endpoint->kind() == Kind::Tcp && !environment.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty()) {
        return makeError(Error::Code::Unsupported,
                         tr("DOCKER_TLS_VERIFY is set for %1, but Lagoon Desktop cannot use TLS client certificates yet: "
                            "use the local unix socket, or unset DOCKER_TLS_VERIFY for a plain TCP endpoint")
                             .arg(endpoint->toString()));
    }
    return endpoint;
}

QByteArray DockerEndpoint::baseUrl() const
{
    if (m_kind == Kind::Unix)
        return QByteArrayLiteral("http://localhost");
    const QString host = bracketedHost(m_host);
    return QByteArrayLiteral("http://") + host.toUtf8() + ':' + QByteArray::number(m_port);
}

QString DockerEndpoint::toString() const
{
    if (m_kind == Kind::Unix)
        return QStringLiteral("unix://") + m_socketPath;
    const QString host = bracketedHost(m_host);
    return QStringLiteral("tcp://") + host + QLatin1Char(':') + QString::number(m_port);
}

} // namespace Lagoon
