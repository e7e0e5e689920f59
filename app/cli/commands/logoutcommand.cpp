// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/logoutcommand.h"

#include <QCommandLineParser>

#include "app/cli/commands/lagoonaccess.h"
#include "core/auth/secretstore.h"
#include "core/auth/tokenset.h"
#include "core/remote/cache/lagooncache.h"

namespace Lagoon::Cli {

QString LogoutCommand::summary() const
{
    return tr("Sign out of a Lagoon account: its tokens leave the keychain");
}

int LogoutCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("The account stays; 'accounts remove NAME' removes it. Exit codes: 0 signed out, 1 the keychain "
           "refused, 2 wrong usage or no such account."));
    parser.addHelpOption();
    const QCommandLineOption accountOption = LagoonAccess::accountOption();
    parser.addOption(accountOption);
    if (const auto stop = LagoonAccess::parse(parser, name(), arguments, out, err))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("logout takes no arguments; use --account to choose the account.") << Qt::endl;
        return ExitUsage;
    }

    LagoonAccess access;
    const std::optional<Account> account = access.select(parser.value(accountOption), err);
    if (!account)
        return ExitUsage;
    const Result<void> removed = waitForResult<Result<void>>([&](QObject *context, auto done) {
        access.secrets()->remove(account->id, TokenSet::secretKey(), context, done);
    });
    if (!removed) {
        LagoonAccess::printError(removed.error(), err);
        return ExitProblems;
    }
    // What this sign-in saw goes with it.
    LagoonCache(account->id, LagoonAccess::cacheRoot()).clear();
    out << tr("Signed out of %1.").arg(account->displayName) << Qt::endl;
    return ExitOk;
}

} // namespace Lagoon::Cli
