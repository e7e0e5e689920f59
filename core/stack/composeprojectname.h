// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Lagoon {

struct ComposeProject;

/**
 * The compose project name Lagoon users expect for a project folder: the compose file's
 * `x-lagoon-project` when it sets one, else the folder's name — normalised the way compose does,
 * so `-p NAME`, the containers' com.docker.compose.project label and what we filter on agree.
 */
class ComposeProjectName final
{
public:
    /**
     * Lower-case, keeping only [a-z0-9_-] (compose v1 drops everything else; v2 also insists on
     * a leading letter or digit, so leading '_' and '-' go too). Empty when nothing is left.
     */
    static QString normalize(const QString &name);

    /** `compose.projectName` (x-lagoon-project) when set, else the last component of `folder`. */
    static QString forProject(const ComposeProject &compose, const QString &folder);
};

} // namespace Lagoon
