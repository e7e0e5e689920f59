// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/project/gitstate.h"

#include <algorithm>

namespace Lagoon {

int GitState::untrackedCount() const
{
    return static_cast<int>(std::count_if(changes.cbegin(), changes.cend(),
                                          [](const GitChange &c) { return c.flags & GitChange::Untracked; }));
}

} // namespace Lagoon
