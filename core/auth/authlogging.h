// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace Lagoon {

// "lagoon.auth": sign-in steps, refreshes and keychain outcomes. Never a token, secret or code.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace Lagoon
