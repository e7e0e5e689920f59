// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringList>

#include "core/yaml/edit/yamlpath.h"
#include "core/yaml/yamlnode.h"

namespace Lagoon {

/** One step of a path walked through the written tree: `node` inside `container`. */
struct YamlEditStep
{
    YamlNode container;
    YamlNode key;        ///< the entry's key when `container` is a map
    YamlNode node;
    qsizetype index = -1; ///< the item's index when `container` is a sequence
};

/**
 * Reading the tree as it is written, for the editor: where a path leads without following
 * aliases or merge keys, and which anchors a value defines and who still uses them.
 */
namespace YamlEditTree {

/** How far a path exists in the written tree. */
struct Walk
{
    QList<YamlEditStep> steps; ///< one per matched segment
    bool throughAlias = false;
};

inline qsizetype startOf(const YamlNode &node)
{
    return node.range().start.offset;
}

inline qsizetype endOf(const YamlNode &node)
{
    return node.range().end.offset;
}

/** Walks `path` as far as it exists, never through aliases or merge keys. */
Walk walk(const YamlNode &root, const YamlPath &path);
/** The anchors defined in `node` and below it. */
void collectAnchors(const YamlNode &node, QStringList &anchors);
/** The first alias outside [from, to) that refers to one of `anchors`; invalid if none. */
YamlNode aliasOutside(const YamlNode &node, const QStringList &anchors, qsizetype from, qsizetype to);

} // namespace YamlEditTree

} // namespace Lagoon
