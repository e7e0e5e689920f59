// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>

#include "core/diagnostics/diagnostic.h"

namespace Lagoon {

/**
 * Diagnostics grouped by the source that produced them ("project", later "validation"):
 * replacing one source's list leaves the others alone.
 */
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)

public:
    enum Column { SeverityColumn, MessageColumn, FileColumn, LineColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, RuleIdRole, FileRole, LineRole, ColumnRole };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setDiagnostics(const QString &source, const Diagnostics &diagnostics);
    int count(Diagnostic::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    struct Entry
    {
        QString source;
        Diagnostic diagnostic;
    };
    QList<Entry> m_entries;
};

} // namespace Lagoon
