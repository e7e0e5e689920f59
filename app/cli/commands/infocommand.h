// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "app/cli/commands/command.h"

namespace Lagoon {
struct GitState;
struct ProjectFiles;
struct Error;
} // namespace Lagoon

namespace Lagoon::Cli {

/** `info [DIR] [--json]`: the project model — files found, their problems, git state. */
class InfoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static void printText(QTextStream &out, const ProjectFiles &files, const GitState &git, const Error *gitError);
};

} // namespace Lagoon::Cli
