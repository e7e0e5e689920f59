// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/project/projectwatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Lagoon {

namespace {

bool isSkippedFolder(const QString &name)
{
    // Dependency and build folders change constantly and are not what a user edits.
    static const QSet<QString> skipped = {QStringLiteral(".git"), QStringLiteral("node_modules"),
                                          QStringLiteral("vendor"), QStringLiteral("build"),
                                          QStringLiteral(".cache")};
    return skipped.contains(name);
}

} // namespace

ProjectWatcher::ProjectWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &ProjectWatcher::emitPending);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ProjectWatcher::onPathChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ProjectWatcher::onPathChanged);
}

void ProjectWatcher::setDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ProjectWatcher::clear()
{
    const QStringList all = watchedPaths();
    if (!all.isEmpty())
        m_watcher.removePaths(all);
    m_filePaths.clear();
    m_configFolders.clear();
    m_timer.stop();
    m_filesPending = m_repositoryPending = false;
}

QStringList ProjectWatcher::watchedPaths() const
{
    return m_watcher.files() + m_watcher.directories();
}

void ProjectWatcher::addFolderTree(const QString &root, QSet<QString> &paths) const
{
    paths.insert(root);
    QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext() && paths.size() < MaxWatchedFolders) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        const QStringList parts = relative.split(QLatin1Char('/'));
        if (std::any_of(parts.cbegin(), parts.cend(), isSkippedFolder))
            continue;
        if (it.fileInfo().isSymLink())
            continue;
        paths.insert(path);
    }
}

void ProjectWatcher::watch(const ProjectFiles &files, const GitState &git)
{
    QSet<QString> wanted;
    m_filePaths.clear();
    m_configFolders.clear();

    for (const ProjectFile &file : files.files) {
        const QString path = files.absolutePath(file);
        // The folder catches creation, deletion and atomic renames; the file catches in-place writes.
        m_configFolders.insert(QFileInfo(path).absolutePath());
        if (file.exists) {
            wanted.insert(path);
            m_filePaths.insert(path);
        }
    }
    if (!files.root.isEmpty())
        m_configFolders.insert(files.root);
    for (const QString &folder : std::as_const(m_configFolders)) {
        if (QFileInfo(folder).isDir())
            wanted.insert(folder);
    }

    if (git.isRepository) {
        const QDir gitDir(git.gitDir);
        wanted.insert(git.gitDir);
        for (const QString &name : {QStringLiteral("HEAD"), QStringLiteral("index"), QStringLiteral("packed-refs")}) {
            if (QFileInfo::exists(gitDir.filePath(name)))
                wanted.insert(gitDir.filePath(name));
        }
        if (QFileInfo::exists(gitDir.filePath(QStringLiteral("refs"))))
            addFolderTree(gitDir.filePath(QStringLiteral("refs")), wanted);
        if (git.root != git.gitDir)
            addFolderTree(git.root, wanted);
    } else if (!files.root.isEmpty()) {
        addFolderTree(files.root, wanted);
    }

    const QStringList current = watchedPaths();
    QStringList toRemove;
    for (const QString &path : current) {
        if (!wanted.contains(path))
            toRemove.append(path);
    }
    if (!toRemove.isEmpty())
        m_watcher.removePaths(toRemove);
    QStringList toAdd;
    for (const QString &path : wanted) {
        if (!current.contains(path))
            toAdd.append(path);
    }
    if (!toAdd.isEmpty())
        m_watcher.addPaths(toAdd);
}

void ProjectWatcher::onPathChanged(const QString &path)
{
    // A configuration folder changing may mean a configuration file was created, deleted or
    // replaced by an atomic save; anything at all may change the repository's dirty state.
    if (m_filePaths.contains(path) || m_configFolders.contains(path))
        m_filesPending = true;
    m_repositoryPending = true;
    m_timer.start();
}

void ProjectWatcher::emitPending()
{
    const bool files = std::exchange(m_filesPending, false);
    const bool repository = std::exchange(m_repositoryPending, false);
    if (files)
        Q_EMIT filesChanged();
    if (repository)
        Q_EMIT repositoryChanged();
}

} // namespace Lagoon
