// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include "core/util/error.h"

namespace Lagoon::Cli {

/**
 * How the Lagoon commands print: aligned columns for people, JSON for tools (times in ISO 8601
 * UTC there, local time in text), and the note that the data is the cached copy.
 */
class RemoteOutput final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::RemoteOutput)

public:
    /** The first row is the header; every column but the last is padded to its widest cell. */
    static void printTable(QTextStream &out, const QList<QStringList> &rows);
    static void printJson(QTextStream &out, const QJsonObject &document);

    /** Lagoon's "YYYY-MM-DD hh:mm:ss" (UTC) or ISO 8601; invalid for empty or other text. */
    static QDateTime parseLagoonDate(const QString &text);
    /** "2026-08-14 10:42" in local time; "-" for an invalid time. */
    static QString localTime(const QDateTime &time);
    /** ISO 8601 in UTC for JSON; null for an invalid time. */
    static QJsonValue jsonTime(const QDateTime &time);
    /** "45 s", "3 min 12 s", "1 h 4 min", "3 d 2 h"; empty for a negative span. */
    static QString duration(qint64 seconds);
    /** Seconds from `started` to `completed`, or to `now` while it runs; -1 without a start. */
    static qint64 seconds(const QString &started, const QString &completed, const QDateTime &now);

    /**
     * The note that what follows is the cached copy: "(offline, as of …)" and why Lagoon did
     * not answer.
     */
    static void printOffline(const QDateTime &asOf, const Error &why, QTextStream &err);
    /** "-" for an empty cell. */
    static QString cell(const QString &text);
};

} // namespace Lagoon::Cli
