// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QString>

#include "core/lagoon/config/textspan.h"
#include "core/yaml/yamlnode.h"

namespace Lagoon::YamlValues {

/** The node's position as a TextSpan (start and end of its written range). */
TextSpan span(const YamlNode &node);

/** Go's yaml.v2 reading of a plain scalar: is it a bool, a number or null rather than text? */
bool isPlainBool(const YamlNode &node, bool *value = nullptr);
bool isPlainNumber(const YamlNode &node);
bool isNullValue(const YamlNode &node);

/** A text value as Lagoon reads it (numbers and bools keep their written form). */
QString text(const YamlNode &node);
/** A bool, accepting Go's ParseBool strings as Lagoon's custom decoders do. */
std::optional<bool> boolOrBoolString(const YamlNode &node);
std::optional<bool> boolValue(const YamlNode &node);
std::optional<int> intValue(const YamlNode &node);

/** A map's entries with merge keys applied (only resolved when the map has a `<<` key). */
QList<YamlEntry> entriesOf(const YamlNode &map);

/** The value of `key` in a map, matched case-insensitively like Go's encoding/json (merge keys followed). */
YamlNode member(const YamlNode &map, const QString &key, const QString &alias = {});

/** The same lookups for several keys of one map, reading its entries once. */
class Members final
{
public:
    explicit Members(const YamlNode &map);
    YamlNode get(const QString &key, const QString &alias = {}) const;
    static YamlNode find(const QList<YamlEntry> &entries, const QString &key, const QString &alias);

private:
    QList<YamlEntry> m_entries;
};

} // namespace Lagoon::YamlValues
