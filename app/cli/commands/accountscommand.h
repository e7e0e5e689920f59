// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "app/cli/commands/command.h"

class QCommandLineParser;

namespace Lagoon::Cli {

class LagoonAccess;

/**
 * The Lagoon accounts the app and the CLI share:
 *
 * - `accounts [--json]`: each account with its API, user, sign-in method, whether it is signed in
 *   and when its token expires (read from the keychain; tokens are never printed).
 * - `accounts import-lagoon-cli [CONTEXT...] [--with-token] [--file FILE]`: lagoon-cli's contexts
 *   (~/.lagoon.yml) as accounts; their plain-text tokens go to the keychain only with --with-token.
 * - `accounts remove NAME`: the account, its tokens and its cached data.
 *
 * Exit codes: 0 done, 1 the keychain or an import failed, 2 wrong usage, an unknown account or an
 * unreadable lagoon-cli file.
 */
class AccountsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::AccountsCommand)

public:
    QString name() const override { return QStringLiteral("accounts"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static int list(LagoonAccess &access, bool json, QTextStream &out, QTextStream &err);
    static int importLagoonCli(LagoonAccess &access, const QCommandLineParser &parser, const QStringList &contexts,
                               QTextStream &out, QTextStream &err);
    static int remove(LagoonAccess &access, const QString &name, QTextStream &out, QTextStream &err);
};

} // namespace Lagoon::Cli
