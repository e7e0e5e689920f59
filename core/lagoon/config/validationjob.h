// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFutureWatcher>
#include <QObject>

#include "core/diagnostics/diagnostic.h"
#include "core/lagoon/config/lagoonprojectloader.h"

namespace Lagoon {

/**
 * Loads and validates a project folder on a worker thread. Emits finished() exactly once on
 * the thread that called start(); cancel() drops the result (finished() is then not emitted).
 */
class ValidationJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationJob)

public:
    ValidationJob(const QString &folder, const LoadOptions &options, QObject *parent = nullptr);
    ~ValidationJob() override;

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const Lagoon::Diagnostics &diagnostics);

private:
    QString m_folder;
    LoadOptions m_options;
    bool m_cancelled = false;
    QFutureWatcher<Diagnostics> m_watcher;
};

} // namespace Lagoon
