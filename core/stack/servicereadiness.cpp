// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/servicereadiness.h"

namespace Lagoon {

ServiceReadiness ServiceReadiness::of(const std::optional<StackService> &service)
{
    if (!service || !service->hasContainer())
        return {State::Waiting, tr("not created yet")};
    switch (service->state) {
    case DockerContainerState::Running:
        switch (service->health) {
        case StackHealth::None:
            return {State::Ready, tr("running")};
        case StackHealth::Healthy:
            return {State::Ready, tr("healthy")};
        case StackHealth::Starting:
            return {State::Waiting, tr("running, health check starting")};
        case StackHealth::Unhealthy:
            return {State::Waiting, tr("unhealthy")};
        }
        break;
    case DockerContainerState::Exited:
    case DockerContainerState::Dead:
        if (service->exitCode == 0)
            return {State::Ready, tr("done (exited with code 0)")};
        return {State::Failed, tr("exited with code %1").arg(service->exitCode)};
    case DockerContainerState::Restarting:
        return {State::Waiting, tr("restarting")};
    case DockerContainerState::Created:
        return {State::Waiting, tr("created, not started")};
    case DockerContainerState::Paused:
        return {State::Waiting, tr("paused")};
    default:
        break;
    }
    return {State::Waiting, containerStateId(service->state)};
}

} // namespace Lagoon
