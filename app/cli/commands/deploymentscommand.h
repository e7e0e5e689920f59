// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>

#include "app/cli/commands/command.h"
#include "core/remote/lagoondeployment.h"

namespace Lagoon::Cli {

/**
 * `deployments PROJECT ENVIRONMENT [--limit N] [--account NAME] [--json]`: an environment's
 * newest deployments with status, build step, start and duration. Exit codes as `environments`:
 * 0 listed, 1 no such project or environment, Lagoon refused or could not be reached (the cached
 * list is printed then, with a note on stderr), 2 wrong usage or no account.
 */
class DeploymentsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::DeploymentsCommand)

public:
    QString name() const override { return QStringLiteral("deployments"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static void print(const QList<LagoonDeployment> &deployments, bool json, const QJsonObject &header,
                      QTextStream &out, QTextStream &err);
};

} // namespace Lagoon::Cli
