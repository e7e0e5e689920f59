// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace Lagoon {

/** One line of a rollout step's log. */
struct RolloutLogLine
{
    enum class Stream {
        Info,   ///< what the rollout itself reports ("$ docker-compose build", "web: healthy")
        Output, ///< a command's standard output (or a build log line)
        Error,  ///< a command's standard error
    };

    Stream stream = Stream::Output;
    /** When the line was written (UTC); for a remote build, the server's time when it gives one. */
    QDateTime timestamp;
    QString text; ///< without the line break

    friend bool operator==(const RolloutLogLine &, const RolloutLogLine &) = default;
};

} // namespace Lagoon
