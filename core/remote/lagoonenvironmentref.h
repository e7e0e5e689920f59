// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Lagoon {

/**
 * One Lagoon environment as the views, the rollout feed and the notifications address it: its
 * project and name for people and mutations, its id for queries and subscriptions, its
 * Kubernetes namespace for the SSH portal.
 */
struct LagoonEnvironmentRef
{
    QString project;
    QString name;
    int id = 0;
    /** production or development. */
    QString type;
    /** The Kubernetes namespace: the SSH portal's user for the environment's logs. */
    QString namespaceName;
    /** Every environment of the project, for task arguments that name one. */
    QStringList projectEnvironments;

    bool isValid() const { return id != 0 && !project.isEmpty() && !name.isEmpty(); }
    bool isProduction() const { return type == QLatin1String("production"); }
};

} // namespace Lagoon

Q_DECLARE_METATYPE(Lagoon::LagoonEnvironmentRef)
