// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/stack/composeinvocation.h"

namespace Lagoon {

/**
 * bench_stack's project: a `.lagoon.yml` and a compose file of three long-running services (cli,
 * web, worker) on the benchmark's own busybox image, written into a folder for one run and loaded
 * the way the app loads it. Both halves of the benchmark run it, each under a project name of its
 * own.
 */
class StackBenchProject final
{
public:
    static constexpr int ServiceCount = 3;

    /** Writes and loads the project in `root` (created); false with `why` when that fails. */
    bool write(const QString &root, const QString &image, QString *why);

    QString root() const { return m_root; }
    QString composeFile() const { return m_invocation.composeFile; }
    const ComposeProject &compose() const { return m_loaded.compose; }
    /** The compose invocation the app would make of it (its own project name, the system environment). */
    const ComposeInvocation &invocation() const { return m_invocation; }
    QStringList services() const;

private:
    QString m_root;
    LoadedProject m_loaded;
    ComposeInvocation m_invocation;
};

} // namespace Lagoon
