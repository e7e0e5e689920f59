// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/project/gitstate.h"
#include "core/util/error.h"

namespace Lagoon {

/**
 * The libgit2 adapter: reads a repository's state. libgit2 errors stop here and come back as
 * Error::Code::GitFailed. Blocking (it reads the index and walks history for ahead/behind):
 * call it from a worker thread, e.g. through GitStatusJob. libgit2 objects never leave it.
 */
class GitRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::GitRepository)

public:
    /**
     * Inspects the repository containing `path` (searching upwards, like git). A folder outside
     * any repository gives a GitState with isRepository == false, not an error.
     */
    static Result<GitState> inspect(const QString &path);
};

} // namespace Lagoon
