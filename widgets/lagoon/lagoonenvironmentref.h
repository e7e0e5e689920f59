// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The struct moved to core, where the rollout feed and the notifications need it too.
#include "core/remote/lagoonenvironmentref.h"
