// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QCoreApplication>

#include "core/util/error.h"
#include "core/yaml/edit/yamlpatch.h"
#include "core/yaml/edit/yamlpath.h"
#include "core/yaml/edit/yamledittree_p.h"
#include "core/yaml/edit/yamltextlayout_p.h"
#include "core/yaml/edit/yamlvalue.h"
#include "core/yaml/edit/yamlwriter_p.h"
#include "core/yaml/yamldocument.h"

namespace Lagoon {

/** What one YamlEditor edit needs: the text's layout and a writer in the file's style. */
class YamlEditSession final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::YamlEditor)

public:
    explicit YamlEditSession(const YamlDocument &document)
        : m_document(document)
        , m_root(document.root())
        , m_layout(document.text(), m_root)
        , m_writer(m_layout.indentStep(), m_layout.indentedSequences(), m_layout.lineBreak())
    {
    }

    Result<YamlPatch> set(const YamlPath &path, const YamlValue &value) const;
    Result<YamlPatch> remove(const YamlPath &path) const;
    Result<YamlPatch> insert(const YamlPath &path, qsizetype index, const YamlValue &item) const;
    Result<YamlPatch> move(const YamlPath &path, qsizetype from, qsizetype to) const;
    Result<YamlPatch> renameKey(const YamlPath &path, const QString &newKey) const;

    std::optional<Error> checkEditable() const;

private:
    Result<YamlEditStep> locate(const YamlPath &path) const;
    Result<YamlPatch> replaceValue(const YamlEditStep &step, const YamlValue &value) const;
    Result<YamlPatch> replaceRoot(const YamlValue &value) const;
    Result<YamlPatch> insertEntry(const YamlNode &map, const QString &key, const YamlValue &value) const;
    Result<YamlPatch> insertItem(const YamlNode &sequence, qsizetype index, const YamlValue &item) const;
    Result<YamlPatch> removeFlow(const YamlEditStep &step) const;
    /** Where new lines go after a node that ends at `end`: the patch offset and the text around. */
    YamlPatch appendLines(qsizetype end, const QByteArray &lines) const;
    /** The line range of a block sequence item, from its line start to after its line break. */
    std::optional<std::pair<qsizetype, qsizetype>> itemLines(const YamlNode &item) const;
    /** Just after the last `&anchor` / `!tag` token on the nearest line above `lineStart` with content. */
    qsizetype propertiesEndBefore(qsizetype lineStart) const;
    /** Where lines after a node ending at `end` go: past a keep-chomped block scalar's blank lines. */
    YamlPatch appendLinesAfter(const YamlNode &node, qsizetype end, const QByteArray &lines) const;
    /** The comment (from `#` to the line's end) on the line of `offset`, at or after it; empty if none. */
    QByteArray commentOnLine(qsizetype offset) const;
    /**
     * `rendered` replaces the text from `from` (after a `:` or `-`) to a value that starts at
     * `valueStart` on a later line; a comment right after `from` is kept in it.
     */
    QByteArray keepComment(QByteArray rendered, qsizetype from, qsizetype valueStart) const;
    QByteArray bytes(qsizetype from, qsizetype to) const { return m_layout.text().mid(from, to - from); }

    std::unexpected<Error> unsupported(const YamlPath &path, const QString &why) const
    {
        return makeError(Error::Code::Internal, tr("Cannot edit '%1': %2").arg(path.toString(), why));
    }

    const YamlDocument &m_document;
    YamlNode m_root;
    YamlTextLayout m_layout;
    YamlWriter m_writer;
};

} // namespace Lagoon
