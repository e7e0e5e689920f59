// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/remoteoutput.h"

#include <algorithm>

#include <QJsonDocument>
#include <QTimeZone>

namespace Lagoon::Cli {

void RemoteOutput::printTable(QTextStream &out, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return;
    const qsizetype columns = rows.constFirst().size();
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i + 1 < columns && i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < columns ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        // Only the padding at the end goes: an empty first cell still holds its column.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << Qt::endl;
    }
}

void RemoteOutput::printJson(QTextStream &out, const QJsonObject &document)
{
    out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    out.flush();
}

QDateTime RemoteOutput::parseLagoonDate(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        return QDateTime::fromString(text, Qt::ISODate).toUTC();
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QString RemoteOutput::localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QJsonValue RemoteOutput::jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString RemoteOutput::duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 48 * 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

qint64 RemoteOutput::seconds(const QString &started, const QString &completed, const QDateTime &now)
{
    const QDateTime from = parseLagoonDate(started);
    if (!from.isValid())
        return -1;
    const QDateTime to = completed.isEmpty() ? now : parseLagoonDate(completed);
    return to.isValid() ? std::max<qint64>(0, from.secsTo(to)) : -1;
}

void RemoteOutput::printOffline(const QDateTime &asOf, const Error &why, QTextStream &err)
{
    err << tr("(offline, as of %1) Lagoon did not answer: %2").arg(localTime(asOf), why.message) << Qt::endl;
}

QString RemoteOutput::cell(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace Lagoon::Cli
