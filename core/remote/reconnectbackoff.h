// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <optional>

#include <QRandomGenerator>

namespace Lagoon {

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And
 * Jitter"): the n-th consecutive failure waits a uniformly random time in
 * [0, min(maximum, minimum * 2^(n-1))]. The jitter keeps many clients of one restarted server
 * from reconnecting in lockstep.
 */
class ReconnectBackoff final
{
public:
    ReconnectBackoff(std::chrono::milliseconds minimum, std::chrono::milliseconds maximum,
                     std::optional<quint32> seed = std::nullopt);

    /** The delay before the attempt after the `failures`-th consecutive failure (failures >= 1). */
    std::chrono::milliseconds delay(int failures);

    /** The upper bound delay() draws from after `failures` failures. */
    std::chrono::milliseconds ceiling(int failures) const;

    std::chrono::milliseconds minimum() const { return m_minimum; }
    std::chrono::milliseconds maximum() const { return m_maximum; }

private:
    std::chrono::milliseconds m_minimum;
    std::chrono::milliseconds m_maximum;
    std::optional<QRandomGenerator> m_random;
};

} // namespace Lagoon
