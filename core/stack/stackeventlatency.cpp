// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/stackeventlatency.h"

#include <algorithm>
#include <cmath>

namespace Lagoon {

void StackEventLatency::record(const Sample &sample)
{
    if (m_samples.size() >= MaxSamples)
        m_samples.removeFirst();
    m_samples.append(sample);
}

StackEventLatency::Summary StackEventLatency::engineToApplied() const
{
    QList<std::chrono::microseconds> values;
    values.reserve(m_samples.size());
    for (const Sample &sample : m_samples)
        values.append(sample.engineToApplied);
    return summarize(std::move(values));
}

StackEventLatency::Summary StackEventLatency::deliveredToApplied() const
{
    QList<std::chrono::microseconds> values;
    values.reserve(m_samples.size());
    for (const Sample &sample : m_samples)
        values.append(sample.deliveredToApplied);
    return summarize(std::move(values));
}

std::chrono::microseconds StackEventLatency::percentile(QList<std::chrono::microseconds> values, double p)
{
    if (values.isEmpty())
        return std::chrono::microseconds(0);
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

StackEventLatency::Summary StackEventLatency::summarize(QList<std::chrono::microseconds> values)
{
    Summary summary;
    summary.count = values.size();
    if (values.isEmpty())
        return summary;
    summary.p50 = percentile(values, 50);
    summary.p95 = percentile(values, 95);
    summary.max = *std::max_element(values.cbegin(), values.cend());
    return summary;
}

} // namespace Lagoon
