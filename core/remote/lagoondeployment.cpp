// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/lagoondeployment.h"

#include <QStringList>

namespace Lagoon {

bool LagoonDeployment::isFinished() const
{
    return statusRank(status) == 4;
}

int LagoonDeployment::statusRank(const QString &status)
{
    static const QStringList order = {QStringLiteral("new"), QStringLiteral("pending"), QStringLiteral("queued"),
                                      QStringLiteral("running")};
    static const QStringList finished = {QStringLiteral("complete"), QStringLiteral("failed"), QStringLiteral("error"),
                                         QStringLiteral("cancelled")};
    const QString lower = status.toLower();
    if (finished.contains(lower))
        return 4;
    return int(order.indexOf(lower));
}

std::optional<LagoonDeployment> LagoonDeployment::fromJson(const QJsonObject &json)
{
    auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    LagoonDeployment d;
    d.name = text("name");
    if (d.name.isEmpty())
        return std::nullopt;
    d.id = json.value(QLatin1String("id")).toInt();
    d.status = text("status").toLower();
    d.buildStep = text("buildStep");
    d.created = text("created");
    d.started = text("started");
    d.completed = text("completed");
    d.remoteId = text("remoteId");
    d.priority = json.value(QLatin1String("priority")).toInt();
    d.bulkId = text("bulkId");
    d.bulkName = text("bulkName");
    d.sourceType = text("sourceType");
    d.sourceUser = text("sourceUser");
    d.buildType = text("buildType");
    d.uiLink = text("uiLink");
    return d;
}

QJsonObject LagoonDeployment::toJson() const
{
    auto orNull = [](const QString &text) { return text.isNull() ? QJsonValue() : QJsonValue(text); };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("status"), orNull(status)},
            {QStringLiteral("buildStep"), orNull(buildStep)},
            {QStringLiteral("created"), orNull(created)},
            {QStringLiteral("started"), orNull(started)},
            {QStringLiteral("completed"), orNull(completed)},
            {QStringLiteral("remoteId"), orNull(remoteId)},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("bulkId"), orNull(bulkId)},
            {QStringLiteral("bulkName"), orNull(bulkName)},
            {QStringLiteral("sourceType"), orNull(sourceType)},
            {QStringLiteral("sourceUser"), orNull(sourceUser)},
            {QStringLiteral("buildType"), orNull(buildType)},
            {QStringLiteral("uiLink"), orNull(uiLink)}};
}

} // namespace Lagoon
