// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/project/project.h"

#include <QDir>
#include <QFileInfo>

#include "core/project/projectrefreshjob.h"
#include "core/project/projectwatcher.h"

namespace Lagoon {

Project::Project(QObject *parent)
    : QObject(parent)
    , m_watcher(new ProjectWatcher(this))
{
    connect(m_watcher, &ProjectWatcher::filesChanged, this, [this] { startRefresh(ProjectSnapshot::Files); });
    connect(m_watcher, &ProjectWatcher::repositoryChanged, this, [this] { startRefresh(ProjectSnapshot::Git); });
}

Project::~Project()
{
    if (m_job)
        m_job->cancel();
}

void Project::open(const QString &folder)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_watcher->clear();
    m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_loaded = false;
    m_files = ProjectFiles{};
    m_git = GitState{};
    m_gitError.reset();
    m_pendingParts = 0;
    startRefresh(ProjectSnapshot::All);
}

void Project::refresh()
{
    if (!m_folder.isEmpty())
        startRefresh(ProjectSnapshot::All);
}

QString Project::displayName() const
{
    if (!m_files.projectName.isEmpty())
        return m_files.projectName;
    return QFileInfo(m_folder).fileName();
}

void Project::startRefresh(int parts)
{
    // One read at a time: requests arriving meanwhile are folded into one follow-up read.
    if (m_job) {
        m_pendingParts |= parts;
        return;
    }
    m_job = new ProjectRefreshJob(m_folder, parts, this);
    connect(m_job, &ProjectRefreshJob::finished, this, &Project::onRefreshed);
    m_job->start();
}

void Project::onRefreshed(const ProjectSnapshot &snapshot)
{
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }

    bool filesDiffer = false;
    bool gitDiffers = false;
    if (snapshot.parts & ProjectSnapshot::Files) {
        if (!snapshot.files) {
            if (!m_loaded) {
                Q_EMIT loadFailed(snapshot.files.error());
                return;
            }
            // The folder vanished or became unreadable while open: show it as empty, keep going.
            ProjectFiles gone;
            gone.root = m_files.root;
            Diagnostic d;
            d.ruleId = QStringLiteral("project.folder-unreadable");
            d.message = snapshot.files.error().message;
            gone.problems.append(d);
            filesDiffer = gone != m_files;
            m_files = gone;
        } else {
            filesDiffer = *snapshot.files != m_files;
            m_files = *snapshot.files;
        }
    }
    if (snapshot.parts & ProjectSnapshot::Git) {
        if (snapshot.git) {
            gitDiffers = *snapshot.git != m_git || m_gitError.has_value();
            m_git = *snapshot.git;
            m_gitError.reset();
        } else {
            gitDiffers = !m_gitError || m_gitError->message != snapshot.git.error().message;
            m_git = GitState{};
            m_gitError = snapshot.git.error();
        }
    }

    m_watcher->watch(m_files, m_git);

    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loaded();
    } else {
        if (filesDiffer)
            Q_EMIT filesChanged();
        if (gitDiffers)
            Q_EMIT gitStateChanged();
    }

    if (m_pendingParts) {
        const int parts = std::exchange(m_pendingParts, 0);
        startRefresh(parts);
    }
}

} // namespace Lagoon
