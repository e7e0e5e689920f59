// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include "core/util/error.h"
#include "core/yaml/yamlnode.h"

namespace Lagoon {

/**
 * Where a value lives in a YAML document, written like `environments.main.routes[0].nginx`.
 *
 * - `name` (a plain segment) is a map key. Keys containing `.`, `[` or `]` are written in
 *   brackets: `routes[0].nginx["www.example.com"]`.
 * - `[3]` is the fourth item of a sequence (negative counts from the end: `[-1]` is the last).
 * - `[text]` / `["text"]` is, in a map, the key `text`; in a sequence, the item "named" text: a map
 *   item whose `name` is text (`- name: drush cr`), a one-key map item whose value has that `name`
 *   (`- run: {name: drush cr}`, how tasks are written), a one-key map item whose key is text
 *   (`- www.example.com: {tls-acme: true}`, how routes are written) or a scalar item equal to text
 *   (`- www.example.com`). The first match wins.
 */
class YamlPath final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::YamlPath)

public:
    struct Segment
    {
        enum class Kind
        {
            Key,   ///< a map key
            Index, ///< a sequence index
            Name,  ///< a map key or a sequence item by name
        };
        Kind kind = Kind::Key;
        QString text;
        qsizetype index = 0;

        friend bool operator==(const Segment &, const Segment &) = default;
    };

    YamlPath() = default;

    /** Parses the written form; an error names the column that is wrong. */
    static Result<YamlPath> parse(QStringView text);

    YamlPath &key(const QString &key);
    YamlPath &index(qsizetype index);
    YamlPath &named(const QString &name);
    /** This path with one more segment (copies). */
    YamlPath child(const QString &key) const;
    YamlPath item(qsizetype index) const;

    const QList<Segment> &segments() const { return m_segments; }
    bool isEmpty() const { return m_segments.isEmpty(); }
    qsizetype size() const { return m_segments.size(); }
    /** All segments but the last. */
    YamlPath parentPath() const;
    Segment last() const { return m_segments.isEmpty() ? Segment{} : m_segments.constLast(); }

    /** The written form; parse(toString()) gives this path back. */
    QString toString() const;

    /** The node the path names under `root` (aliases followed), or an invalid node. */
    YamlNode resolve(const YamlNode &root) const;
    /** The index of the sequence item `segment` selects in `sequence`, or -1. */
    static qsizetype itemIndex(const YamlNode &sequence, const Segment &segment);

    friend bool operator==(const YamlPath &, const YamlPath &) = default;

private:
    QList<Segment> m_segments;
};

} // namespace Lagoon
