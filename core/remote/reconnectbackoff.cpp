// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/reconnectbackoff.h"

#include <algorithm>

namespace Lagoon {

ReconnectBackoff::ReconnectBackoff(std::chrono::milliseconds minimum, std::chrono::milliseconds maximum,
                                   std::optional<quint32> seed)
    : m_minimum(std::max(minimum, std::chrono::milliseconds(1))), m_maximum(std::max(maximum, m_minimum))
{
    if (seed)
        m_random.emplace(*seed);
}

std::chrono::milliseconds ReconnectBackoff::ceiling(int failures) const
{
    // Doubling stops at the maximum long before it could overflow.
    qint64 bound = m_minimum.count();
    for (int i = 1; i < failures && bound < m_maximum.count(); ++i)
        bound *= 2;
    return std::chrono::milliseconds(std::min(bound, qint64(m_maximum.count())));
}

std::chrono::milliseconds ReconnectBackoff::delay(int failures)
{
    const qint64 bound = ceiling(std::max(failures, 1)).count();
    QRandomGenerator *random = m_random ? &*m_random : QRandomGenerator::global();
    return std::chrono::milliseconds(random->bounded(bound + 1));
}

} // namespace Lagoon
