// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Lagoon {

/** Which environment an environment page's panels show, and what they need to know of it. */
struct LagoonEnvironmentRef
{
    QString project;
    QString name;
    int id = 0;
    /** production or development. */
    QString type;
    /** Every environment of the project, for task arguments that name one. */
    QStringList projectEnvironments;

    bool isValid() const { return id != 0 && !project.isEmpty() && !name.isEmpty(); }
    bool isProduction() const { return type == QLatin1String("production"); }
};

} // namespace Lagoon
