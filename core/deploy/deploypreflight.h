// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QStringList>

#include "core/diagnostics/diagnostic.h"
#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/project/gitstate.h"
#include "core/util/error.h"

namespace Lagoon {

/**
 * What stands between the open project and a deployment. Validation errors block (each with
 * its file, line and column, for a link); warnings are shown. The git part says what Lagoon
 * would not see: uncommitted changes, commits not on the remote, a branch without upstream.
 */
struct DeployPreflightReport
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::DeployPreflightReport)

public:
    Diagnostics errors;
    Diagnostics warnings;
    GitState git;

    /** Validation errors, or no branch to deploy (no repository, detached HEAD, no commit). */
    bool isBlocked() const;
    /** Changed and untracked paths, relative to the repository root. */
    QStringList uncommittedPaths() const;
    /** The branch has commits the remote does not: ahead of its upstream, or no upstream yet. */
    bool needsPush() const;
    /** One sentence per git finding, for the pre-flight list ("3 commits are not on origin/main"). */
    QStringList gitFindings() const;
};

/**
 * Runs the pre-flight checks on a project folder with the app's validation (LagoonProjectLoader
 * + LagoonValidator, as `lagoon-desktop-cli validate` does) and GitRepository. Blocking: it reads
 * files and walks git history, so run it on a worker thread. An unreadable repository is the
 * error; a folder outside git is a report whose git.isRepository is false.
 */
class DeployPreflight final
{
public:
    static Result<DeployPreflightReport> run(const QString &root, const LoadOptions &options = {});
    /** The same on a project already loaded (the editor's unsaved buffers included). */
    static Result<DeployPreflightReport> run(const LoadedProject &project);
    /** run() on the thread pool, for the UI (watch it with a QFutureWatcher). */
    static QFuture<Result<DeployPreflightReport>> start(const QString &root, const LoadOptions &options = {});
};

} // namespace Lagoon
