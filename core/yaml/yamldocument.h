// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "core/diagnostics/diagnostic.h"
#include "core/yaml/yamllimits.h"
#include "core/yaml/yamlnode.h"
#include "core/yaml/yamlrange.h"

namespace Lagoon {

struct YamlDocumentData;

/**
 * An immutable YAML document in which every node knows exactly where it is written (YamlNode).
 *
 * Built from yaml-cpp's event parser, so aliases stay references (an alias bomb costs nothing to
 * parse), anchors and tags are kept and nesting is bounded. Problems are data, not exceptions:
 * diagnostics() holds them with stable rule ids:
 *
 * | rule id             | severity | what                                                          |
 * |---------------------|----------|---------------------------------------------------------------|
 * | `yaml.syntax`       | error    | yaml-cpp rejected the text (no tree)                          |
 * | `yaml.too-large`    | error    | larger than YamlLimits::maxFileSize or more than maxNodes      |
 * | `yaml.too-deep`     | error    | nested deeper than YamlLimits::maxDepth (no tree)             |
 * | `yaml.binary`       | error    | contains a NUL byte (not parsed)                              |
 * | `yaml.not-utf8`     | error    | not valid UTF-8 (not parsed)                                  |
 * | `yaml.control-character` | error | a control character YAML does not allow (not parsed)     |
 * | `yaml.cr-line-break`  | error | a carriage return that is not part of CRLF (not parsed)      |
 * | `yaml.tab-indent`   | error    | a tab in a line's indentation                                 |
 * | `yaml.alias-bomb`   | error    | expanding the aliases would exceed maxAliasExpansion nodes    |
 * | `yaml.alias-cycle`  | error    | an alias inside the node it refers to (resolves to nothing)   |
 * | `yaml.duplicate-key`| warning  | a key repeated in one mapping (both lines are named)          |
 * | `yaml.multi-document`| warning | more than one document: only the first is used                |
 *
 * Messages are translated (context "Lagoon::YamlDocument"). Lines and columns follow Yaml::Position.
 * parse() never throws; the document may be created on any thread and then read from any thread.
 */
class YamlDocument final
{
public:
    /** An empty, invalid document without text. */
    YamlDocument();

    /**
     * Parses `text` (UTF-8, an optional BOM, LF or CRLF line breaks). `fileName` is only copied
     * into the diagnostics. With several documents in the text, the first one is used.
     */
    static YamlDocument parse(const QByteArray &text, const QString &fileName, const YamlLimits &limits = {});

    /** True when a tree was built and no diagnostic is an error. */
    bool isValid() const;
    /** The document's root node; invalid when the text could not be parsed, Null for an empty text. */
    YamlNode root() const;
    Diagnostics diagnostics() const;

    /** The text that was parsed, byte for byte (a Position's offset indexes it). */
    QByteArray text() const;
    QString fileName() const;
    YamlLimits limits() const;

    /** The line and column of a byte offset into text() (clamped to the text). */
    Yaml::Position position(qsizetype offset) const;

private:
    explicit YamlDocument(std::shared_ptr<const YamlDocumentData> d);
    std::shared_ptr<const YamlDocumentData> m_d;
};

} // namespace Lagoon
