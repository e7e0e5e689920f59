// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "app/cli/commands/command.h"

namespace Lagoon::Cli {

/**
 * `projects [--account NAME] [--json]`: the projects the account may see, with their production
 * environment, environments and git URL. Exit codes: 0 listed, 1 Lagoon refused or could not be
 * reached (the cached list is printed then, with a note on stderr), 2 wrong usage or no account.
 */
class ProjectsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::ProjectsCommand)

public:
    QString name() const override { return QStringLiteral("projects"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace Lagoon::Cli
