// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "core/lagoon/config/composeproject.h"
#include "core/lagoon/config/lagoonconfig.h"
#include "core/lagoon/plan/deployplan.h"
#include "core/lagoon/plan/planinput.h"

namespace Lagoon {

/**
 * Computes what Lagoon's build-deploy-tool would create for an environment: services and
 * their types, routes and ingresses, cronjobs, rollout tasks and backups (lagoon-rules.md).
 * Where Lagoon's build would stop, the plan carries an error Diagnostic with Lagoon's message;
 * unlike the build, planning goes on so that every problem is reported at once.
 * Pure function of its arguments: no file access, safe on any thread.
 */
class DeployPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::DeployPlanner)

public:
    static DeployPlan plan(const LagoonConfig &config, const ComposeProject &compose, const PlanInput &input);
};

} // namespace Lagoon
