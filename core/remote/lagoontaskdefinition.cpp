// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/lagoontaskdefinition.h"


namespace Lagoon {

LagoonTaskDefinition::ArgumentType LagoonTaskDefinition::argumentType(const QString &name)
{
    const QString upper = name.toUpper();
    if (upper == QLatin1String("STRING"))
        return ArgumentType::String;
    if (upper == QLatin1String("NUMERIC"))
        return ArgumentType::Numeric;
    if (upper == QLatin1String("ENVIRONMENT_SOURCE_NAME"))
        return ArgumentType::EnvironmentSourceName;
    if (upper == QLatin1String("ENVIRONMENT_SOURCE_NAME_EXCLUDE_SELF"))
        return ArgumentType::EnvironmentSourceNameExcludeSelf;
    return ArgumentType::Unknown;
}

LagoonTaskDefinition LagoonTaskDefinition::fromJson(const QJsonObject &json)
{
    auto text = [](const QJsonObject &object, const char *key) { return object.value(QLatin1String(key)).toString(); };
    LagoonTaskDefinition d;
    d.id = json.value(QLatin1String("id")).toInt();
    d.name = text(json, "name");
    d.description = text(json, "description");
    d.confirmationText = text(json, "confirmationText");
    d.type = text(json, "type");
    d.service = text(json, "service");
    d.command = json.contains(QLatin1String("image")) ? text(json, "image") : text(json, "command");
    d.permission = text(json, "permission");
    const QJsonArray arguments = json.value(QLatin1String("advancedTaskDefinitionArguments")).toArray();
    for (const QJsonValue &value : arguments) {
        const QJsonObject object = value.toObject();
        Argument argument;
        argument.name = text(object, "name");
        if (argument.name.isEmpty())
            continue;
        argument.displayName = text(object, "displayName");
        argument.typeName = text(object, "type");
        argument.type = argumentType(argument.typeName);
        argument.defaultValue = text(object, "defaultValue");
        argument.optional = object.value(QLatin1String("optional")).toBool();
        const QJsonArray range = object.value(QLatin1String("range")).toArray();
        for (const QJsonValue &allowed : range)
            argument.range << allowed.toString();
        d.arguments << argument;
    }
    return d;
}

QList<LagoonTaskDefinition> LagoonTaskDefinition::listFromJson(const QJsonArray &json)
{
    QList<LagoonTaskDefinition> list;
    for (const QJsonValue &value : json) {
        LagoonTaskDefinition definition = fromJson(value.toObject());
        if (definition.isValid())
            list << definition;
    }
    return list;
}

QJsonArray LagoonTaskDefinition::argumentValues(const QHash<QString, QString> &values) const
{
    QJsonArray out;
    for (const Argument &argument : arguments) {
        const QString value = values.value(argument.name);
        if (value.isEmpty())
            continue;
        out.append(QJsonObject{{QStringLiteral("advancedTaskDefinitionArgumentName"), argument.name},
                               {QStringLiteral("value"), value}});
    }
    return out;
}

} // namespace Lagoon
