// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include "core/yaml/edit/yamlvalue.h"
#include "core/yaml/yamlnode.h"

namespace Lagoon {

/**
 * Writes YamlValues as YAML text in a given style: the pieces the editor splices into a file.
 * Block output uses `lineBreak` and `step`; every line break is followed by its indentation,
 * and nothing ends with a line break (the caller decides where lines end).
 */
class YamlWriter final
{
public:
    YamlWriter(int step, bool indentedSequences, QByteArray lineBreak);

    /**
     * A scalar as a token: in `preferred` style when the value can be written in it, otherwise
     * plain when that reads back the same, otherwise double-quoted. `blockIndent` is the content
     * indentation for literal/folded block scalars; `flow` forbids flow indicators in plain text.
     */
    QByteArray scalar(const YamlValue &value, YamlNode::ScalarStyle preferred, int blockIndent, bool flow) const;
    /** A map key. */
    QByteArray key(const QString &key, YamlNode::ScalarStyle preferred = YamlNode::ScalarStyle::Plain) const;
    /** A value in flow style: `{a: 1, b: [x, y]}`. */
    QByteArray flow(const YamlValue &value) const;
    /** What follows `key:` for an entry whose key is at `keyColumn`: " 7", " {}" or a block. */
    QByteArray afterKey(const YamlValue &value, int keyColumn) const;
    /** What follows `-` for an item whose dash is at `dashColumn`: " x" or " a: 1<br>  b: 2". */
    QByteArray afterDash(const YamlValue &value, int dashColumn) const;
    /** A whole block-map entry line(s), indentation included. */
    QByteArray entry(const QString &key, const YamlValue &value, int column) const;
    /** A whole block-sequence item line(s), indentation included. */
    QByteArray item(const YamlValue &value, int dashColumn) const;
    /** A whole document (or root) for `value` at column 0, no leading line break. */
    QByteArray root(const YamlValue &value) const;

    /** True when `text` written plain reads back as the string `text` (not a number, bool, null). */
    static bool isPlainString(const QString &text, bool flow);
    /** True when `text` can be written plain at all (no quoting needed to parse). */
    static bool isValidPlain(const QString &text, bool flow);
    /** True when a `|` or `|-` block reads back as exactly `text`. */
    static bool fitsLiteral(const QString &text);

    /**
     * This writer, but writing multi-line text double-quoted instead of as `|` blocks: for text
     * that something (a comment) follows on the same line, which a block would swallow.
     */
    YamlWriter withoutBlockScalars() const
    {
        YamlWriter copy = *this;
        copy.m_blockScalars = false;
        return copy;
    }

    int step() const { return m_step; }
    const QByteArray &lineBreak() const { return m_lineBreak; }

private:
    QByteArray literal(const QString &text, int indent) const;
    QByteArray indent(int column) const;

    int m_step;
    bool m_indentedSequences;
    QByteArray m_lineBreak;
    bool m_blockScalars = true;
};

} // namespace Lagoon
