// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <type_traits>
#include <utility>

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include "core/remote/newestfirst.h"
#include "widgets/common/badge.h"
#include "widgets/lagoon/lagoonformat.h"

namespace Lagoon {

/**
 * What the deployments and tasks tables share: the runs of one environment (LagoonDeployment,
 * LagoonTask), newest first, each kept once by its `Key` member, with running durations that
 * follow setNow(). Their first columns are the same: the status as a badge, the name, when the
 * run started and how long it took. Subclasses number their own columns on from FirstOwnColumn,
 * answer for them in runData() and name them and the name column in headerData().
 */
template <typename Run, auto Key> class LagoonRunsModel : public QAbstractTableModel
{
public:
    using KeyType = std::remove_cvref_t<decltype(std::declval<const Run &>().*Key)>;

    enum SharedColumn
    {
        StatusColumn,
        NameColumn,
        StartedColumn,
        DurationColumn,
        FirstOwnColumn,
    };

    Run run(int row) const { return row >= 0 && row < m_runs.size() ? m_runs.at(row) : Run(); }

    int rowOf(const KeyType &key) const
    {
        const auto it =
            std::find_if(m_runs.cbegin(), m_runs.cend(), [&key](const Run &run) { return run.*Key == key; });
        return it == m_runs.cend() ? -1 : int(it - m_runs.cbegin());
    }

    void setRuns(const QList<Run> &runs)
    {
        QList<Run> sorted = runs;
        std::stable_sort(sorted.begin(), sorted.end(), NewestFirst());
        beginResetModel();
        m_runs = sorted;
        endResetModel();
    }

    /** Adds the run, or updates the one with its key (moving it when its place in the order changed). */
    void updateRun(const Run &run)
    {
        const int row = rowOf(run.*Key);
        if (row >= 0) {
            const Run &known = m_runs.at(row);
            if (known.created == run.created && known.id == run.id) {
                m_runs[row] = run;
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                return;
            }
            beginRemoveRows({}, row, row);
            m_runs.removeAt(row);
            endRemoveRows();
        }
        const auto at = std::lower_bound(m_runs.cbegin(), m_runs.cend(), run, NewestFirst());
        const int position = int(at - m_runs.cbegin());
        beginInsertRows({}, position, position);
        m_runs.insert(position, run);
        endInsertRows();
    }

    /** The time running durations are measured to; refreshes their cells. */
    void setNow(const QDateTime &now)
    {
        m_now = now;
        for (qsizetype i = 0; i < m_runs.size(); ++i) {
            if (!m_runs.at(i).isFinished() && !m_runs.at(i).started.isEmpty())
                Q_EMIT dataChanged(index(int(i), DurationColumn), index(int(i), DurationColumn), {Qt::DisplayRole});
        }
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_runs.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        // A template has no tr() of its own: the context is spelled out for lupdate.
        switch (section) {
        case StatusColumn:
            return QCoreApplication::translate("Lagoon::LagoonRunsModel", "Status");
        case StartedColumn:
            return QCoreApplication::translate("Lagoon::LagoonRunsModel", "Started");
        case DurationColumn:
            return QCoreApplication::translate("Lagoon::LagoonRunsModel", "Duration");
        default:
            return {};
        }
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Run &run = m_runs.at(index.row());
        if (QVariant own = runData(run, index.column(), role); own.isValid())
            return own;
        switch (index.column()) {
        case StatusColumn: {
            const Badge badge = statusBadge(run);
            if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
                return badge.text;
            if (role == Badge::ItemRole)
                return QVariant::fromValue(badge);
            if (role == Qt::ToolTipRole && !badge.toolTip.isEmpty())
                return badge.toolTip;
            break;
        }
        case NameColumn:
            if (role == Qt::DisplayRole)
                return run.name;
            break;
        case StartedColumn:
            if (role == Qt::DisplayRole)
                return LagoonFormat::dateTime(
                    LagoonFormat::parseDate(run.started.isEmpty() ? run.created : run.started));
            break;
        case DurationColumn:
            if (role == Qt::DisplayRole) {
                if (run.isFinished() && run.completed.isEmpty())
                    return QString();
                return LagoonFormat::duration(run.started, run.isFinished() ? run.completed : QString(), m_now);
            }
            if (role == Qt::TextAlignmentRole)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            break;
        default:
            break;
        }
        return {};
    }

protected:
    /** `columnCount`: the shared columns and the subclass's own. */
    LagoonRunsModel(int columnCount, QObject *parent)
        : QAbstractTableModel(parent), m_columnCount(columnCount), m_now(QDateTime::currentDateTimeUtc())
    {
    }

    virtual Badge statusBadge(const Run &run) const = 0;
    /** The subclass's own roles and columns; an invalid answer leaves the cell to the shared columns. */
    virtual QVariant runData(const Run &run, int column, int role) const = 0;

private:
    int m_columnCount;
    QList<Run> m_runs;
    QDateTime m_now;
};

} // namespace Lagoon
