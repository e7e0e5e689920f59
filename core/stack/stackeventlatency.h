// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QList>
#include <QString>

namespace Lagoon {

/**
 * How long Docker events took to reach the local stack model, kept for the benchmark
 * (budget: p95 ≤ 100 ms) and for diagnostics. Bounded: the oldest samples go first.
 */
class StackEventLatency final
{
public:
    struct Sample
    {
        QString action; ///< "start", "die", "health_status", …
        /**
         * From the engine stamping the event (its timeNano) to the model having applied it: the
         * whole path — engine, socket, stream thread, queue to the model's thread, the update.
         * Both ends read the same wall clock when the engine is local.
         */
        std::chrono::microseconds engineToApplied{0};
        /** From the stream handing the event to the model (on the model's thread) to applied. */
        std::chrono::microseconds deliveredToApplied{0};
    };

    struct Summary
    {
        qsizetype count = 0;
        std::chrono::microseconds p50{0};
        std::chrono::microseconds p95{0};
        std::chrono::microseconds max{0};
    };

    static constexpr qsizetype MaxSamples = 10000;

    void record(const Sample &sample);
    void clear() { m_samples.clear(); }
    const QList<Sample> &samples() const { return m_samples; }

    Summary engineToApplied() const;
    Summary deliveredToApplied() const;

    /** The nearest-rank percentile (0 < p ≤ 100) of `values`; zero when empty. */
    static std::chrono::microseconds percentile(QList<std::chrono::microseconds> values, double p);

private:
    static Summary summarize(QList<std::chrono::microseconds> values);

    QList<Sample> m_samples;
};

} // namespace Lagoon
