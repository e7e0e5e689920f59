// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "app/cli/commands/command.h"

namespace Lagoon::Cli {

/**
 * `deploy --project P (--branch B | --environment E) [--commit SHA] [--variable NAME=VALUE]...
 * [--follow] [--account A] [--json]`: starts a Lagoon deployment (Deployer) and prints the build
 * name; with --follow it follows the build (LagoonRolloutFeed), printing each step as it
 * completes and the outcome. Exit codes: 0 started (or completed), 1 Lagoon refused or the build
 * failed or was cancelled, 2 wrong usage, 3 completed with warnings, 130 stopped following with
 * Ctrl+C (the build goes on).
 */
class DeployCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::DeployCommand)

public:
    enum { ExitWarnings = 3, ExitInterrupted = 130 };

    QString name() const override { return QStringLiteral("deploy"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace Lagoon::Cli
