// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/project/projectrefreshjob.h"

#include <QtConcurrent/QtConcurrentRun>

#include "core/project/gitrepository.h"
#include "core/project/projectscanner.h"

namespace Lagoon {

ProjectRefreshJob::ProjectRefreshJob(const QString &folder, int parts, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_parts(parts)
{
    connect(&m_watcher, &QFutureWatcher<ProjectSnapshot>::finished, this, &ProjectRefreshJob::onDone);
}

// The worker only touches copies of its inputs, so the job may die while it still runs.
ProjectRefreshJob::~ProjectRefreshJob() = default;

void ProjectRefreshJob::start()
{
    const QString folder = m_folder;
    const int parts = m_parts;
    m_watcher.setFuture(QtConcurrent::run([folder, parts] {
        ProjectSnapshot snapshot;
        snapshot.parts = parts;
        if (parts & ProjectSnapshot::Files)
            snapshot.files = ProjectScanner::scan(folder);
        if (parts & ProjectSnapshot::Git)
            snapshot.git = GitRepository::inspect(folder);
        return snapshot;
    }));
}

void ProjectRefreshJob::cancel()
{
    m_cancelled = true;
}

void ProjectRefreshJob::onDone()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_cancelled) {
        ProjectSnapshot snapshot;
        snapshot.parts = m_parts;
        snapshot.files = makeError(Error::Code::Cancelled, tr("Cancelled"));
        snapshot.git = makeError(Error::Code::Cancelled, tr("Cancelled"));
        Q_EMIT finished(snapshot);
        return;
    }
    Q_EMIT finished(m_watcher.result());
}

} // namespace Lagoon
