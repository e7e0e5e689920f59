// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>
#include <QTextStream>

#include "core/rollout/rollout.h"

namespace Lagoon::Cli {

/**
 * Prints a Rollout to a terminal as it happens: a header when a step starts, its log lines
 * indented as they arrive, and how it ended with its time; at the end the rollout's outcome.
 * Works for any producer of the model (the local rollout now, remote deployments later).
 */
class RolloutPrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutPrinter)

public:
    RolloutPrinter(const Rollout *rollout, QTextStream &out, QObject *parent = nullptr);

    /** "1.2 s", "1 min 05 s": how the CLI writes durations. */
    static QString formatDuration(std::chrono::milliseconds duration);

private:
    void onStepChanged(int index);
    void onLogAppended(int index, qsizetype first, qsizetype count);
    void onFinished(RolloutState state);
    void printHeader(int index);

    const Rollout *m_rollout;
    QTextStream &m_out;
    QHash<int, RolloutStepState> m_printed; // the last state printed per step
};

} // namespace Lagoon::Cli
