// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QObject>
#include <QPointer>

#include "core/project/gitstate.h"
#include "core/project/projectfiles.h"
#include "core/project/projectrefreshjob.h"
#include "core/project/projectsnapshot.h"
#include "core/util/error.h"

namespace Lagoon {


class ProjectWatcher;

/**
 * An open Lagoon project: a folder with its Lagoon files and its git repository, kept current
 * while it is open. All reading happens on worker threads; signals arrive on the owner's thread.
 * A folder outside git opens too (gitState().isRepository is false).
 */
class Project final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)

public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    /** Starts reading `folder`; ends in loaded() or loadFailed(). */
    void open(const QString &folder);
    /** Re-reads files and git state now (e.g. when the window regains focus). */
    void refresh();

    bool isLoaded() const { return m_loaded; }
    QString folder() const { return m_folder; }
    /** The project's name: compose x-lagoon-project, else the folder's name. */
    QString displayName() const;
    const ProjectFiles &files() const { return m_files; }
    const GitState &gitState() const { return m_git; }
    /** Why git state could not be read, if it could not. */
    const std::optional<Error> &gitError() const { return m_gitError; }

    ProjectWatcher *watcher() const { return m_watcher; }

Q_SIGNALS:
    void loaded();
    void loadFailed(const Lagoon::Error &error);
    void filesChanged();
    void gitStateChanged();

private:
    void startRefresh(int parts);
    void onRefreshed(const ProjectSnapshot &snapshot);

    QString m_folder;
    bool m_loaded = false;
    ProjectFiles m_files;
    GitState m_git;
    std::optional<Error> m_gitError;
    ProjectWatcher *m_watcher;
    QPointer<ProjectRefreshJob> m_job;
    int m_pendingParts = 0;
};

} // namespace Lagoon
