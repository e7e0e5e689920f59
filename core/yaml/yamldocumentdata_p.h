// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <vector>

#include <QByteArray>
#include <QHash>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include "core/diagnostics/diagnostic.h"
#include "core/yaml/yamllimits.h"
#include "core/yaml/yamllineindex_p.h"
#include "core/yaml/yamlnode.h"

namespace Lagoon {

/**
 * What makes two map keys the same key, as YAML's core schema sees it: the quoted "1" and the
 * plain 1 differ, the quoted "a" and the plain a do not. Collections and cyclic aliases never
 * compare equal (Kind::None). `value` points into the document's data.
 */
struct YamlKeyIdentity
{
    enum class Kind : quint8
    {
        None,
        Null,
        Merge,
        NonString,
        String
    };
    Kind kind = Kind::None;
    QStringView value;

    bool isComparable() const { return kind != Kind::None; }
    friend bool operator==(const YamlKeyIdentity &a, const YamlKeyIdentity &b)
    {
        return a.kind == b.kind && a.value == b.value;
    }
    friend size_t qHash(const YamlKeyIdentity &key, size_t seed = 0)
    {
        return qHashMulti(seed, int(key.kind), key.value);
    }
};

/** One node as stored: nodes are kept in document order (pre-order), the root first. */
struct YamlNodeData
{
    enum Flag : quint8
    {
        Flow = 1,
        Alias = 2,
        MergeKey = 4
    };

    qsizetype start = 0; ///< byte offsets into the text, end exclusive
    qsizetype end = 0;
    qsizetype mark = 0; ///< where yaml-cpp reported the node (properties included); build time only
    qint32 parent = -1;
    qint32 firstChild = 0; ///< index into YamlDocumentData::children
    qint32 childCount = 0; ///< items; for maps key, value, key, value…
    qint32 aliasTarget = -1;
    qint32 subtreeEnd = 0; ///< one past the index of the last descendant
    YamlNode::Type type = YamlNode::Type::Invalid;
    YamlNode::ScalarStyle style = YamlNode::ScalarStyle::Plain;
    quint8 flags = 0;
    QString scalar;

    bool has(Flag f) const { return (flags & f) != 0; }
};

struct YamlDocumentData
{
    QByteArray text;
    QString fileName;
    YamlLimits limits;
    YamlLineIndex lines;
    std::vector<YamlNodeData> nodes;
    std::vector<qint32> children;
    // Rare, so kept apart from the nodes.
    QHash<qint32, QString> tags;
    QHash<qint32, QString> anchors;
    Diagnostics diagnostics;

    /** The node an alias refers to (or the node itself); -1 for a cyclic alias. */
    qint32 resolve(qint32 index) const
    {
        const YamlNodeData &n = nodes[size_t(index)];
        return n.has(YamlNodeData::Alias) ? n.aliasTarget : index;
    }

    /** What makes two keys the same key: see YamlKeyIdentity. */
    YamlKeyIdentity keyIdentity(qint32 index) const;

    Yaml::Range range(qint32 index) const
    {
        const YamlNodeData &n = nodes[size_t(index)];
        return {lines.position(n.start), lines.position(n.end)};
    }
};

} // namespace Lagoon
