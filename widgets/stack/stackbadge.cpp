// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/stack/stackbadge.h"

#include <QLocale>

namespace Lagoon {

namespace {

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

using Tone = Badge::Tone;

} // namespace

Badge StackBadge::forState(const StackService &service)
{
    Badge badge;
    if (!service.hasContainer()) {
        badge.text = tr("Not created");
        badge.iconName = QStringLiteral("state-offline");
        badge.toolTip = tr("The service has no container yet: Up or Run locally creates it.");
        return badge;
    }
    switch (service.state) {
    case DockerContainerState::Running:
        badge = {Tone::Good, tr("Running"), QStringLiteral("state-ok"), {}};
        if (service.started.isValid())
            badge.toolTip = tr("Running since %1").arg(when(service.started));
        break;
    case DockerContainerState::Created:
        badge = {Tone::Neutral, tr("Created"), QStringLiteral("state-information"),
                 tr("The container exists but has not been started.")};
        break;
    case DockerContainerState::Paused:
        badge = {Tone::Warning, tr("Paused"), QStringLiteral("state-pause"), {}};
        break;
    case DockerContainerState::Restarting:
        badge = {Tone::Warning, tr("Restarting"), QStringLiteral("state-sync"),
                 tr("Docker restarts the container after it stopped (restart %n)", nullptr, service.restartCount)};
        break;
    case DockerContainerState::Removing:
        badge = {Tone::Busy, tr("Removing"), QStringLiteral("state-sync"), {}};
        break;
    case DockerContainerState::Exited:
        // A task container that finished its job exits with 0: that is not a failure. Neither is
        // a container that `stop` ended with SIGTERM (143) or SIGINT (130). SIGKILL (137) is what
        // `stop` resorts to after 10 s, and also what an out-of-memory kill looks like.
        if (service.exitCode == 0) {
            badge = {Tone::Neutral, tr("Exited (0)"), QStringLiteral("state-offline"), {}};
        } else if (service.exitCode == 143 || service.exitCode == 130) {
            badge = {Tone::Neutral, tr("Stopped (%1)").arg(service.exitCode), QStringLiteral("state-offline"), {}};
        } else if (service.exitCode == 137) {
            badge = {Tone::Warning, tr("Killed (137)"), QStringLiteral("state-warning"), {}};
        } else {
            badge = {Tone::Bad, tr("Exited (%1)").arg(service.exitCode), QStringLiteral("state-error"), {}};
        }
        if (service.finished.isValid())
            badge.toolTip = tr("Stopped at %1 with exit code %2").arg(when(service.finished)).arg(service.exitCode);
        if (service.exitCode == 137)
            badge.toolTip += QLatin1Char('\n') + tr("Killed: it did not stop within the grace period of docker "
                                                     "stop, or it ran out of memory.");
        break;
    case DockerContainerState::Dead:
        badge = {Tone::Bad, tr("Dead"), QStringLiteral("state-error"),
                 tr("Docker could not stop or remove the container cleanly.")};
        break;
    case DockerContainerState::Unknown:
        badge = {Tone::Neutral, tr("Unknown"), QStringLiteral("state-information"), {}};
        break;
    }
    return badge;
}

Badge StackBadge::forHealth(const StackService &service)
{
    // The health of a stopped container is stale: the engine keeps the last result.
    if (!service.isRunning())
        return {};
    switch (service.health) {
    case StackHealth::None:
        return {};
    case StackHealth::Starting:
        return {Tone::Busy, tr("Starting"), QStringLiteral("state-sync"),
                tr("The health check runs but has not passed yet.")};
    case StackHealth::Healthy:
        return {Tone::Good, tr("Healthy"), QStringLiteral("state-ok"), tr("The health check passes.")};
    case StackHealth::Unhealthy:
        return {Tone::Bad, tr("Unhealthy"), QStringLiteral("state-error"),
                tr("The health check fails: the service's logs usually say why.")};
    }
    return {};
}

} // namespace Lagoon
