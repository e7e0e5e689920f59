// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

namespace Lagoon {

/** One build this machine started: which commit it deployed. */
struct DeployRecord
{
    QString accountId;
    QString project;
    QString environment;
    QString buildName;
    QString branch;
    /** The commit HEAD was at when the deploy started (what Lagoon builds for a pushed branch). */
    QString sha;
    QDateTime startedAt;

    friend bool operator==(const DeployRecord &, const DeployRecord &) = default;
};

/**
 * The commits of the builds started from this machine, so "deploy this commit again" knows
 * what to deploy: Lagoon's API does not say which commit a build built (a Deployment has no
 * sha), so only builds the app or the CLI started can offer it. One small JSON file shared by
 * both executables, newest last, bounded; written atomically.
 */
class DeployHistory final
{
public:
    /** `file` empty: the shared default below the user's data folder. */
    explicit DeployHistory(const QString &file = {});

    QString file() const { return m_file; }
    /** Remembers `record` (replacing an older record of the same build); false when it could not be written. */
    bool add(const DeployRecord &record);
    std::optional<DeployRecord> find(const QString &accountId, const QString &project, const QString &buildName) const;

    static QString defaultFile();
    /** How many records are kept. */
    static constexpr int Capacity = 500;

private:
    QList<DeployRecord> read() const;

    QString m_file;
};

} // namespace Lagoon
