// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/validationjob.h"

#include <QtConcurrent/QtConcurrentRun>

#include "core/lagoon/config/lagoonvalidator.h"

namespace Lagoon {

ValidationJob::ValidationJob(const QString &folder, const LoadOptions &options, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_options(options)
{
    connect(&m_watcher, &QFutureWatcher<Diagnostics>::finished, this, [this] {
        if (!m_cancelled)
            Q_EMIT finished(m_watcher.result());
    });
}

// The worker only reads copies of its inputs, so the job may be deleted while it runs.
ValidationJob::~ValidationJob() = default;

void ValidationJob::start()
{
    const QString folder = m_folder;
    const LoadOptions options = m_options;
    m_watcher.setFuture(QtConcurrent::run([folder, options] {
        return LagoonValidator::validate(LagoonProjectLoader::load(folder, options));
    }));
}

void ValidationJob::cancel()
{
    m_cancelled = true;
}

} // namespace Lagoon
