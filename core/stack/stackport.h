// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include "core/stack/dockercontainer.h"

namespace Lagoon {

/**
 * A container port of a stack service published on the engine's host, and the URL it gives.
 * Only published ports are kept: a port that is merely exposed cannot be reached from the desk.
 */
struct StackPort
{
    int containerPort = 0;
    QString protocol; ///< "tcp", "udp", "sctp"
    int hostPort = 0;
    /** Where it is published: "0.0.0.0" (and "::") mean every address; "127.0.0.1" only loopback. */
    QString hostIp;
    /**
     * tcp://HOST:PORT for a published TCP port, http://HOST:PORT when the container port is one
     * web servers listen on (webPort()), https:// for 443 and 8443; empty for UDP and SCTP. Only
     * a guess from the port number: nothing has checked that HTTP answers there.
     */
    QUrl url;

    bool isHttp() const { return url.scheme().startsWith(QLatin1String("http")); }

    /** The container ports taken to serve HTTP: 80, 8080, 3000, … (Lagoon's nginx, node, varnish, solr…). */
    static bool isWebPort(int containerPort);

    /**
     * The published ports of `ports`, one per container port and host port (the engine lists a
     * port published on 0.0.0.0 and :: twice), their URLs pointing at `engineHost` ("localhost"
     * for a local engine, the host of a tcp:// DOCKER_HOST).
     */
    static QList<StackPort> published(const QList<DockerPort> &ports, const QString &engineHost);

    friend bool operator==(const StackPort &, const StackPort &) = default;
};

} // namespace Lagoon
