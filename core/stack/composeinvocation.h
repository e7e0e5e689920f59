// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include "core/util/error.h"

namespace Lagoon {

struct LoadedProject;

/**
 * Which stack compose works on: always a file and a project name, both passed explicitly
 * (`-p NAME -f FILE`), so neither COMPOSE_PROJECT_NAME nor the current folder can change which
 * containers a command touches.
 */
struct ComposeInvocation
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::ComposeInvocation)

public:
    QString composeFile;      ///< absolute
    QString projectName;      ///< already normalised (ComposeProjectName)
    QString workingDirectory; ///< empty: the compose file's folder
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    /** The arguments before the sub-command: -p NAME -f FILE. */
    QStringList projectArguments() const;
    QString effectiveWorkingDirectory() const;

    /**
     * For a loaded project: its compose file (as `.lagoon.yml` names it, docker-compose.yml when
     * it names none) and the name from ComposeProjectName::forProject(). Fails with NotFound when
     * the compose file does not exist and ParseFailed when no usable project name is left after
     * normalising.
     */
    static Result<ComposeInvocation> forProject(const LoadedProject &project);
};

} // namespace Lagoon
