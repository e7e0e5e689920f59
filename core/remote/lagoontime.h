// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace Lagoon {

/**
 * Lagoon's dates ("YYYY-MM-DD hh:mm:ss", UTC without a zone; ISO 8601 also read) as a UTC date;
 * invalid when empty or malformed. One parser for the rollout feed and the notifications, so a
 * build's times read the same everywhere.
 */
QDateTime parseLagoonTime(const QString &text);

} // namespace Lagoon
