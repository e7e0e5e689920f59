// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/deploy/deployhistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Lagoon {

namespace {

QJsonObject toJson(const DeployRecord &record)
{
    return {
        {QStringLiteral("account"), record.accountId},
        {QStringLiteral("project"), record.project},
        {QStringLiteral("environment"), record.environment},
        {QStringLiteral("build"), record.buildName},
        {QStringLiteral("branch"), record.branch},
        {QStringLiteral("sha"), record.sha},
        {QStringLiteral("started"), record.startedAt.toUTC().toString(Qt::ISODate)},
    };
}

DeployRecord fromJson(const QJsonObject &json)
{
    DeployRecord record;
    record.accountId = json.value(QLatin1String("account")).toString();
    record.project = json.value(QLatin1String("project")).toString();
    record.environment = json.value(QLatin1String("environment")).toString();
    record.buildName = json.value(QLatin1String("build")).toString();
    record.branch = json.value(QLatin1String("branch")).toString();
    record.sha = json.value(QLatin1String("sha")).toString();
    record.startedAt = QDateTime::fromString(json.value(QLatin1String("started")).toString(), Qt::ISODate);
    return record;
}

bool sameBuild(const DeployRecord &a, const DeployRecord &b)
{
    return a.accountId == b.accountId && a.project == b.project && a.buildName == b.buildName;
}

} // namespace

DeployHistory::DeployHistory(const QString &file)
    : m_file(file.isEmpty() ? defaultFile() : file)
{
}

QString DeployHistory::defaultFile()
{
    // Generic, not the app's own folder: the GUI and the CLI have different application names.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/lagoon-desktop/deploy-history.json");
}

QList<DeployRecord> DeployHistory::read() const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<DeployRecord> records;
    const QJsonArray items = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &item : items) {
        DeployRecord record = fromJson(item.toObject());
        if (!record.buildName.isEmpty())
            records.append(std::move(record));
    }
    return records;
}

bool DeployHistory::add(const DeployRecord &record)
{
    QList<DeployRecord> records = read();
    records.removeIf([&record](const DeployRecord &old) { return sameBuild(old, record); });
    records.append(record);
    if (records.size() > Capacity)
        records.remove(0, records.size() - Capacity);

    QJsonArray items;
    for (const DeployRecord &kept : std::as_const(records))
        items.append(toJson(kept));
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(items).toJson(QJsonDocument::Compact));
    return file.commit();
}

std::optional<DeployRecord> DeployHistory::find(const QString &accountId, const QString &project,
                                                const QString &buildName) const
{
    const QList<DeployRecord> records = read();
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        if (it->accountId == accountId && it->project == project && it->buildName == buildName)
            return *it;
    }
    return std::nullopt;
}

} // namespace Lagoon
