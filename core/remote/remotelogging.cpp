// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/remotelogging.h"

namespace Lagoon {

Q_LOGGING_CATEGORY(lcRemote, "lagoon.remote", QtWarningMsg)

} // namespace Lagoon
