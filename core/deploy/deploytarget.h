// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

#include "core/project/gitstate.h"

namespace Lagoon {

/**
 * Where the open project deploys to: a Lagoon project and the environment named after the
 * current branch.
 *
 * The project is, first match wins: the user's explicit choice (it is what the UI shows as
 * "changed"), then the compose file's `x-lagoon-project` key (what Lagoon's build itself reads),
 * then the Lagoon project whose `gitUrl` is one of the repository's remotes. A name that Lagoon
 * does not list for the account is kept but marked unknown, so the UI can say so.
 *
 * The environment is the branch name as it is: Lagoon names a branch environment after the
 * branch (`feature/x` stays `feature/x`), and only its Kubernetes namespace is made safe and
 * shortened (lagoon-rules.md: MakeSafe, `58 - len(project)`), which namespace() gives.
 */
struct DeployTarget
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::DeployTarget)

public:
    enum class ProjectSource { None, UserChoice, ComposeKey, GitRemote };

    QString project;
    ProjectSource projectSource = ProjectSource::None;
    bool projectKnown = false;  ///< the account's project list has it
    QString branch;             ///< empty when HEAD is detached or there is no repository
    QString environment;        ///< the Lagoon environment name (= branch)
    bool environmentExists = false;
    int environmentId = 0;      ///< set when the environment exists
    QString namespaceName;      ///< `<project>-<safe environment>`, as Lagoon makes it

    bool isComplete() const { return !project.isEmpty() && !environment.isEmpty(); }
    /** "lagoon-demo / feature/x (new environment)", for the mapping line of the UI and the CLI. */
    QString describe() const;

    /**
     * Resolves the target. `projects` is the account's projects as AllProjects answers them (name,
     * gitUrl, environments { id name }); `composeProject` is the compose file's x-lagoon-project;
     * `userChoice` and `branchOverride` are the user's (empty: none).
     */
    static DeployTarget resolve(const GitState &git, const QJsonArray &projects, const QString &composeProject,
                                const QString &userChoice = {}, const QString &branchOverride = {});

    /**
     * True when two git URLs name the same repository, whatever their form: scp-like
     * (git@host:org/repo.git), ssh://, https:// (with or without `.git`, user or trailing slash).
     */
    static bool sameRepository(const QString &a, const QString &b);
    /** "host/org/repo" in lower case, the form sameRepository() compares; empty when unparsable. */
    static QString repositoryKey(const QString &url);
};

} // namespace Lagoon
