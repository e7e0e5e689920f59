// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/diagnostics/diagnostic.h"

namespace Lagoon {

/** One file the project model knows about, found on disk or expected and missing. */
struct ProjectFile
{
    enum class Role {
        LagoonYml,     ///< .lagoon.yml
        Compose,       ///< the compose file `.lagoon.yml` names (docker-compose.yml by default)
        LagoonOverride,///< .lagoon.override.yml, merged over .lagoon.yml by Lagoon's build
        LagoonEnv,     ///< .lagoon.env.<branch> (and the legacy .lagoon.env)
    };

    Role role = Role::LagoonYml;
    QString relativePath; ///< relative to the project root, with '/' separators
    bool exists = false;
    bool required = false;
    qint64 size = 0;

    friend bool operator==(const ProjectFile &, const ProjectFile &) = default;
};

/** Stable identifier of a role, for JSON and tests ("lagoon-yml", "compose", ...). */
QString roleId(ProjectFile::Role role);
/** Translated description of a role, for people. */
QString roleText(ProjectFile::Role role);

/**
 * What a project folder contains, as Lagoon's build would look for it. Produced by
 * ProjectScanner; plain data that may cross threads.
 */
struct ProjectFiles
{
    QString root;               ///< absolute, canonical folder path
    QList<ProjectFile> files;   ///< in a stable order: lagoon.yml, compose, override, env files
    QString composeSource;      ///< "docker-compose-yaml" when .lagoon.yml names it, else "default"
    QString projectName;        ///< compose `x-lagoon-project` when set, else empty
    Diagnostics problems;       ///< what is missing or unreadable

    const ProjectFile *file(ProjectFile::Role role) const;
    QString absolutePath(const ProjectFile &file) const;

    friend bool operator==(const ProjectFiles &, const ProjectFiles &) = default;
};

} // namespace Lagoon
