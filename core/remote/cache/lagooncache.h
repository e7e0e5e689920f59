// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include "core/remote/cache/lagooncacheentry.h"
#include "core/util/error.h"

namespace Lagoon {

/**
 * The last known answers of one Lagoon account (projects, environments, deployments, tasks,
 * variable names), so the app can show them when the API cannot be reached. One JSON file per
 * key under <root>/<account id>/, written atomically with QSaveFile, each carrying the time it
 * was fetched.
 *
 * Secrets never reach the disk: write() removes the `value` of every environment variable (any
 * object with a `scope`, and every entry of a field that lists variables) and drops build and
 * task logs, whatever the caller passes.
 *
 * Reads and writes are synchronous and meant for the small answers listed above; an entry is
 * read from disk once and then served from memory. Not thread-safe: use it from one thread.
 */
class LagoonCache final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonCache)

public:
    /** `root` empty: defaultRoot(). `accountId` may hold any character. */
    explicit LagoonCache(const QString &accountId, const QString &root = {});

    /**
     * The folder the app and the CLI share for their caches: "lagoon-desktop/lagoon-desktop" in
     * the platform's generic cache folder, whatever the running program calls itself (the CLI's
     * application name is not the app's, so QStandardPaths::CacheLocation would differ).
     */
    static QString defaultRoot();

    const QString &accountId() const { return m_accountId; }
    /** The account's folder (it exists only after the first write). */
    QString directory() const { return m_directory; }

    /** The entry of `key`; empty when there is none or its file is damaged or too large. */
    std::optional<LagoonCacheEntry> read(const QString &key) const;

    /**
     * Stores `data` (without secrets) for `key`, replacing the file atomically. Fails with
     * ReadFailed when the folder or file cannot be written, Internal for an invalid key.
     */
    Result<void> write(const QString &key, const QJsonValue &data,
                       const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());

    /** Forgets `key`; true when nothing is left on disk for it. */
    bool remove(const QString &key);
    /** Forgets everything of this account (sign-out, account removed). */
    bool clear();

    /** `data` without variable values and logs: what write() stores. */
    static QJsonValue withoutSecrets(const QJsonValue &data);

    /** The file of `key` below the account's folder; empty for an invalid key. */
    QString filePath(const QString &key) const;

    // The keys the app uses, in one place.
    static QString projectsKey();
    static QString projectKey(const QString &project);
    static QString deploymentsKey(int environmentId);
    static QString tasksKey(int environmentId);
    static QString taskDefinitionsKey(int environmentId);
    /** `environment` empty: the project's own variables. */
    static QString variablesKey(const QString &project, const QString &environment);

private:
    QString m_accountId;
    QString m_directory;
    mutable QHash<QString, std::optional<LagoonCacheEntry>> m_memory;
};

} // namespace Lagoon
