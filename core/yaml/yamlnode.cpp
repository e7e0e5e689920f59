// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/yamlnode.h"

#include <vector>

#include <QRegularExpression>
#include <QSet>

#include "core/yaml/yamldocumentdata_p.h"

namespace Lagoon {

namespace {

// YAML 1.2 core schema: plain scalars that are not strings (null is a node type of its own).
bool isCoreNonString(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:true|True|TRUE|false|False|FALSE"
                       "|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
                       "|[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                       "|[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$"));
    // Most keys are words: skip the regular expression for them.
    if (value.isEmpty() || !QStringView(u"0123456789+-.tTfF").contains(value.front()))
        return false;
    return pattern.match(value).hasMatch();
}

} // namespace

YamlKeyIdentity YamlDocumentData::keyIdentity(qint32 index) const
{
    using Kind = YamlKeyIdentity::Kind;
    const qint32 target = resolve(index);
    if (target < 0)
        return {};
    const YamlNodeData &node = nodes[size_t(target)];
    switch (node.type) {
    case YamlNode::Type::Null:
        return {Kind::Null, {}};
    case YamlNode::Type::Scalar:
        if (node.has(YamlNodeData::MergeKey))
            return {Kind::Merge, {}};
        if (node.style == YamlNode::ScalarStyle::Plain && !tags.contains(target) && isCoreNonString(node.scalar))
            return {Kind::NonString, node.scalar};
        return {Kind::String, node.scalar};
    default:
        return {};
    }
}

YamlNode::YamlNode(std::shared_ptr<const YamlDocumentData> d, qint32 index) : m_d(std::move(d)), m_index(index)
{
}

qint32 YamlNode::resolvedIndex() const
{
    if (!m_d || m_index < 0 || size_t(m_index) >= m_d->nodes.size())
        return -1;
    return m_d->resolve(m_index);
}

YamlNode::Type YamlNode::type() const
{
    const qint32 i = resolvedIndex();
    return i < 0 ? Type::Invalid : m_d->nodes[size_t(i)].type;
}

QString YamlNode::scalar() const
{
    const qint32 i = resolvedIndex();
    return i < 0 ? QString() : m_d->nodes[size_t(i)].scalar;
}

YamlNode::ScalarStyle YamlNode::style() const
{
    const qint32 i = resolvedIndex();
    return i < 0 ? ScalarStyle::Plain : m_d->nodes[size_t(i)].style;
}

bool YamlNode::isFlow() const
{
    const qint32 i = resolvedIndex();
    return i >= 0 && m_d->nodes[size_t(i)].has(YamlNodeData::Flow);
}

QString YamlNode::tag() const
{
    const qint32 i = resolvedIndex();
    return i < 0 ? QString() : m_d->tags.value(i);
}

QString YamlNode::anchor() const
{
    return m_d && m_index >= 0 ? m_d->anchors.value(m_index) : QString();
}

bool YamlNode::isAlias() const
{
    return m_d && m_index >= 0 && m_d->nodes[size_t(m_index)].has(YamlNodeData::Alias);
}

YamlNode YamlNode::aliasTarget() const
{
    if (!isAlias())
        return {};
    const qint32 target = m_d->nodes[size_t(m_index)].aliasTarget;
    return target < 0 ? YamlNode() : YamlNode(m_d, target);
}

bool YamlNode::isMergeKey() const
{
    return m_d && m_index >= 0 && m_d->nodes[size_t(m_index)].has(YamlNodeData::MergeKey);
}

Yaml::Range YamlNode::range() const
{
    return m_d && m_index >= 0 ? m_d->range(m_index) : Yaml::Range();
}

YamlNode YamlNode::parent() const
{
    if (!m_d || m_index < 0)
        return {};
    const qint32 parent = m_d->nodes[size_t(m_index)].parent;
    return parent < 0 ? YamlNode() : YamlNode(m_d, parent);
}

qsizetype YamlNode::size() const
{
    const qint32 i = resolvedIndex();
    if (i < 0)
        return 0;
    const YamlNodeData &node = m_d->nodes[size_t(i)];
    if (node.type == Type::Sequence)
        return node.childCount;
    return node.type == Type::Map ? node.childCount / 2 : 0;
}

YamlNode YamlNode::at(qsizetype i) const
{
    const qint32 self = resolvedIndex();
    if (self < 0)
        return {};
    const YamlNodeData &node = m_d->nodes[size_t(self)];
    if (node.type != Type::Sequence || i < 0 || i >= node.childCount)
        return {};
    return YamlNode(m_d, m_d->children[size_t(node.firstChild + i)]);
}

QList<YamlEntry> YamlNode::entries() const
{
    const qint32 self = resolvedIndex();
    if (self < 0 || m_d->nodes[size_t(self)].type != Type::Map)
        return {};
    const YamlNodeData &node = m_d->nodes[size_t(self)];
    QList<YamlEntry> result;
    result.reserve(node.childCount / 2);
    for (qint32 k = 0; k + 1 < node.childCount; k += 2) {
        result.append({YamlNode(m_d, m_d->children[size_t(node.firstChild + k)]),
                       YamlNode(m_d, m_d->children[size_t(node.firstChild + k + 1)])});
    }
    return result;
}

YamlNode YamlNode::keyNode(QStringView key) const
{
    const qint32 self = resolvedIndex();
    if (self < 0 || m_d->nodes[size_t(self)].type != Type::Map)
        return {};
    const YamlNodeData &node = m_d->nodes[size_t(self)];
    for (qint32 k = (node.childCount / 2 - 1) * 2; k >= 0; k -= 2) {
        const qint32 keyIndex = m_d->children[size_t(node.firstChild + k)];
        const qint32 target = m_d->resolve(keyIndex);
        if (target >= 0 && m_d->nodes[size_t(target)].type == Type::Scalar && m_d->nodes[size_t(target)].scalar == key)
            return YamlNode(m_d, keyIndex);
    }
    return {};
}

YamlNode YamlNode::value(QStringView key) const
{
    const YamlNode k = keyNode(key);
    if (k.m_index < 0)
        return {};
    // Values directly follow their keys among the map's children.
    const YamlNodeData &map = m_d->nodes[size_t(resolvedIndex())];
    for (qint32 c = 0; c + 1 < map.childCount; c += 2) {
        if (m_d->children[size_t(map.firstChild + c)] == k.m_index)
            return YamlNode(m_d, m_d->children[size_t(map.firstChild + c + 1)]);
    }
    return {};
}

QList<YamlEntry> YamlNode::mergedEntries() const
{
    const qint32 self = resolvedIndex();
    if (self < 0 || m_d->nodes[size_t(self)].type != Type::Map)
        return {};
    QList<YamlEntry> result;
    QSet<YamlKeyIdentity> seen;
    QSet<qint32> merged;
    // Depth first, so a merged map's own merges come before the next map of the list. A map
    // already merged adds nothing, which keeps this linear in the document's size.
    std::vector<qint32> pending{self};
    qint64 budget = m_d->limits.maxAliasExpansion;
    while (!pending.empty() && budget > 0) {
        const qint32 current = pending.back();
        pending.pop_back();
        if (merged.contains(current))
            continue;
        merged.insert(current);
        const YamlNodeData &map = m_d->nodes[size_t(current)];
        std::vector<qint32> sources;
        for (qint32 c = 0; c + 1 < map.childCount && budget > 0; c += 2, --budget) {
            const qint32 key = m_d->children[size_t(map.firstChild + c)];
            const qint32 value = m_d->children[size_t(map.firstChild + c + 1)];
            if (m_d->nodes[size_t(key)].has(YamlNodeData::MergeKey)) {
                const qint32 target = m_d->resolve(value);
                if (target < 0)
                    continue;
                const YamlNodeData &source = m_d->nodes[size_t(target)];
                if (source.type == Type::Map) {
                    sources.push_back(target);
                } else if (source.type == Type::Sequence) {
                    for (qint32 s = 0; s < source.childCount; ++s) {
                        const qint32 item = m_d->resolve(m_d->children[size_t(source.firstChild + s)]);
                        if (item >= 0 && m_d->nodes[size_t(item)].type == Type::Map)
                            sources.push_back(item);
                    }
                }
                continue;
            }
            const YamlKeyIdentity identity = m_d->keyIdentity(key);
            if (identity.isComparable()) {
                if (seen.contains(identity))
                    continue;
                seen.insert(identity);
            }
            result.append({YamlNode(m_d, key), YamlNode(m_d, value)});
        }
        for (auto it = sources.rbegin(); it != sources.rend(); ++it) {
            if (!merged.contains(*it))
                pending.push_back(*it);
        }
    }
    return result;
}

} // namespace Lagoon
