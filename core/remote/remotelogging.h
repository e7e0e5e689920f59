// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace Lagoon {

// "lagoon.remote": requests, connection states and protocol decisions. Never tokens.
Q_DECLARE_LOGGING_CATEGORY(lcRemote)

} // namespace Lagoon
