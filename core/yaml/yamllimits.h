// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace Lagoon {

/**
 * Bounds that keep hostile YAML from exhausting time, memory or the stack. Going over one is an
 * error diagnostic with a position, never a crash: see YamlDocument::parse().
 */
struct YamlLimits
{
    /// Larger texts are not parsed at all (`yaml.too-large`). At most 2 GiB (yaml-cpp counts in int).
    qsizetype maxFileSize = 20 * 1024 * 1024;
    /// Deepest nesting of collections (`yaml.too-deep`); yaml-cpp itself stops at 500 levels.
    int maxDepth = 256;
    /// Most nodes (scalars, collections, aliases, empty values) in the document (`yaml.too-large`).
    qsizetype maxNodes = 1'000'000;
    /**
     * Most nodes a full expansion of every alias may produce (`yaml.alias-bomb`). Aliases are
     * never expanded here, but consumers walk through them; a document over this budget is not
     * valid, so no walk of a valid document visits more nodes than this.
     */
    qint64 maxAliasExpansion = 10'000'000;
};

} // namespace Lagoon
