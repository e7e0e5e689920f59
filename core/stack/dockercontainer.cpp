// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockercontainer.h"

#include <algorithm>

#include <QJsonArray>
#include <QTimeZone>

namespace Lagoon {

namespace {

QMap<QString, QString> labelsFrom(const QJsonValue &value)
{
    QMap<QString, QString> labels;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

QString withoutSlash(const QString &name)
{
    return name.startsWith(QLatin1Char('/')) ? name.mid(1) : name;
}

// "80/tcp" -> {80, "tcp"}
std::pair<int, QString> splitPortKey(const QString &key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {key.toInt(), QStringLiteral("tcp")};
    return {QStringView(key).left(slash).toInt(), key.mid(slash + 1)};
}

bool portLess(const DockerPort &a, const DockerPort &b)
{
    return std::tie(a.containerPort, a.protocol, a.hostIp, a.hostPort) < std::tie(b.containerPort, b.protocol, b.hostIp, b.hostPort);
}

} // namespace

DockerContainerState dockerContainerStateFromString(const QString &state)
{
    static const QMap<QString, DockerContainerState> states{
        {QStringLiteral("created"), DockerContainerState::Created},
        {QStringLiteral("running"), DockerContainerState::Running},
        {QStringLiteral("paused"), DockerContainerState::Paused},
        {QStringLiteral("restarting"), DockerContainerState::Restarting},
        {QStringLiteral("removing"), DockerContainerState::Removing},
        {QStringLiteral("exited"), DockerContainerState::Exited},
        {QStringLiteral("dead"), DockerContainerState::Dead},
    };
    return states.value(state.toLower(), DockerContainerState::Unknown);
}

QDateTime dockerTimeFromString(const QString &text)
{
    // Go's zero time marks "never" (e.g. FinishedAt of a running container).
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return {};
    // Qt's ISO parser takes at most milliseconds: cut nanoseconds down to three digits.
    QString trimmed = text;
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < trimmed.size() && trimmed.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            trimmed.remove(dot + 4, end - dot - 4);
    }
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

DockerContainerSummary DockerContainerSummary::fromJson(const QJsonObject &object)
{
    DockerContainerSummary c;
    c.id = object.value(QLatin1String("Id")).toString();
    const QJsonArray names = object.value(QLatin1String("Names")).toArray();
    if (!names.isEmpty())
        c.name = withoutSlash(names.first().toString());
    c.image = object.value(QLatin1String("Image")).toString();
    c.imageId = object.value(QLatin1String("ImageID")).toString();
    c.command = object.value(QLatin1String("Command")).toString();
    c.created = QDateTime::fromSecsSinceEpoch(object.value(QLatin1String("Created")).toInteger(), QTimeZone::utc());
    c.state = dockerContainerStateFromString(object.value(QLatin1String("State")).toString());
    c.status = object.value(QLatin1String("Status")).toString();
    c.labels = labelsFrom(object.value(QLatin1String("Labels")));
    const QJsonArray ports = object.value(QLatin1String("Ports")).toArray();
    for (const QJsonValue &value : ports) {
        const QJsonObject p = value.toObject();
        DockerPort port;
        port.containerPort = p.value(QLatin1String("PrivatePort")).toInt();
        port.protocol = p.value(QLatin1String("Type")).toString();
        port.hostIp = p.value(QLatin1String("IP")).toString();
        port.hostPort = p.value(QLatin1String("PublicPort")).toInt();
        c.ports.append(port);
    }
    std::sort(c.ports.begin(), c.ports.end(), portLess);
    return c;
}

DockerContainerInfo DockerContainerInfo::fromJson(const QJsonObject &object)
{
    DockerContainerInfo c;
    c.id = object.value(QLatin1String("Id")).toString();
    c.name = withoutSlash(object.value(QLatin1String("Name")).toString());
    c.imageId = object.value(QLatin1String("Image")).toString();
    c.created = dockerTimeFromString(object.value(QLatin1String("Created")).toString());
    c.restartCount = object.value(QLatin1String("RestartCount")).toInt();

    const QJsonObject config = object.value(QLatin1String("Config")).toObject();
    c.image = config.value(QLatin1String("Image")).toString();
    c.tty = config.value(QLatin1String("Tty")).toBool();
    c.labels = labelsFrom(config.value(QLatin1String("Labels")));

    const QJsonObject state = object.value(QLatin1String("State")).toObject();
    c.state = dockerContainerStateFromString(state.value(QLatin1String("Status")).toString());
    c.running = state.value(QLatin1String("Running")).toBool();
    c.oomKilled = state.value(QLatin1String("OOMKilled")).toBool();
    c.exitCode = state.value(QLatin1String("ExitCode")).toInt();
    c.pid = state.value(QLatin1String("Pid")).toInt();
    c.error = state.value(QLatin1String("Error")).toString();
    c.startedAt = dockerTimeFromString(state.value(QLatin1String("StartedAt")).toString());
    c.finishedAt = dockerTimeFromString(state.value(QLatin1String("FinishedAt")).toString());

    const QJsonObject health = state.value(QLatin1String("Health")).toObject();
    c.health.status = health.value(QLatin1String("Status")).toString();
    c.health.failingStreak = health.value(QLatin1String("FailingStreak")).toInt();
    const QJsonArray log = health.value(QLatin1String("Log")).toArray();
    if (!log.isEmpty()) {
        const QJsonObject last = log.last().toObject();
        c.health.lastOutput = last.value(QLatin1String("Output")).toString();
        c.health.lastExitCode = last.value(QLatin1String("ExitCode")).toInt();
    }

    // NetworkSettings.Ports: {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}] | null}
    const QJsonObject ports = object.value(QLatin1String("NetworkSettings")).toObject().value(QLatin1String("Ports")).toObject();
    for (auto it = ports.constBegin(); it != ports.constEnd(); ++it) {
        const auto [containerPort, protocol] = splitPortKey(it.key());
        const QJsonArray bindings = it.value().toArray();
        if (bindings.isEmpty()) {
            c.ports.append(DockerPort{containerPort, protocol, {}, 0});
            continue;
        }
        for (const QJsonValue &binding : bindings) {
            const QJsonObject b = binding.toObject();
            c.ports.append(DockerPort{containerPort, protocol, b.value(QLatin1String("HostIp")).toString(),
                                      b.value(QLatin1String("HostPort")).toString().toInt()});
        }
    }
    std::sort(c.ports.begin(), c.ports.end(), portLess);
    return c;
}

} // namespace Lagoon
