// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QStringList>

#include "app/cli/commands/command.h"

namespace Lagoon::Cli {

/** Parses the global options and dispatches to the subcommand. */
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::CliApplication)

public:
    CliApplication();
    ~CliApplication();

    /** `arguments` includes the program name, as QCoreApplication::arguments() gives it. */
    int run(const QStringList &arguments);

private:
    QString helpText() const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Lagoon::Cli
