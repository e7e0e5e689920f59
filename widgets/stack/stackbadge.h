// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "core/stack/stackservice.h"
#include "widgets/common/badge.h"

namespace Lagoon {

/** The badges of a local stack's service: its container's state and its health. */
struct StackBadge
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::StackBadge)

public:
    /** The service's container state: "Running", "Exited (3)", "Not created", … */
    static Badge forState(const StackService &service);
    /** The health check: "Healthy", "Starting", "Unhealthy"; empty without a health check. */
    static Badge forHealth(const StackService &service);
};

} // namespace Lagoon
