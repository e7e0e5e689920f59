// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include "core/lagoon/config/textspan.h"

namespace Lagoon {

/** A pre- or post-rollout task in the order the build runs it. */
struct PlannedTask
{
    enum class Phase { PreRollout, PostRollout };

    Phase phase = Phase::PreRollout;
    QString name;
    QString command;
    QString service;   ///< selects the Deployment labelled lagoon.sh/service=<service>
    QString container; ///< empty: the pod's first container
    QString shell = QStringLiteral("sh");
    QString when;      ///< condition evaluated by the build; empty = always
    int weight = 0;
    bool requiresEnvironment = false;
    bool disabled = false; ///< LAGOON_PREROLLOUT_DISABLED / LAGOON_POSTROLLOUT_DISABLED
    TextSpan span;
    friend bool operator==(const PlannedTask &, const PlannedTask &) = default;
};

/**
 * The backup schedule (k8up) and snapshot retention. The `.lagoon.yml` schedule and retention
 * apply to production environments only; every environment gets the defaults otherwise.
 */
struct PlannedBackups
{
    bool enabled = false;      ///< some service keeps data that Lagoon backs up
    QString schedule;          ///< as configured (or the default `M H(22-2) * * *`)
    QString resolvedSchedule;  ///< after M/H resolution
    bool scheduleFromLagoonYml = false;
    int hourly = 0;
    int daily = 0;
    int weekly = 0;
    int monthly = 0;
    friend bool operator==(const PlannedBackups &, const PlannedBackups &) = default;
};

} // namespace Lagoon
