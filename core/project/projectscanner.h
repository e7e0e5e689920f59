// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/project/projectfiles.h"
#include "core/util/error.h"

namespace Lagoon {

/**
 * Finds the files of a Lagoon project in a folder the way Lagoon's build looks for them:
 * `.lagoon.yml`, the compose file its `docker-compose-yaml` key names, `.lagoon.override.yml`
 * and `.lagoon.env.*`. Missing and unreadable files become diagnostics in the result; only a
 * folder that cannot be read at all is an Error. Safe to call from any thread.
 */
class ProjectScanner final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::ProjectScanner)

public:
    static Result<ProjectFiles> scan(const QString &folder);
};

} // namespace Lagoon
