// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <chrono>

#include <QJsonObject>
#include <QList>

namespace Lagoon {

/** One timed run: wall-clock time and the CPU time the measured code used. */
struct BenchSample
{
    double wallMs = 0;
    double userCpuMs = 0;
    double systemCpuMs = 0;

    BenchSample &operator+=(const BenchSample &other);
};

/**
 * Order statistics of a contender's samples. Medians and minima are the figures to compare on a
 * shared machine; p95 uses the nearest rank, so with fewer than 20 runs it is the slowest run.
 */
struct BenchSummary
{
    int runs = 0;
    double medianMs = 0;
    double minMs = 0;
    double p95Ms = 0;
    double maxMs = 0;
    double meanMs = 0;
    double userCpuMedianMs = 0;
    double systemCpuMedianMs = 0;

    static BenchSummary of(const QList<BenchSample> &samples);
    QJsonObject toJson() const;
};

/**
 * Wall time from std::chrono::steady_clock and CPU time from getrusage(). Scope::Children counts
 * the CPU time of child processes that ended and were waited for in between (a subprocess run).
 */
class BenchStopwatch final
{
public:
    enum class Scope
    {
        Self,
        Children
    };

    /** Starts measuring. */
    explicit BenchStopwatch(Scope scope = Scope::Self);

    /** The time since construction or the previous lap(); starts the next lap. */
    BenchSample lap();

private:
    struct Cpu
    {
        double userMs = 0;
        double systemMs = 0;
    };
    Cpu cpuNow() const;

    Scope m_scope;
    std::chrono::steady_clock::time_point m_wall;
    Cpu m_cpu;
};

/** The 1, 5 and 15 minute load averages from /proc/loadavg (zeros when unreadable). */
std::array<double, 3> benchLoadAverage();

} // namespace Lagoon
