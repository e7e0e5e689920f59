// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/plan/deployplan.h"

#include <algorithm>

namespace Lagoon {

const PlannedService *DeployPlan::service(const QString &composeName) const
{
    const auto it = std::find_if(services.cbegin(), services.cend(),
                                 [&composeName](const PlannedService &s) { return s.composeName == composeName; });
    return it == services.cend() ? nullptr : &*it;
}

QStringList DeployPlan::nativeCronjobNames() const
{
    QStringList names;
    for (const PlannedCronjob &cronjob : cronjobs) {
        if (!cronjob.inPod)
            names << cronjob.kubernetesName;
    }
    return names;
}

QList<PlannedRoute> DeployPlan::routesFrom(PlannedRoute::Source source) const
{
    QList<PlannedRoute> result;
    std::copy_if(routes.cbegin(), routes.cend(), std::back_inserter(result),
                 [source](const PlannedRoute &r) { return r.source == source; });
    return result;
}

} // namespace Lagoon
