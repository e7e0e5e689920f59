// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/util/error.h"

namespace Lagoon {

/**
 * Lagoon's cron dialect (lagoon-rules.md §2): `M`/`H` pick a minute/hour seeded by the
 * environment's namespace, `M/15` a seeded start with a step, `H(22-2)` an hour in a range;
 * the result must then be a standard 5-field schedule. Also the in-pod/native decision and the
 * timeout rule. Error messages are Lagoon's own, so users can search for them.
 */
class LagoonCron final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonCron)

public:
    /// A median interval below this many minutes runs inside the service's pod.
    static constexpr int InPodCeiling = 30;
    /// Lagoon's default cronjob timeout (4h), and its maximum (24h).
    static constexpr qint64 DefaultTimeoutSeconds = 4 * 3600;
    static constexpr qint64 MaxTimeoutSeconds = 24 * 3600;

    /** POSIX `cksum` of `data`. */
    static quint32 cksum(const QByteArray &data);
    /** The seed Lagoon derives from a namespace: cksum of "<namespace>\n". */
    static quint32 seed(const QString &namespaceName);

    /**
     * Replaces Lagoon's M/H forms and validates the result as a standard schedule.
     * Returns the schedule Lagoon would install, e.g. "M/15 * * * *" → "8,23,38,53 * * * *".
     */
    static Result<QString> standardize(const QString &schedule, const QString &namespaceName);

    /** Why a 5-field schedule is not valid standard cron syntax, or nullopt when it is. */
    static std::optional<QString> standardSyntaxError(const QString &schedule);

    /**
     * Lagoon's "median interval" in minutes for a standardized schedule; any restriction on
     * day, month or weekday gives InPodCeiling + 1 (a Kubernetes CronJob).
     */
    static Result<int> scheduleMetric(const QString &standardized);

    /** Where the cronjob runs: `inPod` when set, else by scheduleMetric(). */
    static Result<bool> runsInPod(const QString &standardized, std::optional<bool> inPod);

    /**
     * Parses a Go duration ("90m", "1h30m", "1.5h") for a cronjob timeout; empty means the
     * default. Fails above 24 hours with Lagoon's message.
     */
    static Result<qint64> timeoutSeconds(const QString &timeout, const QString &cronjobName);

    /** Parses a Go duration string into seconds (fractions truncated); nullopt when invalid. */
    static std::optional<double> parseGoDuration(const QString &text, QString *error = nullptr);
};

} // namespace Lagoon
