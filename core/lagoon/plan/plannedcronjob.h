// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include "core/lagoon/config/textspan.h"

namespace Lagoon {

/**
 * A cronjob of the environment's branch as Lagoon installs it: the schedule with `M`/`H`
 * resolved from the namespace seed, and where it runs — the service container's crontab
 * (in-pod) or a Kubernetes CronJob named `cronjob-<lagoon.name>-<name>`.
 */
struct PlannedCronjob
{
    QString name;            ///< as written
    QString service;         ///< compose service
    QString lagoonName;      ///< lagoon.name of that service
    QString command;
    QString schedule;        ///< as written
    QString resolvedSchedule;///< standard 5-field schedule
    bool inPod = true;
    QString kubernetesName;  ///< native cronjobs only
    qint64 timeoutSeconds = 0;
    TextSpan span;
    friend bool operator==(const PlannedCronjob &, const PlannedCronjob &) = default;
};

} // namespace Lagoon
