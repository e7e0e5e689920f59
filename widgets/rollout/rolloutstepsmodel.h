// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "core/rollout/rolloutstep.h"

class QTimer;

namespace Lagoon {

class Rollout;

/**
 * A rollout's steps as a table: the step with its state's icon, the state in words, how long it
 * took (counting while it runs) and how that compares with the same step in earlier builds.
 * Failed steps and steps with warnings are tinted, so they stand out in a long list. Follows the
 * Rollout's signals; steps are only ever appended, so rows are only ever inserted.
 */
class RolloutStepsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutStepsModel)

public:
    enum Column
    {
        StepColumn,
        StateColumn,
        DurationColumn,
        ComparisonColumn,
        ColumnCount
    };
    enum Role
    {
        StepIdRole = Qt::UserRole + 1,
        /** RolloutStepState as int. */
        StepStateRole,
        /** RolloutStep::Kind as int. */
        StepKindRole,
        /** Badge::Tone as int (on the state column). */
        ToneRole,
    };

    explicit RolloutStepsModel(QObject *parent = nullptr);
    ~RolloutStepsModel() override;

    /** Shows `rollout`'s steps (none for null); the model does not own it. */
    void setRollout(Rollout *rollout);
    Rollout *rollout() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(RolloutStepState state);
    static QString stateIcon(RolloutStepState state);
    /** "0.4 s", "12 s", "2 min 05 s". */
    static QString formatDuration(std::chrono::milliseconds duration);
    /** The median of earlier durations (newest first), over the last ten at most; zero for none. */
    static std::chrono::milliseconds usualDuration(const QList<std::chrono::milliseconds> &earlier);
    /**
     * How `step` compares with its earlier builds: "+12 s" against the last build once it ended,
     * "usual ~40 s" while it runs or waits; `full` gives the sentence for a tooltip. Empty when
     * nothing is known of earlier builds.
     */
    static QString comparison(const RolloutStep &step, bool full);

private:
    void onStepAdded(int index);
    void onStepChanged(int index);
    void tick();

    QPointer<Rollout> m_rollout;
    int m_rows = 0;
    QTimer *m_clock;
};

} // namespace Lagoon
