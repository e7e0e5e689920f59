// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include "core/project/gitstate.h"
#include "core/project/projectfiles.h"
#include "core/util/error.h"

namespace Lagoon {

/** What one refresh of a project read from disk. Plain data, safe to move between threads. */
struct ProjectSnapshot
{
    enum Part { Files = 0x1, Git = 0x2, All = Files | Git };

    int parts = 0;                   ///< which of the fields below were read
    Result<ProjectFiles> files = ProjectFiles{};
    Result<GitState> git = GitState{};
};

} // namespace Lagoon
