// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockerfinding.h"

namespace Lagoon {

QString DockerFinding::id() const
{
    switch (problem) {
    case Problem::DockerNotInstalled:
        return QStringLiteral("docker-not-installed");
    case Problem::DaemonNotRunning:
        return QStringLiteral("docker-not-running");
    case Problem::PermissionDenied:
        return QStringLiteral("docker-permission-denied");
    case Problem::EndpointUnsupported:
        return QStringLiteral("docker-host-unsupported");
    case Problem::ComposeMissing:
        return QStringLiteral("compose-missing");
    case Problem::PortInUse:
        return QStringLiteral("port-in-use");
    }
    return {};
}

Diagnostic DockerFinding::toDiagnostic() const
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.ruleId = QStringLiteral("docker/") + id();
    d.message = explanation.isEmpty() ? summary : summary + QStringLiteral(": ") + explanation;
    d.hint = fix;
    d.file = file;
    d.line = line;
    d.column = column;
    return d;
}

} // namespace Lagoon
