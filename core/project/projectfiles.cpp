// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/project/projectfiles.h"

#include <QCoreApplication>
#include <QDir>

namespace Lagoon {

QString roleId(ProjectFile::Role role)
{
    switch (role) {
    case ProjectFile::Role::LagoonYml:
        return QStringLiteral("lagoon-yml");
    case ProjectFile::Role::Compose:
        return QStringLiteral("compose");
    case ProjectFile::Role::LagoonOverride:
        return QStringLiteral("lagoon-override");
    case ProjectFile::Role::LagoonEnv:
        break;
    }
    return QStringLiteral("lagoon-env");
}

QString roleText(ProjectFile::Role role)
{
    switch (role) {
    case ProjectFile::Role::LagoonYml:
        return QCoreApplication::translate("Lagoon::ProjectFile", "Lagoon configuration");
    case ProjectFile::Role::Compose:
        return QCoreApplication::translate("Lagoon::ProjectFile", "Docker Compose services");
    case ProjectFile::Role::LagoonOverride:
        return QCoreApplication::translate("Lagoon::ProjectFile", "Lagoon configuration override");
    case ProjectFile::Role::LagoonEnv:
        break;
    }
    return QCoreApplication::translate("Lagoon::ProjectFile", "Environment variables for a branch");
}

const ProjectFile *ProjectFiles::file(ProjectFile::Role role) const
{
    for (const ProjectFile &f : files) {
        if (f.role == role)
            return &f;
    }
    return nullptr;
}

QString ProjectFiles::absolutePath(const ProjectFile &f) const
{
    return QDir(root).filePath(f.relativePath);
}

} // namespace Lagoon
