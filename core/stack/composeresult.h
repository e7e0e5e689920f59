// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QString>
#include <QStringList>

#include "core/stack/composecommand.h"
#include "core/stack/composetool.h"

namespace Lagoon {

/** One line compose printed, as it arrived. */
struct ComposeOutputLine
{
    enum class Channel { StandardOutput, StandardError };

    Channel channel = Channel::StandardOutput;
    QString text; ///< without the line break; colour codes are switched off, not stripped
    /** Since the command started, for the log's timestamps and for step timings. */
    std::chrono::milliseconds elapsed{0};

    friend bool operator==(const ComposeOutputLine &, const ComposeOutputLine &) = default;
};

/** How a ComposeRunner command ended. */
struct ComposeResult
{
    enum class Status {
        Succeeded,
        Failed,        ///< compose ran and exited non-zero (the output says why)
        NotInstalled,  ///< neither `docker compose` nor `docker-compose` works
        FailedToStart, ///< the program is there but could not be run
        Crashed,       ///< killed by a signal
        Cancelled,
    };

    Status status = Status::Failed;
    ComposeCommand command;
    ComposeTool tool;
    /** The full command line of the last invocation (program first), for the log and bug reports. */
    QStringList commandLine;
    int exitCode = -1;
    /** User-facing and translated; empty on success. */
    QString message;
    /** Technical context: the last lines of stderr, what was tried when compose was not found. */
    QString detail;
    std::chrono::milliseconds elapsed{0};

    bool succeeded() const { return status == Status::Succeeded; }

    friend bool operator==(const ComposeResult &, const ComposeResult &) = default;
};

} // namespace Lagoon
