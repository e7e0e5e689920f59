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
 * A rollout's steps as a table: the step with its state's icon, the state in words, and how
 * long it took (counting while it runs). Follows the Rollout's signals; steps are only ever
 * appended, so rows are only ever inserted.
 */
class RolloutStepsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutStepsModel)

public:
    enum Column { StepColumn, StateColumn, DurationColumn, ColumnCount };
    enum Role {
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

private:
    void onStepAdded(int index);
    void onStepChanged(int index);
    void tick();

    QPointer<Rollout> m_rollout;
    int m_rows = 0;
    QTimer *m_clock;
};

} // namespace Lagoon
