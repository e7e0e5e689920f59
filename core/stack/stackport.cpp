// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/stackport.h"

#include <algorithm>

namespace Lagoon {

namespace {

bool isTlsPort(int port)
{
    return port == 443 || port == 8443;
}

// A wildcard or loopback binding is reached through the engine's host; a specific address only there.
QString urlHost(const QString &hostIp, const QString &engineHost)
{
    static const QStringList anywhere{QString(), QStringLiteral("0.0.0.0"), QStringLiteral("::"),
                                      QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    return anywhere.contains(hostIp) ? engineHost : hostIp;
}

} // namespace

bool StackPort::isWebPort(int containerPort)
{
    // 80/8080: nginx and varnish (Lagoon's images listen on 8080); 3000: node; 8000/8008/8888/5000:
    // frameworks' dev servers; 8800: Lagoon's python; 8025: mailhog; 8983: solr; 9200: elasticsearch.
    // Not 9000: Lagoon's php-fpm speaks FastCGI there, not HTTP.
    static constexpr int ports[] = {80, 443, 3000, 4200, 5000, 5173, 8000, 8008, 8025, 8080, 8443, 8800, 8888, 8983, 9200};
    return std::find(std::begin(ports), std::end(ports), containerPort) != std::end(ports);
}

QList<StackPort> StackPort::published(const QList<DockerPort> &ports, const QString &engineHost)
{
    QList<StackPort> out;
    for (const DockerPort &port : ports) {
        if (!port.isPublished())
            continue;
        const bool duplicate = std::any_of(out.cbegin(), out.cend(), [&port](const StackPort &seen) {
            return seen.containerPort == port.containerPort && seen.protocol == port.protocol
                && seen.hostPort == port.hostPort;
        });
        if (duplicate)
            continue;
        StackPort published{port.containerPort, port.protocol, port.hostPort, port.hostIp, {}};
        if (port.protocol == QLatin1String("tcp") || port.protocol.isEmpty()) {
            published.url.setScheme(isWebPort(port.containerPort) ? (isTlsPort(port.containerPort) ? QStringLiteral("https")
                                                                                                    : QStringLiteral("http"))
                                                                  : QStringLiteral("tcp"));
            published.url.setHost(urlHost(port.hostIp, engineHost));
            published.url.setPort(port.hostPort);
            if (published.isHttp())
                published.url.setPath(QStringLiteral("/"));
        }
        out.append(published);
    }
    return out;
}

} // namespace Lagoon
