// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Lagoon::NamespaceName {

/** Lower-cases and turns every character outside [0-9a-z-] into '-', as Lagoon does. */
QString makeSafe(const QString &name);

/**
 * Shortens an environment name the way Lagoon does so that `<project>-<environment>` stays
 * within 58 characters: `<first n-5>-<sha1[:4]>`.
 */
QString shortenEnvironment(const QString &project, const QString &environment);

/**
 * The Kubernetes namespace Lagoon creates for a project's environment (default pattern
 * `${project}-${environment}`, no prefix), cut to 63 characters with a hash when longer.
 * Cron schedules with M/H are seeded from it, so it decides which minute a cronjob runs.
 */
QString forEnvironment(const QString &project, const QString &environment);

} // namespace Lagoon::NamespaceName
