// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/authlogging.h"

namespace Lagoon {

Q_LOGGING_CATEGORY(lcAuth, "lagoon.auth", QtWarningMsg)

} // namespace Lagoon
