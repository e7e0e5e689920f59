// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Lagoon {

/**
 * The shape of `.lagoon.yml` as Lagoon's build decodes it (lagoon-rules.md §1, §3, §4):
 * which keys exist where, what type each value has, its default and what it does. Lagoon
 * ignores unknown keys and matches keys case-insensitively; the loader uses this to warn about
 * the keys Lagoon would ignore, and the editor for completion and hover help.
 */
struct SchemaNode
{
    enum class Kind {
        Map,        ///< fixed keys (fields)
        MapOf,      ///< any keys, each value shaped like `items` (environments, registries)
        List,       ///< items shaped like `items`
        String,
        Bool,       ///< Go bool: true/false only
        BoolString, ///< bool, or a string Go's ParseBool accepts ("true", "1", "t", ...)
        Int,
        RouteEntry, ///< a domain string, or a one-key map domain → route options (`items`)
        Any,        ///< not checked (ignored by Lagoon, read by other tools)
    };

    struct Field
    {
        QString key;
        const SchemaNode *node;
        QStringList aliases; ///< other spellings Lagoon also reads (tls-acme / tlsAcme)
    };

    Kind kind = Kind::Any;
    QString description;
    QString defaultValue;
    bool deprecated = false;
    QString deprecation;  ///< what to use instead
    QList<Field> fields;
    const SchemaNode *items = nullptr;

    /** The field matching `key` like Lagoon does (case-insensitive, aliases), or nullptr. */
    const Field *field(const QString &key) const;
    QStringList keys() const;
    /** What the value must be, translated ("a list", "true or false"). */
    QString kindName() const;
    /** `description` / `deprecation` are English source texts; these translate them now. */
    QString translatedDescription() const;
    QString translatedDeprecation() const;
};

namespace LagoonYmlSchema {
/** The root of `.lagoon.yml`. */
const SchemaNode &root();
} // namespace LagoonYmlSchema

} // namespace Lagoon
