// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/stackservice.h"

namespace Lagoon {

StackHealth stackHealthFromString(const QString &status)
{
    if (status == QLatin1String("starting"))
        return StackHealth::Starting;
    if (status == QLatin1String("healthy"))
        return StackHealth::Healthy;
    if (status == QLatin1String("unhealthy"))
        return StackHealth::Unhealthy;
    return StackHealth::None;
}

QString stackHealthId(StackHealth health)
{
    switch (health) {
    case StackHealth::None:
        return QStringLiteral("none");
    case StackHealth::Starting:
        return QStringLiteral("starting");
    case StackHealth::Healthy:
        return QStringLiteral("healthy");
    case StackHealth::Unhealthy:
        return QStringLiteral("unhealthy");
    }
    return {};
}

QString containerStateId(DockerContainerState state)
{
    switch (state) {
    case DockerContainerState::Unknown:
        return QStringLiteral("unknown");
    case DockerContainerState::Created:
        return QStringLiteral("created");
    case DockerContainerState::Running:
        return QStringLiteral("running");
    case DockerContainerState::Paused:
        return QStringLiteral("paused");
    case DockerContainerState::Restarting:
        return QStringLiteral("restarting");
    case DockerContainerState::Removing:
        return QStringLiteral("removing");
    case DockerContainerState::Exited:
        return QStringLiteral("exited");
    case DockerContainerState::Dead:
        return QStringLiteral("dead");
    }
    return {};
}

} // namespace Lagoon
