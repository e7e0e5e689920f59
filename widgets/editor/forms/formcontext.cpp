// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/formcontext.h"

#include "widgets/editor/editordocument.h"

namespace Lagoon {

FormContext::FormContext(EditorDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
}

void FormContext::setServiceNames(const QStringList &names)
{
    if (names == m_serviceNames)
        return;
    m_serviceNames = names;
    Q_EMIT serviceNamesChanged(m_serviceNames);
}

void FormContext::setProjectName(const QString &name)
{
    if (name == m_projectName)
        return;
    m_projectName = name;
    Q_EMIT projectNameChanged(m_projectName);
}

bool FormContext::apply(const Result<YamlPatch> &patch, const QString &description)
{
    if (!m_active)
        return false;
    if (!patch) {
        Q_EMIT editFailed(patch.error().message);
        return false;
    }
    if (patch->isEmpty())
        return false;
    const Result<void> applied = m_document->apply(patch, description);
    if (!applied) {
        Q_EMIT editFailed(applied.error().message);
        return false;
    }
    return true;
}

} // namespace Lagoon
