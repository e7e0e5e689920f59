// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Lagoon {

/** The compose labels the engine keeps on containers that docker compose (v1 or v2) created. */
namespace ComposeLabels {
inline constexpr char Project[] = "com.docker.compose.project";
inline constexpr char Service[] = "com.docker.compose.service";
inline constexpr char ContainerNumber[] = "com.docker.compose.container-number";
inline constexpr char OneOff[] = "com.docker.compose.oneoff";
} // namespace ComposeLabels

/** A container's lifecycle state as the engine names it. */
enum class DockerContainerState { Unknown, Created, Running, Paused, Restarting, Removing, Exited, Dead };

DockerContainerState dockerContainerStateFromString(const QString &state);

/** A container port and where it is published on the host (hostPort 0: not published). */
struct DockerPort
{
    int containerPort = 0;
    QString protocol; // "tcp", "udp", "sctp"
    QString hostIp;   // "0.0.0.0", "::", "127.0.0.1"
    int hostPort = 0;

    bool isPublished() const { return hostPort > 0; }
    friend bool operator==(const DockerPort &, const DockerPort &) = default;
};

/** One entry of GET /containers/json. */
struct DockerContainerSummary
{
    QString id;
    QString name; // without the leading "/"
    QString image;
    QString imageId;
    QString command;
    QDateTime created;
    DockerContainerState state = DockerContainerState::Unknown;
    QString status; // "Up 5 seconds (healthy)", as the engine words it
    QMap<QString, QString> labels;
    QList<DockerPort> ports;

    QString composeProject() const { return labels.value(QLatin1String(ComposeLabels::Project)); }
    QString composeService() const { return labels.value(QLatin1String(ComposeLabels::Service)); }

    static DockerContainerSummary fromJson(const QJsonObject &object);
};

/** A container's health check state; `status` is empty when the image has no health check. */
struct DockerHealth
{
    QString status; // "starting", "healthy", "unhealthy"
    int failingStreak = 0;
    QString lastOutput;
    int lastExitCode = 0;

    bool hasHealthCheck() const { return !status.isEmpty(); }
};

/** GET /containers/{id}/json: what the local stack shows for one container. */
struct DockerContainerInfo
{
    QString id;
    QString name; // without the leading "/"
    QString image;   // as configured, e.g. "lagoon-test/busybox"
    QString imageId; // sha256:…
    QDateTime created;
    QDateTime startedAt;  // invalid when never started
    QDateTime finishedAt; // invalid while it has not stopped yet
    DockerContainerState state = DockerContainerState::Unknown;
    bool running = false;
    bool oomKilled = false;
    int exitCode = 0;
    int pid = 0;
    QString error;
    int restartCount = 0;
    bool tty = false;
    DockerHealth health;
    QMap<QString, QString> labels;
    /** Exposed and published ports; a port published on several addresses appears once per address. */
    QList<DockerPort> ports;

    QString composeProject() const { return labels.value(QLatin1String(ComposeLabels::Project)); }
    QString composeService() const { return labels.value(QLatin1String(ComposeLabels::Service)); }

    static DockerContainerInfo fromJson(const QJsonObject &object);
};

/** Parses the engine's RFC 3339 times ("2026-05-07T21:09:36.123456789Z"); the zero time is invalid. */
QDateTime dockerTimeFromString(const QString &text);

} // namespace Lagoon
