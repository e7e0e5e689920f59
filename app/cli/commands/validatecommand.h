// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "app/cli/commands/command.h"
#include "core/diagnostics/diagnostic.h"

namespace Lagoon::Cli {

/**
 * `validate [DIR] [--format text|json] [--strict]`: Lagoon's rules over the project, printed
 * like a compiler's messages (`file:line:col: severity: message [rule]`) or as JSON.
 */
class ValidateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    /** One diagnostic as a compiler-style line. */
    static QString formatLine(const Diagnostic &diagnostic);
    /** Validation findings plus the planner's, without a second finding at the same place. */
    static Diagnostics mergeProblems(const Diagnostics &validation, const Diagnostics &plan);
};

} // namespace Lagoon::Cli
