// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/edit/yamledittree_p.h"

namespace Lagoon::YamlEditTree {

/** Walks `path` as far as it exists in the written tree, never through aliases or merge keys. */
Walk walk(const YamlNode &root, const YamlPath &path)
{
    Walk result;
    YamlNode node = root;
    for (const YamlPath::Segment &segment : path.segments()) {
        if (node.isAlias()) {
            result.throughAlias = true;
            return result;
        }
        if (node.isMap() && segment.kind != YamlPath::Segment::Kind::Index) {
            YamlEditStep step;
            const QList<YamlEntry> entries = node.entries();
            for (const YamlEntry &entry : entries) {
                if (entry.key.isScalar() && !entry.key.isAlias() && entry.key.scalar() == segment.text) {
                    step = YamlEditStep{node, entry.key, entry.value, -1};
                }
            }
            if (!step.key.isValid())
                return result;
            result.steps.append(step);
            node = step.node;
        } else if (node.isSequence() && segment.kind != YamlPath::Segment::Kind::Key) {
            const qsizetype index = YamlPath::itemIndex(node, segment);
            if (index < 0)
                return result;
            result.steps.append(YamlEditStep{node, {}, node.at(index), index});
            node = node.at(index);
        } else {
            return result;
        }
    }
    return result;
}

void collectAnchors(const YamlNode &node, QStringList &anchors)
{
    if (node.isAlias())
        return;
    if (!node.anchor().isEmpty())
        anchors.append(node.anchor());
    if (node.isMap()) {
        const QList<YamlEntry> entries = node.entries();
        for (const YamlEntry &e : entries) {
            collectAnchors(e.key, anchors);
            collectAnchors(e.value, anchors);
        }
    } else if (node.isSequence()) {
        for (qsizetype i = 0; i < node.size(); ++i)
            collectAnchors(node.at(i), anchors);
    }
}

YamlNode aliasOutside(const YamlNode &node, const QStringList &anchors, qsizetype from, qsizetype to)
{
    if (node.isAlias()) {
        const qsizetype at = node.range().start.offset;
        return anchors.contains(node.anchor()) && (at < from || at >= to) ? node : YamlNode();
    }
    if (node.isMap()) {
        const QList<YamlEntry> entries = node.entries();
        for (const YamlEntry &e : entries) {
            for (const YamlNode &child : {e.key, e.value}) {
                const YamlNode found = aliasOutside(child, anchors, from, to);
                if (found.isValid())
                    return found;
            }
        }
    } else if (node.isSequence()) {
        for (qsizetype i = 0; i < node.size(); ++i) {
            const YamlNode found = aliasOutside(node.at(i), anchors, from, to);
            if (found.isValid())
                return found;
        }
    }
    return {};
}

} // namespace Lagoon::YamlEditTree
