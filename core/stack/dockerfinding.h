// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/diagnostics/diagnostic.h"

namespace Lagoon {

/**
 * One reason the local stack cannot run, found by DockerDoctor: what is wrong in plain words and
 * how to fix it. Every finding blocks the stack (nothing here is merely cosmetic).
 */
struct DockerFinding
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::DockerFinding)

public:
    enum class Problem {
        DockerNotInstalled,  ///< no docker client, no daemon and no socket
        DaemonNotRunning,    ///< the socket is missing or refuses, or nothing answers on it
        PermissionDenied,    ///< the socket is there but this user may not use it (docker group)
        EndpointUnsupported, ///< DOCKER_HOST names something we cannot talk to (ssh://, TLS, typo)
        ComposeMissing,      ///< neither `docker compose` nor `docker-compose` works
        PortInUse,           ///< a port the compose file publishes is taken by another program
    };

    Problem problem = Problem::DaemonNotRunning;
    /** One line: "Docker is not running". */
    QString summary;
    /** Why, in plain words, with the concrete socket, port or service. */
    QString explanation;
    /** What to do: commands to run or what to change. */
    QString fix;
    /** Technical context: errno text, what was tried. */
    QString detail;

    // PortInUse only: where the port is published and which service wants it.
    QString service;
    int port = 0;
    QString protocol; ///< "tcp" or "udp"
    QString address;  ///< the host address bound ("0.0.0.0" when the compose file names none)
    QString file;     ///< the compose file, as LoadedProject names it (relative to the root)
    int line = 0;
    int column = 0;

    /** "docker-not-installed", "docker-not-running", "docker-permission-denied", …: stable. */
    QString id() const;
    /** As a Diagnostic (error, ruleId "docker/<id>", message = summary + explanation, hint = fix). */
    Diagnostic toDiagnostic() const;
};

using DockerFindings = QList<DockerFinding>;

} // namespace Lagoon
