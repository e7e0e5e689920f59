// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/formyaml.h"

#include "core/yaml/yamlnode.h"

namespace Lagoon::FormYaml {

namespace {

/** A key that only a merged map (`<<: *base`) provides. */
YamlNode mergedValue(const YamlNode &map, const QString &key)
{
    YamlNode found;
    for (const YamlEntry &entry : map.mergedEntries()) {
        if (entry.key.isScalar() && entry.key.scalar() == key)
            found = entry.value;
    }
    return found;
}

} // namespace

FieldValue locate(const YamlNode &root, const YamlPath &path)
{
    FieldValue result;
    YamlNode node = root;
    bool inherited = false;
    for (const YamlPath::Segment &segment : path.segments()) {
        if (!node.isValid())
            return result;
        if (node.isAlias())
            inherited = true;
        YamlNode next;
        switch (segment.kind) {
        case YamlPath::Segment::Kind::Key:
            if (node.isMap()) {
                next = node.value(segment.text);
                if (!next.isValid()) {
                    next = mergedValue(node, segment.text);
                    inherited = inherited || next.isValid();
                }
            }
            break;
        case YamlPath::Segment::Kind::Index:
            if (node.isSequence()) {
                const qsizetype i = segment.index < 0 ? node.size() + segment.index : segment.index;
                next = node.at(i);
            }
            break;
        case YamlPath::Segment::Kind::Name:
            if (node.isMap()) {
                next = node.value(segment.text);
                if (!next.isValid()) {
                    next = mergedValue(node, segment.text);
                    inherited = inherited || next.isValid();
                }
            } else if (node.isSequence()) {
                const qsizetype i = YamlPath::itemIndex(node, segment);
                if (i >= 0)
                    next = node.at(i);
            }
            break;
        }
        node = next;
    }
    if (!node.isValid())
        return result;
    result.node = node;
    result.exists = true;
    result.inherited = inherited || node.isAlias();
    if (node.isScalar())
        result.text = node.scalar();
    return result;
}

QStringList keys(const YamlNode &map)
{
    QStringList list;
    if (!map.isMap())
        return list;
    for (const YamlEntry &entry : map.entries()) {
        if (entry.key.isMergeKey() || !entry.key.isScalar())
            continue;
        const QString key = entry.key.scalar();
        if (!list.contains(key))
            list.append(key);
    }
    return list;
}

QString firstKey(const YamlNode &map)
{
    const QStringList list = keys(map);
    return list.isEmpty() ? QString() : list.constFirst();
}

std::optional<bool> toBool(const QString &text)
{
    static const QStringList truthy = {QStringLiteral("1"),    QStringLiteral("t"),    QStringLiteral("T"),
                                       QStringLiteral("TRUE"), QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList falsy = {QStringLiteral("0"),     QStringLiteral("f"),     QStringLiteral("F"),
                                      QStringLiteral("FALSE"), QStringLiteral("false"), QStringLiteral("False")};
    if (truthy.contains(text))
        return true;
    if (falsy.contains(text))
        return false;
    return std::nullopt;
}

bool isQuoted(const YamlNode &node)
{
    return node.isScalar() &&
           (node.style() == YamlNode::ScalarStyle::SingleQuoted || node.style() == YamlNode::ScalarStyle::DoubleQuoted);
}

} // namespace Lagoon::FormYaml
