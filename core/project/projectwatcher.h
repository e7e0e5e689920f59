// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "core/project/gitstate.h"
#include "core/project/projectfiles.h"

namespace Lagoon {

/**
 * Watches a project's configuration files, its folders and its git repository through the
 * operating system's file notifications (inotify on Linux), never by polling. Bursts of changes
 * (an editor's atomic save, a `git commit`) are folded into one signal per kind after `delay`.
 */
class ProjectWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectWatcher)

public:
    /// More folders than this are not watched, so a huge monorepo cannot exhaust inotify watches.
    static constexpr int MaxWatchedFolders = 2000;

    explicit ProjectWatcher(QObject *parent = nullptr);

    void setDelay(int milliseconds);
    int delay() const { return m_timer.interval(); }

    /** Re-syncs the watched paths with what the project looks like now. */
    void watch(const ProjectFiles &files, const GitState &git);
    void clear();

    QStringList watchedPaths() const;

Q_SIGNALS:
    /** A configuration file (.lagoon.yml, compose, override, env files) may have changed. */
    void filesChanged();
    /** The repository (HEAD, refs, index, working tree) may have changed. */
    void repositoryChanged();

private:
    void onPathChanged(const QString &path);
    void emitPending();
    void addFolderTree(const QString &root, QSet<QString> &paths) const;

    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QSet<QString> m_filePaths;   ///< paths whose change means "configuration changed"
    QSet<QString> m_configFolders; ///< folders where a configuration file lives or would appear
    bool m_filesPending = false;
    bool m_repositoryPending = false;
};

} // namespace Lagoon
