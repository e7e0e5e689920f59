// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonformat.h"

#include <QLocale>
#include <QTimeZone>

namespace Lagoon {

QDateTime LagoonFormat::parseDate(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        return QDateTime::fromString(text, Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QString LagoonFormat::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString LagoonFormat::asOf(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return dateTime(time);
}

QString LagoonFormat::duration(qint64 seconds)
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

QString LagoonFormat::duration(const QString &started, const QString &completed, const QDateTime &now)
{
    const QDateTime from = parseDate(started);
    if (!from.isValid())
        return {};
    const QDateTime to = completed.isEmpty() ? now : parseDate(completed);
    if (!to.isValid())
        return {};
    return duration(from.secsTo(to));
}

QString LagoonFormat::deployType(const QString &type)
{
    const QString t = type.toLower();
    if (t == QLatin1String("branch"))
        return tr("Branch");
    if (t == QLatin1String("pullrequest"))
        return tr("Pull request");
    if (t == QLatin1String("promote"))
        return tr("Promote");
    return type;
}

QString LagoonFormat::scopeName(const QString &scope)
{
    const QString s = scope.toLower();
    if (s == QLatin1String("build"))
        return tr("Build");
    if (s == QLatin1String("runtime"))
        return tr("Runtime");
    if (s == QLatin1String("global"))
        return tr("Global");
    if (s == QLatin1String("container_registry"))
        return tr("Container registry");
    if (s == QLatin1String("internal_container_registry"))
        return tr("Internal container registry");
    return scope;
}

QString LagoonFormat::scopeDescription(const QString &scope)
{
    const QString s = scope.toLower();
    if (s == QLatin1String("build"))
        return tr("Build: available only while Lagoon builds the images, not in the running containers.");
    if (s == QLatin1String("runtime"))
        return tr("Runtime: set in the running containers. A change reaches them with the next deployment.");
    if (s == QLatin1String("global"))
        return tr("Global: available both while building and in the running containers. A change reaches the "
                  "containers with the next deployment.");
    if (s == QLatin1String("container_registry"))
        return tr("Container registry: credentials Lagoon uses to pull images from a private registry.");
    if (s == QLatin1String("internal_container_registry"))
        return tr("Internal container registry: the registry Lagoon pushes the built images to. Deprecated; it "
                  "can no longer be set.");
    return {};
}

QString LagoonFormat::source(const QString &sourceUser, const QString &sourceType)
{
    if (!sourceUser.isEmpty())
        return sourceUser;
    const QString t = sourceType.toLower();
    if (t == QLatin1String("webhook"))
        return tr("Git push (webhook)");
    if (t == QLatin1String("api"))
        return tr("API");
    if (t == QLatin1String("clone"))
        return tr("Clone");
    return sourceType;
}

} // namespace Lagoon
