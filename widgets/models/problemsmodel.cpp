// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/models/problemsmodel.h"

#include <algorithm>

#include <QIcon>

namespace Lagoon {

namespace {

QIcon severityIcon(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QIcon::fromTheme(QStringLiteral("dialog-error"));
    case Diagnostic::Severity::Warning:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"));
    case Diagnostic::Severity::Info:
        break;
    }
    return QIcon::fromTheme(QStringLiteral("dialog-information"));
}

} // namespace

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::setDiagnostics(const QString &source, const Diagnostics &diagnostics)
{
    beginResetModel();
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&source](const Entry &e) { return e.source == source; }),
                    m_entries.end());
    for (const Diagnostic &d : diagnostics)
        m_entries.append(Entry{source, d});
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        if (a.diagnostic.severity != b.diagnostic.severity)
            return a.diagnostic.severity < b.diagnostic.severity;
        if (a.diagnostic.file != b.diagnostic.file)
            return a.diagnostic.file < b.diagnostic.file;
        return a.diagnostic.line < b.diagnostic.line;
    });
    endResetModel();
    Q_EMIT countsChanged();
}

int ProblemsModel::count(Diagnostic::Severity severity) const
{
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(),
                                          [severity](const Entry &e) { return e.diagnostic.severity == severity; }));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_entries.at(index.row()).diagnostic;
    switch (role) {
    case SeverityRole:
        return static_cast<int>(d.severity);
    case RuleIdRole:
        return d.ruleId;
    case FileRole:
        return d.file;
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case Qt::ToolTipRole:
        return d.hint.isEmpty() ? d.message : d.message + QStringLiteral("\n\n") + d.hint;
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(d.severity)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(d.severity);
        case MessageColumn:
            return d.message;
        case FileColumn:
            return d.file;
        case LineColumn:
            return d.line > 0 ? QVariant(QStringLiteral("%1:%2").arg(d.line).arg(d.column)) : QVariant();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Position");
    default:
        return {};
    }
}

} // namespace Lagoon
