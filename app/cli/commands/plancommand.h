// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "app/cli/commands/command.h"

namespace Lagoon::Cli {

/**
 * `plan [DIR] [--project P] [--environment E] [--branch B] [--type production|development]
 * [--router-pattern PATTERN] [--active-environment A] [--standby-environment S]
 * [--variable NAME=VALUE]... [--format text|json]`: what Lagoon would deploy for an environment
 * (services, routes, cronjobs, tasks, backups) and what would stop the build.
 */
class PlanCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::PlanCommand)

public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace Lagoon::Cli
