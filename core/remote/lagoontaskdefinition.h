// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lagoon {

/**
 * An advanced task definition an environment offers (AdvancedTasksForEnvironment): a command
 * run in a service, or an image, with the arguments a user fills in before invoking it.
 */
struct LagoonTaskDefinition
{
    /** Lagoon's AdvancedTaskDefinitionArgumentTypes, plus Unknown for anything newer. */
    enum class ArgumentType
    {
        String,
        Numeric,
        EnvironmentSourceName,
        EnvironmentSourceNameExcludeSelf,
        Unknown,
    };

    struct Argument
    {
        QString name;
        QString displayName;
        ArgumentType type = ArgumentType::String;
        QString typeName;
        QString defaultValue;
        bool optional = false;
        /** The allowed values, when the definition restricts them. */
        QStringList range;

        /** displayName, or name when it has none. */
        QString label() const { return displayName.isEmpty() ? name : displayName; }
    };

    int id = 0;
    QString name;
    QString description;
    QString confirmationText;
    /** COMMAND or IMAGE. */
    QString type;
    QString service;
    /** The command, or the image for IMAGE tasks. */
    QString command;
    /** MAINTAINER, DEVELOPER or GUEST: who may invoke it. */
    QString permission;
    QList<Argument> arguments;

    bool isValid() const { return id != 0; }

    static LagoonTaskDefinition fromJson(const QJsonObject &json);
    /** The definitions of an advancedTasksForEnvironment list; entries without an id are left out. */
    static QList<LagoonTaskDefinition> listFromJson(const QJsonArray &json);
    static ArgumentType argumentType(const QString &name);

    /**
     * The argumentValues of invokeRegisteredTask for `values` (argument name → value): every
     * argument with a value, empty ones left out so Lagoon applies its defaults.
     */
    QJsonArray argumentValues(const QHash<QString, QString> &values) const;
};

} // namespace Lagoon
