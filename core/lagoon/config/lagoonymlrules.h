// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "core/lagoon/config/lagoonprojectloader.h"

namespace Lagoon {

/** The `.lagoon.yml` rules: routes, cronjobs, tasks, environments, registries, backups. */
class LagoonYmlRules final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonYmlRules)

public:
    static void check(const LoadedProject &project, Diagnostics &out);
};

} // namespace Lagoon
