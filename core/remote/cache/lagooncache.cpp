// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/cache/lagooncache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include "core/remote/remotelogging.h"

namespace Lagoon {

namespace {

constexpr int FormatVersion = 1;
// The answers cached here are kilobytes; anything this large is not ours (or is damaged).
constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

// Fields whose entries are environment variables, whatever else they carry.
bool listsVariables(const QString &field)
{
    return field == QLatin1String("envVariables") || field == QLatin1String("getEnvVariablesByProjectEnvironmentName") ||
           field == QLatin1String("addOrUpdateEnvVariableByName");
}

// Logs can be megabytes and may print what a build or task was given; they are fetched on demand.
bool isLog(const QString &field)
{
    return field == QLatin1String("buildLog") || field == QLatin1String("logs");
}

QJsonValue strip(const QJsonValue &value, bool variables)
{
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(strip(item, variables));
        return out;
    }
    if (!value.isObject())
        return value;
    const QJsonObject in = value.toObject();
    const bool isVariable = variables || in.contains(QLatin1String("scope"));
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (isLog(it.key()) || (isVariable && it.key() == QLatin1String("value")))
            continue;
        out.insert(it.key(), strip(it.value(), listsVariables(it.key())));
    }
    return out;
}

// Every character but letters, digits, '-' and '_' is percent-encoded, so no segment can be
// "..", hidden, or contain a separator.
QString fileSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArray(), QByteArrayLiteral(".~")));
}

} // namespace

LagoonCache::LagoonCache(const QString &accountId, const QString &root)
    : m_accountId(accountId)
{
    const QString base = root.isEmpty() ? defaultRoot() : root;
    m_directory = QDir(base).filePath(fileSegment(accountId.isEmpty() ? QStringLiteral("default") : accountId));
}

QString LagoonCache::defaultRoot()
{
    // The app's organization and application name (app/gui/main.cpp), as its settings use them.
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/lagoon-desktop/lagoon-desktop");
}

QString LagoonCache::filePath(const QString &key) const
{
    if (key.isEmpty())
        return {};
    QStringList parts;
    const QStringList segments = key.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return {};
        parts << fileSegment(segment);
    }
    return m_directory + QLatin1Char('/') + parts.join(QLatin1Char('/')) + QStringLiteral(".json");
}

std::optional<LagoonCacheEntry> LagoonCache::read(const QString &key) const
{
    const auto known = m_memory.constFind(key);
    if (known != m_memory.cend())
        return *known;
    const QString path = filePath(key);
    std::optional<LagoonCacheEntry> entry;
    QFile file(path);
    if (!path.isEmpty() && file.size() <= MaxFileSize && file.open(QIODevice::ReadOnly)) {
        QJsonParseError error{};
        const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &error).object();
        const QDateTime fetchedAt = QDateTime::fromString(json.value(QLatin1String("fetchedAt")).toString(), Qt::ISODateWithMs);
        if (error.error == QJsonParseError::NoError && json.value(QLatin1String("format")).toInt() == FormatVersion &&
            fetchedAt.isValid() && json.contains(QLatin1String("data"))) {
            entry = LagoonCacheEntry{json.value(QLatin1String("data")), fetchedAt.toUTC()};
        } else {
            qCWarning(lcRemote) << "cache: ignoring the damaged entry" << path;
        }
    }
    m_memory.insert(key, entry);
    return entry;
}

Result<void> LagoonCache::write(const QString &key, const QJsonValue &data, const QDateTime &fetchedAt)
{
    const QString path = filePath(key);
    if (path.isEmpty())
        return makeError(Error::Code::Internal, tr("Cannot cache data under the key \"%1\"").arg(key));
    const LagoonCacheEntry entry{withoutSecrets(data), fetchedAt.toUTC()};
    const QJsonObject json{{QStringLiteral("format"), FormatVersion},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("fetchedAt"), entry.fetchedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("data"), entry.data}};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(Error::Code::PermissionDenied, tr("Cannot create the cache folder %1").arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::PermissionDenied, tr("Cannot write the cache file %1: %2").arg(path, file.errorString()));
    m_memory.insert(key, entry);
    return {};
}

bool LagoonCache::remove(const QString &key)
{
    m_memory.remove(key);
    const QString path = filePath(key);
    return path.isEmpty() || !QFile::exists(path) || QFile::remove(path);
}

bool LagoonCache::clear()
{
    m_memory.clear();
    QDir directory(m_directory);
    return !directory.exists() || directory.removeRecursively();
}

QJsonValue LagoonCache::withoutSecrets(const QJsonValue &data)
{
    return strip(data, false);
}

QString LagoonCache::projectsKey()
{
    return QStringLiteral("projects");
}

QString LagoonCache::projectKey(const QString &project)
{
    return QStringLiteral("project/") + project;
}

QString LagoonCache::deploymentsKey(int environmentId)
{
    return QStringLiteral("environment/%1/deployments").arg(environmentId);
}

QString LagoonCache::tasksKey(int environmentId)
{
    return QStringLiteral("environment/%1/tasks").arg(environmentId);
}

QString LagoonCache::taskDefinitionsKey(int environmentId)
{
    return QStringLiteral("environment/%1/task-definitions").arg(environmentId);
}

QString LagoonCache::variablesKey(const QString &project, const QString &environment)
{
    // No environment name has a "~" (Lagoon makes them DNS-safe), so this cannot collide with one.
    return QStringLiteral("variables/") + project + QLatin1Char('/') + (environment.isEmpty() ? QStringLiteral("~project") : environment);
}

} // namespace Lagoon
