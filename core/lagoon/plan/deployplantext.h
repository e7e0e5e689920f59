// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/lagoon/plan/deployplan.h"

namespace Lagoon {

/** A compact, translated, human-readable rendering of a DeployPlan (for the CLI and logs). */
class DeployPlanText final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::DeployPlanText)

public:
    /** Sections: header, services, routes, cronjobs, tasks, backups, problems; ends with a newline. */
    static QString render(const DeployPlan &plan);
};

} // namespace Lagoon
