// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace Lagoon {

/** What LagoonCache kept for one key: the data as the API answered it, and when that was (UTC). */
struct LagoonCacheEntry
{
    QJsonValue data;
    QDateTime fetchedAt;
};

} // namespace Lagoon
