// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cliapplication.h"

#include <cstdio>

#include <QTextStream>

#include "app/cli/commands/accountscommand.h"
#include "app/cli/commands/deploycommand.h"
#include "app/cli/commands/deploymentscommand.h"
#include "app/cli/commands/editcommand.h"
#include "app/cli/commands/environmentscommand.h"
#include "app/cli/commands/infocommand.h"
#include "app/cli/commands/logincommand.h"
#include "app/cli/commands/logoutcommand.h"
#include "app/cli/commands/plancommand.h"
#include "app/cli/commands/projectscommand.h"
#include "app/cli/commands/stackcommand.h"
#include "app/cli/commands/validatecommand.h"

namespace Lagoon::Cli {

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<EditCommand>(EditCommand::Mode::Set));
    m_commands.push_back(std::make_unique<EditCommand>(EditCommand::Mode::Unset));
    m_commands.push_back(std::make_unique<StackCommand>());
    m_commands.push_back(std::make_unique<LoginCommand>());
    m_commands.push_back(std::make_unique<LogoutCommand>());
    m_commands.push_back(std::make_unique<AccountsCommand>());
    m_commands.push_back(std::make_unique<ProjectsCommand>());
    m_commands.push_back(std::make_unique<EnvironmentsCommand>());
    m_commands.push_back(std::make_unique<DeploymentsCommand>());
    m_commands.push_back(std::make_unique<DeployCommand>());
}

CliApplication::~CliApplication() = default;

QString CliApplication::helpText() const
{
    QString text = tr("Usage: lagoon-desktop-cli [--help] [--version] COMMAND [ARGS...]\n\n"
                      "Lagoon Desktop's engine for scripts and CI: it checks, plans, runs and deploys "
                      "Lagoon projects.\n\nCommands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -13).arg(command->summary());
    text += tr("\nRun 'lagoon-desktop-cli COMMAND --help' for the options of a command.\n"
               "Exit codes: 0 no problems, 1 problems found, 2 wrong usage or unreadable input.\n");
    return text;
}

int CliApplication::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = arguments.mid(1);

    if (args.isEmpty()) {
        err << helpText();
        return ExitUsage;
    }
    const QString first = args.constFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << helpText();
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
            << Qt::endl;
        return ExitOk;
    }
    for (const auto &command : m_commands) {
        if (command->name() == first)
            return command->run(args.mid(1), out, err);
    }
    err << tr("Unknown command '%1'.").arg(first) << QLatin1Char('\n') << helpText();
    return ExitUsage;
}

} // namespace Lagoon::Cli
