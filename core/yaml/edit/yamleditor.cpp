// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/edit/yamleditor.h"

#include "core/yaml/edit/yamleditsession_p.h"

namespace Lagoon {

YamlEditor::YamlEditor(const YamlDocument &document)
    : m_document(document)
{
}

namespace {

template <typename Operation>
Result<YamlPatch> edit(const YamlDocument &document, Operation &&operation)
{
    const YamlEditSession session(document);
    if (const auto error = session.checkEditable())
        return std::unexpected(*error);
    return operation(session);
}

} // namespace

Result<YamlPatch> YamlEditor::set(const YamlPath &path, const YamlValue &value) const
{
    return edit(m_document, [&](const YamlEditSession &s) { return s.set(path, value); });
}

Result<YamlPatch> YamlEditor::remove(const YamlPath &path) const
{
    return edit(m_document, [&](const YamlEditSession &s) { return s.remove(path); });
}

Result<YamlPatch> YamlEditor::append(const YamlPath &path, const YamlValue &item) const
{
    return edit(m_document, [&](const YamlEditSession &s) { return s.insert(path, -1, item); });
}

Result<YamlPatch> YamlEditor::insert(const YamlPath &path, qsizetype index, const YamlValue &item) const
{
    return edit(m_document, [&](const YamlEditSession &s) { return s.insert(path, index, item); });
}

Result<YamlPatch> YamlEditor::move(const YamlPath &path, qsizetype from, qsizetype to) const
{
    return edit(m_document, [&](const YamlEditSession &s) { return s.move(path, from, to); });
}

Result<YamlPatch> YamlEditor::renameKey(const YamlPath &path, const QString &newKey) const
{
    return edit(m_document, [&](const YamlEditSession &s) { return s.renameKey(path, newKey); });
}

} // namespace Lagoon
