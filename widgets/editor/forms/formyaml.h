// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "core/yaml/edit/yamlpath.h"
#include "core/yaml/yamlnode.h"

namespace Lagoon::FormYaml {

/**
 * What a form field shows for one place in the document: whether something is written there,
 * its text, and whether it is only reachable through an alias or a merge key. Such a value is
 * written somewhere else in the file (at the anchor), and YamlEditor refuses to edit through it,
 * so forms show it read-only.
 */
struct FieldValue
{
    YamlNode node;
    bool exists = false;
    bool inherited = false;
    QString text; ///< the scalar; empty for null, maps and sequences
};

/** The value at `path` under `root`, noting every alias and merge key crossed on the way. */
FieldValue locate(const YamlNode &root, const YamlPath &path);

/** The keys of a map as written (merge keys left out, duplicates once); empty for other nodes. */
QStringList keys(const YamlNode &map);

/** The key of the first entry of a one-key map item (`- nginx: [...]`, `- www.x.com: {...}`). */
QString firstKey(const YamlNode &map);

/** A YAML boolean as Lagoon's Go code reads it (true/false, and ParseBool's 1/t/T/TRUE...). */
std::optional<bool> toBool(const QString &text);

/** True when the scalar is written in quotes, so a rewrite should keep it a string. */
bool isQuoted(const YamlNode &node);

} // namespace Lagoon::FormYaml
