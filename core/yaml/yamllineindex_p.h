// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <vector>

#include <QByteArray>

#include "core/yaml/yamlrange.h"

namespace Lagoon {

/**
 * Maps byte offsets of a UTF-8 text to 1-based lines and UTF-16 columns (see Yaml::Position) in
 * O(log lines), also for pathological texts such as one 20 MiB line.
 */
class YamlLineIndex final
{
public:
    YamlLineIndex() = default;
    explicit YamlLineIndex(const QByteArray &text);

    Yaml::Position position(qsizetype offset) const;
    /** The byte offset where the line holding `offset` starts (after the BOM on line 1). */
    qsizetype lineStartOf(qsizetype offset) const;
    /** The 1-based line holding `offset`. */
    int lineOf(qsizetype offset) const { return m_lineStarts.empty() ? 1 : int(lineIndexOf(offset) + 1); }
    int lineCount() const { return int(m_lineStarts.size()); }
    /** Byte offset of a 1-based line's first character. */
    qsizetype lineStart(int line) const { return m_lineStarts[size_t(line - 1)]; }
    qsizetype bomLength() const { return m_bom; }

private:
    qsizetype unitsBefore(qsizetype offset) const;
    size_t lineIndexOf(qsizetype offset) const;

    QByteArray m_text;
    qsizetype m_bom = 0;
    std::vector<qsizetype> m_lineStarts;
    // UTF-16 units before every Block-th byte; empty when the text is ASCII (then units == bytes).
    std::vector<qsizetype> m_units;
    static constexpr qsizetype Block = 64;
};

} // namespace Lagoon
