// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/edit/yamlvalue.h"

#include <QCoreApplication>

#include "core/yaml/yamldocument.h"

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

namespace {

YamlValue fromNode(const YamlNode &node)
{
    if (node.isMap()) {
        YamlValue::MapEntries entries;
        for (const YamlEntry &e : node.mergedEntries())
            entries.append({e.key.scalar(), fromNode(e.value)});
        return YamlValue::map(entries);
    }
    if (node.isSequence()) {
        QList<YamlValue> items;
        for (qsizetype i = 0; i < node.size(); ++i)
            items.append(fromNode(node.at(i)));
        return YamlValue::sequence(items);
    }
    if (node.isScalar()) {
        const bool string = node.style() != YamlNode::ScalarStyle::Plain || node.tag() == QLatin1String("tag:yaml.org,2002:str");
        return string ? YamlValue::string(node.scalar()) : YamlValue::plain(node.scalar());
    }
    return YamlValue::null();
}

} // namespace

Result<YamlValue> YamlValue::fromYaml(const QString &text)
{
    if (text.trimmed().isEmpty())
        return YamlValue::string(text);
    const YamlDocument document = YamlDocument::parse(text.toUtf8(), QCoreApplication::translate("Lagoon::YamlValue", "value"));
    if (!document.isValid()) {
        QString reason;
        for (const Diagnostic &d : document.diagnostics()) {
            if (d.severity == Diagnostic::Severity::Error && reason.isEmpty())
                reason = d.message;
        }
        return makeError(Error::Code::ParseFailed, reason);
    }
    return fromNode(document.root());
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
