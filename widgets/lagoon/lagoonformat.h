// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Lagoon {

/** How the Lagoon browser words Lagoon's values: dates, durations, deploy types, variable scopes. */
class LagoonFormat final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonFormat)

public:
    /** Lagoon's "YYYY-MM-DD hh:mm:ss" (UTC); invalid for empty or other text. */
    static QDateTime parseDate(const QString &text);
    /** A local, short date and time; empty for an invalid one. */
    static QString dateTime(const QDateTime &time);
    /** "10:42" today, the short date and time otherwise: for "as of …". */
    static QString asOf(const QDateTime &time);
    /** "45 s", "3 min 12 s", "1 h 4 min", "3 d 2 h". */
    static QString duration(qint64 seconds);
    /** From `started` to `completed`, or to `now` while it runs; empty without a start. */
    static QString duration(const QString &started, const QString &completed, const QDateTime &now);
    /** branch → "Branch", pullrequest → "Pull request", promote → "Promote". */
    static QString deployType(const QString &type);
    /** "Runtime", "Build", …: the scope's name as shown. */
    static QString scopeName(const QString &scope);
    /** What a scope means, for tooltips. */
    static QString scopeDescription(const QString &scope);
    /** Who started a deployment or task: the user, else the source type. */
    static QString source(const QString &sourceUser, const QString &sourceType);
};

} // namespace Lagoon
