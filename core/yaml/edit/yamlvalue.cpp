// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/edit/yamlvalue.h"

namespace Lagoon {

YamlValue YamlValue::string(const QString &text)
{
    YamlValue value;
    value.m_type = Type::String;
    value.m_text = text;
    return value;
}

YamlValue YamlValue::plain(const QString &text)
{
    YamlValue value;
    value.m_type = Type::Plain;
    value.m_text = text;
    return value;
}

YamlValue YamlValue::sequence(const QList<YamlValue> &items)
{
    YamlValue value;
    value.m_type = Type::Sequence;
    value.m_items = items;
    return value;
}

YamlValue YamlValue::map(const MapEntries &entries)
{
    YamlValue value;
    value.m_type = Type::Map;
    value.m_entries = entries;
    return value;
}

YamlValue YamlValue::value(const QString &key) const
{
    for (const auto &[k, v] : m_entries) {
        if (k == key)
            return v;
    }
    return {};
}

} // namespace Lagoon
