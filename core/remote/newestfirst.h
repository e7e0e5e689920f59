// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Lagoon {

/**
 * The order Lagoon lists deployments and tasks in, newest first: created, then id, descending.
 * A comparator for anything with those two fields (LagoonDeployment, LagoonTask).
 */
struct NewestFirst
{
    template <typename Run> bool operator()(const Run &a, const Run &b) const
    {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    }
};

} // namespace Lagoon
