// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringView>

#include "core/yaml/yamlrange.h"

namespace Lagoon {

struct YamlDocumentData;
struct YamlEntry;

/**
 * A read-only handle to one node of a YamlDocument. Cheap to copy; it keeps the document's data
 * alive, so it stays usable after the YamlDocument it came from is gone. A default-constructed
 * handle, or one returned for something that does not exist (`value()` of a missing key, `at()`
 * past the end), is invalid: type() is Invalid and everything else returns empty values.
 *
 * Aliases are never expanded into copies: a node written as `*name` is an alias handle whose
 * range() is the `*name` token, while type(), scalar(), tag(), style(), size(), at(), entries()
 * and value() answer for the anchored node it refers to (aliasTarget()). The tree is acyclic: an
 * alias inside the node it refers to is reported (`yaml.alias-cycle`) and resolves to nothing.
 *
 * The data behind a handle never changes, so handles may be read and copied from any thread.
 */
class YamlNode final
{
public:
    enum class Type
    {
        Invalid,
        Null,
        Scalar,
        Sequence,
        Map
    };
    enum class ScalarStyle
    {
        Plain,
        SingleQuoted,
        DoubleQuoted,
        Literal,
        Folded
    };

    YamlNode() = default;

    bool isValid() const { return type() != Type::Invalid; }
    Type type() const;
    bool isNull() const { return type() == Type::Null; }
    bool isScalar() const { return type() == Type::Scalar; }
    bool isSequence() const { return type() == Type::Sequence; }
    bool isMap() const { return type() == Type::Map; }

    /** The decoded value of a scalar (escapes resolved, lines folded); empty for other types. */
    QString scalar() const;
    /** How a scalar or null is written; Plain for everything else (and for empty values). */
    ScalarStyle style() const;
    /** True for a sequence or map written in flow style (`[a, b]`, `{a: b}`). */
    bool isFlow() const;
    /**
     * The node's explicit tag, resolved: `!!str` gives "tag:yaml.org,2002:str", `!custom` gives
     * "!custom", a lone `!` gives "!"; empty if none is written.
     */
    QString tag() const;
    /** The anchor name defined on this node (`&name`); for an alias, the name it refers to. */
    QString anchor() const;

    bool isAlias() const;
    /** The anchored node an alias refers to; invalid if this is no alias (or a cyclic one). */
    YamlNode aliasTarget() const;

    /**
     * Where the node is written, end exclusive. Properties (`&anchor`, `!tag`) are not part of it.
     * A scalar covers its token: quotes included, a block scalar from `|`/`>` to the end of its last
     * non-empty line (the line break excluded). A block collection runs from its first entry to the
     * end of its last value; a flow collection from its opening to its closing bracket. An empty
     * value (`key:` with nothing after it) is an empty range just after the `:` (or `-`), or just
     * after its properties. An alias covers `*name`.
     */
    Yaml::Range range() const;

    /** The node containing this one in the written tree (the map for keys and values); invalid for the root. */
    YamlNode parent() const;

    /** Items of a sequence, entries of a map, 0 otherwise. */
    qsizetype size() const;
    /** The i-th item of a sequence (invalid for maps: use entries()). */
    YamlNode at(qsizetype i) const;

    /** A map's entries as written, in source order, duplicates and merge keys included. */
    QList<YamlEntry> entries() const;
    /**
     * The value of the last entry whose key is a scalar equal to `key` (merge keys are not
     * followed: use mergedEntries() for that); invalid if there is none.
     */
    YamlNode value(QStringView key) const;
    /** The key node of that entry, for positions; invalid if there is none. */
    YamlNode keyNode(QStringView key) const;

    /**
     * A map's entries with YAML merge keys applied, as docker-compose files use them
     * (`<<: *defaults`, `<<: [*a, *b]`): the map's own entries first, in source order and without
     * the `<<` entries, then the entries merged in that no own key overrides. Among merged maps the
     * first one to provide a key wins (several `<<` keys count as one list, in source order); merged
     * maps' own merge keys are followed too. Keys are compared as in duplicate detection. Each map
     * is merged at most once, so the work is bounded by the document's size.
     */
    QList<YamlEntry> mergedEntries() const;

    /** True for a key written as plain `<<`. */
    bool isMergeKey() const;

    /** The same node of the same document (aliases are distinct from their targets). */
    friend bool operator==(const YamlNode &a, const YamlNode &b) { return a.m_d == b.m_d && a.m_index == b.m_index; }

private:
    friend class YamlDocument;
    YamlNode(std::shared_ptr<const YamlDocumentData> d, qint32 index);
    qint32 resolvedIndex() const;

    std::shared_ptr<const YamlDocumentData> m_d;
    qint32 m_index = -1;
};

/** One `key: value` pair of a map. */
struct YamlEntry
{
    YamlNode key;
    YamlNode value;
};

} // namespace Lagoon
