// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>

#include "core/diagnostics/diagnostic.h"

namespace Lagoon {

/** ProblemsModel rows of the severities the user chose to see. */
class ProblemsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsFilterModel)

public:
    explicit ProblemsFilterModel(QObject *parent = nullptr);

    void setSeverityVisible(Diagnostic::Severity severity, bool visible);
    bool isSeverityVisible(Diagnostic::Severity severity) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    quint8 m_hidden = 0; ///< one bit per Diagnostic::Severity
};

} // namespace Lagoon
