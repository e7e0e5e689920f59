// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockerevent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include "core/stack/dockercontainer.h"

namespace Lagoon {

QDateTime DockerEvent::time() const
{
    return QDateTime::fromMSecsSinceEpoch(timeNano / 1000000, QTimeZone::utc());
}

QString DockerEvent::actionName() const
{
    const qsizetype colon = action.indexOf(QLatin1Char(':'));
    return colon < 0 ? action : action.left(colon);
}

QString DockerEvent::actionDetail() const
{
    const qsizetype colon = action.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : action.mid(colon + 1).trimmed();
}

QString DockerEvent::composeProject() const
{
    return attributes.value(QLatin1String(ComposeLabels::Project));
}

QString DockerEvent::composeService() const
{
    return attributes.value(QLatin1String(ComposeLabels::Service));
}

int DockerEvent::exitCode() const
{
    bool ok = false;
    const int code = attributes.value(QStringLiteral("exitCode")).toInt(&ok);
    return ok ? code : -1;
}

std::optional<DockerEvent> DockerEvent::fromJson(QByteArrayView line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();

    DockerEvent event;
    event.type = object.value(QLatin1String("Type")).toString();
    event.action = object.value(QLatin1String("Action")).toString();
    // API < 1.22 engines only had "status"/"id"; keep them as the fallback.
    if (event.action.isEmpty())
        event.action = object.value(QLatin1String("status")).toString();
    const QJsonObject actor = object.value(QLatin1String("Actor")).toObject();
    event.actorId = actor.value(QLatin1String("ID")).toString();
    if (event.actorId.isEmpty())
        event.actorId = object.value(QLatin1String("id")).toString();
    const QJsonObject attributes = actor.value(QLatin1String("Attributes")).toObject();
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
        event.attributes.insert(it.key(), it.value().toString());
    event.timeNano = object.value(QLatin1String("timeNano")).toInteger();
    if (event.timeNano == 0)
        event.timeNano = object.value(QLatin1String("time")).toInteger() * 1000000000;
    if (event.action.isEmpty())
        return std::nullopt;
    return event;
}

} // namespace Lagoon
