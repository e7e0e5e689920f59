// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/composeinvocation.h"

#include <QDir>
#include <QFileInfo>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/stack/composeprojectname.h"

namespace Lagoon {

QStringList ComposeInvocation::projectArguments() const
{
    return {QStringLiteral("-p"), projectName, QStringLiteral("-f"), composeFile};
}

QString ComposeInvocation::effectiveWorkingDirectory() const
{
    return workingDirectory.isEmpty() ? QFileInfo(composeFile).absolutePath() : workingDirectory;
}

Result<ComposeInvocation> ComposeInvocation::forProject(const LoadedProject &project)
{
    const QString relative =
        project.config.composeFile.isEmpty() ? QStringLiteral("docker-compose.yml") : project.config.composeFile;
    const QString file = QDir(project.root).absoluteFilePath(relative);
    if (!QFileInfo(file).isFile())
        return makeError(Error::Code::NotFound, tr("The compose file %1 does not exist.").arg(relative), file);

    ComposeInvocation invocation;
    invocation.composeFile = QDir::cleanPath(file);
    invocation.projectName = ComposeProjectName::forProject(project.compose, project.root);
    if (invocation.projectName.isEmpty())
        return makeError(Error::Code::ParseFailed,
                         tr("No compose project name can be made from \"%1\": it needs at least one letter or digit. "
                            "Set x-lagoon-project in the compose file.")
                             .arg(project.compose.projectName.isEmpty() ? QFileInfo(project.root).fileName()
                                                                        : project.compose.projectName));
    return invocation;
}

} // namespace Lagoon
