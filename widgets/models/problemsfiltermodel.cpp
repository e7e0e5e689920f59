// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/models/problemsfiltermodel.h"

#include "widgets/models/problemsmodel.h"

namespace Lagoon {

namespace {
quint8 bit(Diagnostic::Severity severity)
{
    return quint8(1u << int(severity));
}
} // namespace

ProblemsFilterModel::ProblemsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ProblemsFilterModel::setSeverityVisible(Diagnostic::Severity severity, bool visible)
{
    const quint8 hidden = visible ? quint8(m_hidden & ~bit(severity)) : quint8(m_hidden | bit(severity));
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    invalidateFilter();
}

bool ProblemsFilterModel::isSeverityVisible(Diagnostic::Severity severity) const
{
    return (m_hidden & bit(severity)) == 0;
}

bool ProblemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto severity = Diagnostic::Severity(index.data(ProblemsModel::SeverityRole).toInt());
    return isSeverityVisible(severity);
}

} // namespace Lagoon
