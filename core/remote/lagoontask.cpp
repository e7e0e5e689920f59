// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/lagoontask.h"

#include <QStringList>

namespace Lagoon {

bool LagoonTask::isFinished() const
{
    return statusRank(status) == 4;
}

int LagoonTask::statusRank(const QString &status)
{
    const QString lower = status.toLower();
    static const QStringList finished = {QStringLiteral("complete"), QStringLiteral("succeeded"), QStringLiteral("failed"),
                                         QStringLiteral("error"), QStringLiteral("cancelled")};
    if (finished.contains(lower))
        return 4;
    if (lower == QLatin1String("active"))
        return 3;
    static const QStringList order = {QStringLiteral("new"), QStringLiteral("pending"), QStringLiteral("queued"),
                                      QStringLiteral("running")};
    return int(order.indexOf(lower));
}

std::optional<LagoonTask> LagoonTask::fromJson(const QJsonObject &json)
{
    auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    LagoonTask t;
    t.id = json.value(QLatin1String("id")).toInt();
    if (t.id == 0)
        return std::nullopt;
    t.name = text("name");
    t.taskName = text("taskName");
    t.status = text("status").toLower();
    t.created = text("created");
    t.started = text("started");
    t.completed = text("completed");
    t.service = text("service");
    t.command = text("command");
    t.remoteId = text("remoteId");
    t.sourceType = text("sourceType");
    t.sourceUser = text("sourceUser");
    return t;
}

QJsonObject LagoonTask::toJson() const
{
    auto orNull = [](const QString &text) { return text.isNull() ? QJsonValue() : QJsonValue(text); };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), orNull(name)},
            {QStringLiteral("taskName"), orNull(taskName)},
            {QStringLiteral("status"), orNull(status)},
            {QStringLiteral("created"), orNull(created)},
            {QStringLiteral("started"), orNull(started)},
            {QStringLiteral("completed"), orNull(completed)},
            {QStringLiteral("service"), orNull(service)},
            {QStringLiteral("command"), orNull(command)},
            {QStringLiteral("remoteId"), orNull(remoteId)},
            {QStringLiteral("sourceType"), orNull(sourceType)},
            {QStringLiteral("sourceUser"), orNull(sourceUser)}};
}

} // namespace Lagoon
