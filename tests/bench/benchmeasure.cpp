// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/benchmeasure.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sys/resource.h>

#include <QFile>

namespace Lagoon {

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double milliseconds(const timeval &tv)
{
    return double(tv.tv_sec) * 1000.0 + double(tv.tv_usec) / 1000.0;
}

} // namespace

BenchSample &BenchSample::operator+=(const BenchSample &other)
{
    wallMs += other.wallMs;
    userCpuMs += other.userCpuMs;
    systemCpuMs += other.systemCpuMs;
    return *this;
}

BenchSummary BenchSummary::of(const QList<BenchSample> &samples)
{
    BenchSummary s;
    s.runs = int(samples.size());
    if (samples.isEmpty())
        return s;
    QList<double> wall, user, system;
    for (const BenchSample &sample : samples) {
        wall << sample.wallMs;
        user << sample.userCpuMs;
        system << sample.systemCpuMs;
    }
    std::sort(wall.begin(), wall.end());
    s.medianMs = median(wall);
    s.minMs = wall.first();
    s.maxMs = wall.last();
    // Nearest rank: the smallest value with at least 95 % of the samples at or below it.
    const auto rank = qsizetype(std::ceil(0.95 * double(wall.size())));
    s.p95Ms = wall.at(std::clamp<qsizetype>(rank - 1, 0, wall.size() - 1));
    s.meanMs = std::accumulate(wall.cbegin(), wall.cend(), 0.0) / double(wall.size());
    s.userCpuMedianMs = median(user);
    s.systemCpuMedianMs = median(system);
    return s;
}

QJsonObject BenchSummary::toJson() const
{
    return {{QStringLiteral("runs"), runs},
            {QStringLiteral("medianMs"), medianMs},
            {QStringLiteral("minMs"), minMs},
            {QStringLiteral("p95Ms"), p95Ms},
            {QStringLiteral("maxMs"), maxMs},
            {QStringLiteral("meanMs"), meanMs},
            {QStringLiteral("userCpuMedianMs"), userCpuMedianMs},
            {QStringLiteral("systemCpuMedianMs"), systemCpuMedianMs}};
}

BenchStopwatch::BenchStopwatch(Scope scope) : m_scope(scope), m_wall(std::chrono::steady_clock::now()), m_cpu(cpuNow())
{
}

BenchSample BenchStopwatch::lap()
{
    const auto wall = std::chrono::steady_clock::now();
    const Cpu cpu = cpuNow();
    const BenchSample sample{std::chrono::duration<double, std::milli>(wall - m_wall).count(),
                             cpu.userMs - m_cpu.userMs, cpu.systemMs - m_cpu.systemMs};
    m_wall = wall;
    m_cpu = cpu;
    return sample;
}

BenchStopwatch::Cpu BenchStopwatch::cpuNow() const
{
    rusage usage{};
    getrusage(m_scope == Scope::Self ? RUSAGE_SELF : RUSAGE_CHILDREN, &usage);
    return {milliseconds(usage.ru_utime), milliseconds(usage.ru_stime)};
}

std::array<double, 3> benchLoadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.readLine().split(' ');
    std::array<double, 3> load{};
    for (std::size_t i = 0; i < load.size() && qsizetype(i) < fields.size(); ++i)
        load[i] = fields.at(qsizetype(i)).toDouble();
    return load;
}

} // namespace Lagoon
