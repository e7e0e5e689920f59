// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "app/cli/commands/command.h"

namespace Lagoon::Cli {

/**
 * `logout [--account NAME]`: forgets the account's tokens (in the keychain) and its cached data;
 * the account stays, ready for the next `login`. Exit codes: 0 signed out, 1 the keychain refused,
 * 2 wrong usage or no such account.
 */
class LogoutCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::LogoutCommand)

public:
    QString name() const override { return QStringLiteral("logout"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace Lagoon::Cli
