// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFutureWatcher>
#include <QObject>

#include "core/project/projectsnapshot.h"

namespace Lagoon {

/**
 * Reads a project folder (files and/or git state) on a worker thread. Emits finished() exactly
 * once, on the thread that called start(); after cancel() the result is dropped and finished()
 * carries Error::Code::Cancelled.
 */
class ProjectRefreshJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectRefreshJob)

public:
    ProjectRefreshJob(const QString &folder, int parts, QObject *parent = nullptr);
    ~ProjectRefreshJob() override;

    void start();
    void cancel();
    int parts() const { return m_parts; }

Q_SIGNALS:
    void finished(const Lagoon::ProjectSnapshot &snapshot);

private:
    void onDone();

    QString m_folder;
    int m_parts;
    bool m_cancelled = false;
    bool m_finished = false;
    QFutureWatcher<ProjectSnapshot> m_watcher;
};

} // namespace Lagoon
