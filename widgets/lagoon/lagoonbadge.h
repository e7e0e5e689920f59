// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include "widgets/common/badge.h"

namespace Lagoon {

/** The badges of Lagoon's states: a deployment's or task's status, an environment's type. */
struct LagoonBadge
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonBadge)

public:
    /**
     * A deployment's status; "complete" with the buildStep deployCompletedWithWarnings (how
     * Lagoon marks warnings) is "Complete with warnings".
     */
    static Badge forDeployment(const QString &status, const QString &buildStep = {});
    static Badge forTask(const QString &status);
    /** production or development. */
    static Badge forEnvironmentType(const QString &type);
};

} // namespace Lagoon
