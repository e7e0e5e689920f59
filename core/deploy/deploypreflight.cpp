// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/deploy/deploypreflight.h"

#include <QtConcurrent/QtConcurrentRun>

#include "core/lagoon/config/lagoonvalidator.h"
#include "core/project/gitrepository.h"

namespace Lagoon {

bool DeployPreflightReport::isBlocked() const
{
    return !errors.isEmpty() || !git.isRepository || git.detached || git.unborn;
}

QStringList DeployPreflightReport::uncommittedPaths() const
{
    QStringList paths;
    for (const GitChange &change : git.changes)
        paths.append(change.path);
    return paths;
}

bool DeployPreflightReport::needsPush() const
{
    if (!git.isRepository || git.detached || git.unborn)
        return false;
    return !git.hasUpstream() || git.ahead > 0;
}

QStringList DeployPreflightReport::gitFindings() const
{
    QStringList findings;
    if (!git.isRepository) {
        findings << tr("The project is not in a git repository; Lagoon deploys from git.");
        return findings;
    }
    if (git.unborn)
        findings << tr("The branch %1 has no commit yet.").arg(git.branch);
    if (git.detached)
        findings << tr("HEAD is detached (at %1): check out a branch to deploy it.").arg(git.head.shortSha());
    if (git.isDirty())
        findings << tr("%Ln file(s) have uncommitted changes, which Lagoon will not see.", nullptr,
                       static_cast<int>(git.changes.size()));
    if (!git.detached && !git.unborn) {
        if (!git.hasUpstream())
            findings << tr("The branch %1 is not on a remote yet.").arg(git.branch);
        else if (git.ahead > 0)
            findings << tr("%n commit(s) are not on %1 yet.", nullptr, git.ahead).arg(git.upstream);
        if (git.behind > 0)
            findings << tr("%1 has %n commit(s) this copy does not have.", nullptr, git.behind).arg(git.upstream);
    }
    return findings;
}

Result<DeployPreflightReport> DeployPreflight::run(const QString &root, const LoadOptions &options)
{
    return run(LagoonProjectLoader::load(root, options));
}

QFuture<Result<DeployPreflightReport>> DeployPreflight::start(const QString &root, const LoadOptions &options)
{
    return QtConcurrent::run([root, options] { return run(root, options); });
}

Result<DeployPreflightReport> DeployPreflight::run(const LoadedProject &project)
{
    Result<GitState> git = GitRepository::inspect(project.root);
    if (!git)
        return std::unexpected(git.error());
    DeployPreflightReport report;
    report.git = *git;
    for (const Diagnostic &d : LagoonValidator::validate(project)) {
        if (d.severity == Diagnostic::Severity::Error)
            report.errors.append(d);
        else if (d.severity == Diagnostic::Severity::Warning)
            report.warnings.append(d);
    }
    return report;
}

} // namespace Lagoon
