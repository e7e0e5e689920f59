// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "core/util/error.h"
#include "core/yaml/edit/yamlpatch.h"
#include "core/yaml/edit/yamlpath.h"
#include "core/yaml/edit/yamlvalue.h"
#include "core/yaml/yamldocument.h"

namespace Lagoon {

/**
 * Turns an intended change of a YAML document into the smallest text patch that makes it.
 *
 * Comments, blank lines, anchors and aliases, key order, quoting and indentation outside the
 * patched range stay byte for byte as they were. A replaced scalar keeps its quoting style when
 * the new value can be written in it. New keys and items are written in the style of their
 * neighbours: block or flow, the siblings' indentation (or the document's indentation step for
 * the first child), the file's line break (LF or CRLF).
 *
 * Each method returns one patch against the document's text(), or an Error (code ParseFailed
 * when the document has no tree, NotFound when the path does not exist where it must, Internal
 * for an edit the editor does not know how to make, such as writing through an alias); the
 * message is translated and says which part of the path failed. Paths are resolved like
 * YamlPath::resolve(), but edits never follow aliases or merge keys: the entry written in the
 * file is the one changed. Thread-safe: the editor only reads its document.
 */
class YamlEditor final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::YamlEditor)

public:
    explicit YamlEditor(const YamlDocument &document);

    /**
     * Sets the value at `path`, creating missing map keys on the way (an empty value such as
     * `key:` becomes a map). A sequence index may be one past the end (appends). Setting a value
     * equal to what is written returns an empty patch.
     */
    Result<YamlPatch> set(const YamlPath &path, const YamlValue &value) const;

    /** Removes a map entry or a sequence item with its line(s); a missing path is NotFound. */
    Result<YamlPatch> remove(const YamlPath &path) const;

    /** Appends an item to the sequence at `path`, creating the sequence (and its keys) if missing. */
    Result<YamlPatch> append(const YamlPath &path, const YamlValue &item) const;

    /** Inserts an item before position `index` (0 … size) of the sequence at `path`. */
    Result<YamlPatch> insert(const YamlPath &path, qsizetype index, const YamlValue &item) const;

    /** Moves a sequence item; its text (comments inside it included) moves unchanged. */
    Result<YamlPatch> move(const YamlPath &path, qsizetype from, qsizetype to) const;

    /** Renames the key of the map entry at `path` (an environment, a route's domain). */
    Result<YamlPatch> renameKey(const YamlPath &path, const QString &newKey) const;

    const YamlDocument &document() const { return m_document; }

private:
    YamlDocument m_document;
};

} // namespace Lagoon
