// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

namespace Lagoon {

/**
 * A Lagoon cron schedule (five fields, with Lagoon's `M`/`H` forms) explained in plain words,
 * for hover help and the cron field of the visual editor: "At 02:30 every day", "Every 15
 * minutes, starting at a minute Lagoon picks for each environment". Lists, ranges, steps,
 * weekday and month names are understood. Invalid schedules give LagoonCron's error message,
 * so the text users see is the one Lagoon's build prints.
 */
class CronDescription final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::CronDescription)

public:
    /** The schedule in words, without knowing the environment (M/H stay "a minute Lagoon picks"). */
    static QString describe(const QString &schedule);

    /**
     * The schedule as Lagoon installs it for `namespaceName` (LagoonCron::standardize): the
     * exact minutes and hours, which of them Lagoon picked, and whether the cronjob runs inside
     * the service's pod or as a Kubernetes CronJob (`inPod` as written in .lagoon.yml, if set).
     */
    static QString describeForEnvironment(const QString &schedule, const QString &namespaceName,
                                          std::optional<bool> inPod = std::nullopt);

    /** describeForEnvironment() without the pod/CronJob sentence, e.g. for backup schedules. */
    static QString describeTimesForEnvironment(const QString &schedule, const QString &namespaceName);
};

} // namespace Lagoon
