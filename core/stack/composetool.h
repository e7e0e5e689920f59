// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace Lagoon {

/**
 * The compose implementation found on this machine: the `docker compose` CLI plugin (v2) or the
 * standalone `docker-compose` (v1, or a v2 installed standalone). Found by ComposeToolFinder.
 */
struct ComposeTool
{
    enum class Kind {
        Plugin,     ///< `docker compose …`
        Standalone, ///< `docker-compose …`
    };

    Kind kind = Kind::Standalone;
    QString program;         ///< absolute path of `docker` or `docker-compose`
    QVersionNumber version;  ///< 1.29.2, 2.26.1; null when the tool did not say

    bool isValid() const { return !program.isEmpty(); }

    /**
     * What goes between the program and compose's own options: {"compose"} for the plugin, plus
     * the option that keeps colour codes out of the output we stream (`--ansi never`, or
     * `--no-ansi` before compose 1.28, which did not know `--ansi`).
     */
    QStringList baseArguments() const;

    /**
     * Compose v2 names containers `project-service-1`, v1 `project_service_1`. Only for showing
     * names: the stack model goes by the compose labels, never by names.
     */
    QString containerName(const QString &project, const QString &service, int number = 1) const;

    /** "docker compose 2.26.1" / "docker-compose 1.29.2", for the log and the doctor. */
    QString displayName() const;

    friend bool operator==(const ComposeTool &, const ComposeTool &) = default;
};

} // namespace Lagoon
