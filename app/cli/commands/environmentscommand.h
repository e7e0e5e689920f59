// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "app/cli/commands/command.h"

namespace Lagoon::Cli {

/**
 * `environments PROJECT [--account NAME] [--json]`: a project's environments with type, deploy
 * type, route, namespace and last deployment. Exit codes: 0 listed, 1 no such project (or not
 * visible to the account), Lagoon refused or could not be reached (the cached list is printed then,
 * with a note on stderr), 2 wrong usage or no account.
 */
class EnvironmentsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::EnvironmentsCommand)

public:
    QString name() const override { return QStringLiteral("environments"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    /** The namespace of an environment of the ProjectEnvironments answer. */
    static QString namespaceOf(const QJsonObject &environment);
};

} // namespace Lagoon::Cli
