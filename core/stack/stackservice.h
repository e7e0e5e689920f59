// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "core/stack/dockercontainer.h"
#include "core/stack/stackport.h"

namespace Lagoon {

/** A service container's health check state. */
enum class StackHealth {
    None,      ///< the image and the compose file define no health check
    Starting,  ///< checks run, but none has passed yet
    Healthy,
    Unhealthy,
};

/** "starting", "healthy", "unhealthy" as the engine words them; anything else is None. */
StackHealth stackHealthFromString(const QString &status);
/** "none", "starting", "healthy", "unhealthy": stable, for JSON and the CLI. */
QString stackHealthId(StackHealth health);
/** "created", "running", "exited", …: stable, for JSON and the CLI ("unknown" when not known). */
QString containerStateId(DockerContainerState state);

/**
 * One compose service of a local stack with its runtime state. When a service has several
 * containers (scaled, or being replaced by `up`), this shows the one that matters: a running one
 * first, else the newest. `docker compose run` one-off containers are not the service.
 */
struct StackService
{
    QString name;
    /** False for a container of the project whose service the compose file no longer has. */
    bool inComposeFile = true;

    QString containerId; ///< empty: the service has no container (not created, or removed)
    QString containerName;
    int containerCount = 0;
    DockerContainerState state = DockerContainerState::Unknown;
    StackHealth health = StackHealth::None;
    /** Of the last run; meaningful once state is Exited or Dead. */
    int exitCode = 0;
    int restartCount = 0;
    QString image;
    QDateTime created;
    QDateTime started;  ///< invalid when never started
    QDateTime finished; ///< invalid while running or never stopped
    QList<StackPort> ports;

    bool hasContainer() const { return !containerId.isEmpty(); }
    bool isRunning() const { return state == DockerContainerState::Running; }
    /** Running, and healthy when it has a health check: what a rollout waits for. */
    bool isReady() const { return isRunning() && (health == StackHealth::None || health == StackHealth::Healthy); }

    friend bool operator==(const StackService &, const StackService &) = default;
};

} // namespace Lagoon
