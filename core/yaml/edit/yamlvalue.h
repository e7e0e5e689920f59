// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <utility>

#include <QList>
#include <QString>

#include "core/util/error.h"

namespace Lagoon {

/**
 * A value to write into a YAML document: a scalar, a sequence or a map (keys in insertion order).
 *
 * A scalar is either a String, which must read back as exactly that string (so "true", "8080",
 * "" or "a: b" get quoted), or Plain, written as given when that is valid plain YAML, so `7`
 * stays an integer and `true` a boolean (what `lagoon-desktop-cli set` does with its argument).
 */
class YamlValue final
{
public:
    enum class Type
    {
        Null,
        String,
        Plain,
        Sequence,
        Map
    };
    using MapEntries = QList<std::pair<QString, YamlValue>>;

    YamlValue() = default;
    static YamlValue null() { return {}; }
    static YamlValue string(const QString &text);
    static YamlValue plain(const QString &text);
    static YamlValue boolean(bool value) { return plain(value ? QStringLiteral("true") : QStringLiteral("false")); }
    static YamlValue integer(qint64 value) { return plain(QString::number(value)); }
    static YamlValue sequence(const QList<YamlValue> &items);
    static YamlValue map(const MapEntries &entries);

    Type type() const { return m_type; }
    bool isScalar() const { return m_type == Type::String || m_type == Type::Plain; }
    bool isCollection() const { return m_type == Type::Sequence || m_type == Type::Map; }
    const QString &text() const { return m_text; }
    const QList<YamlValue> &items() const { return m_items; }
    const MapEntries &entries() const { return m_entries; }

    /**
     * A value written as YAML, as a user types it on a command line: `7` and `true` stay plain,
     * `'07'` is the string 07, `{name: x, command: y}` a map, an empty text the empty string.
     */
    static Result<YamlValue> fromYaml(const QString &text);

    /** A map's value for `key`, or a Null value. */
    YamlValue value(const QString &key) const;

private:
    Type m_type = Type::Null;
    QString m_text;
    QList<YamlValue> m_items;
    MapEntries m_entries;
};

} // namespace Lagoon
