// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QByteArrayView>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace Lagoon {

/**
 * One entry of GET /events: `type` "container", `action` "start", "die", "health_status: healthy"…,
 * the actor (a container id) and its attributes (name, image, labels, exitCode).
 */
struct DockerEvent
{
    QString type;
    QString action;
    QString actorId;
    QMap<QString, QString> attributes;
    /** Engine time in nanoseconds since the epoch (timeNano). */
    qint64 timeNano = 0;

    QDateTime time() const;
    /** "health_status: healthy" -> "health_status"; other actions unchanged. */
    QString actionName() const;
    /** "health_status: healthy" -> "healthy"; empty for actions without a detail. */
    QString actionDetail() const;
    QString containerName() const { return attributes.value(QStringLiteral("name")); }
    QString composeProject() const;
    QString composeService() const;
    /** The exit code of a "die" event, -1 when absent. */
    int exitCode() const;

    /** One line of the event stream; nullopt when it is not an event object. */
    static std::optional<DockerEvent> fromJson(QByteArrayView line);
};

} // namespace Lagoon
