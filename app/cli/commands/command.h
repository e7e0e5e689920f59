// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Lagoon::Cli {

/** Exit codes every command uses, so scripts can rely on them. */
enum ExitCode {
    ExitOk = 0,       ///< done, nothing wrong
    ExitProblems = 1, ///< done, and the project has problems (errors)
    ExitUsage = 2,    ///< wrong arguments, or a file or folder could not be read
};

/** One `lagoon-desktop-cli <name>` subcommand. */
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /** One line for the command list in --help. */
    virtual QString summary() const = 0;
    /** `arguments` excludes the program and command names. Returns an ExitCode. */
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

} // namespace Lagoon::Cli
