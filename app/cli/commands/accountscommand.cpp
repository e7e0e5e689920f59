// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/accountscommand.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include "app/cli/commands/lagoonaccess.h"
#include "app/cli/commands/remoteoutput.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/lagooncliconfig.h"
#include "core/accounts/lagooncliimporter.h"
#include "core/auth/tokenset.h"
#include "core/remote/cache/lagooncache.h"

namespace Lagoon::Cli {

namespace {

/** What the keychain says about an account's sign-in. */
struct SignInState
{
    QString status; ///< signed-in, renewable, expired, signed-out or unknown
    QDateTime expiresAt;
};

SignInState signInState(SecretStore *secrets, const Account &account, std::optional<Error> &keychainError)
{
    const Result<QByteArray> secret = waitForResult<Result<QByteArray>>([&](QObject *context, auto done) {
        secrets->read(account.id, TokenSet::secretKey(), context, done);
    });
    if (!secret) {
        if (secret.error().code == Error::Code::NotFound)
            return {QStringLiteral("signed-out"), {}};
        keychainError = secret.error();
        return {QStringLiteral("unknown"), {}};
    }
    const Result<TokenSet> tokens = TokenSet::fromSecret(*secret);
    if (!tokens || tokens->isEmpty())
        return {QStringLiteral("signed-out"), {}};
    if (!tokens->expiresWithin(std::chrono::milliseconds(0), QDateTime::currentDateTimeUtc()))
        return {QStringLiteral("signed-in"), tokens->expiresAt};
    // Browser sign-ins renew with their refresh token, SSH-key ones by asking the service again.
    const bool renewable = account.loginMethod == LoginMethod::SshKey ||
                           (account.loginMethod == LoginMethod::Browser && tokens->canRefresh());
    return {renewable ? QStringLiteral("renewable") : QStringLiteral("expired"), tokens->expiresAt};
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("signed-in"))
        return AccountsCommand::tr("signed in");
    if (status == QLatin1String("renewable"))
        return AccountsCommand::tr("signed in (token renews on use)");
    if (status == QLatin1String("expired"))
        return AccountsCommand::tr("expired: sign in again");
    if (status == QLatin1String("signed-out"))
        return AccountsCommand::tr("signed out");
    return AccountsCommand::tr("unknown (keychain unavailable)");
}

QString methodText(LoginMethod method)
{
    switch (method) {
    case LoginMethod::Browser:
        return AccountsCommand::tr("browser");
    case LoginMethod::SshKey:
        return AccountsCommand::tr("SSH key");
    case LoginMethod::PastedToken:
        return AccountsCommand::tr("token");
    }
    return {};
}

} // namespace

QString AccountsCommand::summary() const
{
    return tr("List, import (from lagoon-cli) and remove Lagoon accounts");
}

int AccountsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The Lagoon accounts Lagoon Desktop and its CLI share.\n\n"
           "  accounts                        each account, whether it is signed in, when its token expires\n"
           "  accounts import-lagoon-cli [CONTEXT...]\n"
           "                                  lagoon-cli's contexts (~/.lagoon.yml) as accounts\n"
           "  accounts remove NAME            the account, its sign-in and its cached data\n\n"
           "Exit codes: 0 done, 1 the keychain or an import failed, 2 wrong usage, an unknown account or "
           "context, or lagoon-cli's file cannot be read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("import-lagoon-cli or remove (default: list)."),
                                 QStringLiteral("[ACTION]"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("list: print JSON instead of text."));
    const QCommandLineOption withTokenOption(
        QStringLiteral("with-token"),
        tr("import-lagoon-cli: copy the contexts' tokens into the keychain too (lagoon-cli keeps its copy)."));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        tr("import-lagoon-cli: lagoon-cli's configuration (default: ~/.lagoon.yml)."),
                                        tr("FILE"));
    parser.addOptions({jsonOption, withTokenOption, fileOption});
    if (const auto stop = LagoonAccess::parse(parser, name(), arguments, out, err))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);

    if (action.isEmpty() || action == QLatin1String("list")) {
        if (positional.size() > 1) {
            err << tr("accounts takes no further arguments.") << Qt::endl;
            return ExitUsage;
        }
        LagoonAccess access;
        return list(access, parser.isSet(jsonOption), out, err);
    }
    if (action == QLatin1String("import-lagoon-cli")) {
        LagoonAccess access;
        return importLagoonCli(access, parser, positional.mid(1), out, err);
    }
    if (action == QLatin1String("remove")) {
        if (positional.size() != 2) {
            err << tr("Usage: lagoon-desktop-cli accounts remove NAME") << Qt::endl;
            return ExitUsage;
        }
        LagoonAccess access;
        return remove(access, positional.at(1), out, err);
    }
    err << tr("Unknown accounts action '%1': use import-lagoon-cli or remove.").arg(action) << Qt::endl;
    return ExitUsage;
}

int AccountsCommand::list(LagoonAccess &access, bool json, QTextStream &out, QTextStream &err)
{
    access.printLoadErrors(err);
    AccountStore *store = access.accounts();
    const QString defaultId = store->defaultAccountId();
    std::optional<Error> keychainError;
    QJsonArray array;
    QList<QStringList> rows{{QString(), tr("NAME"), tr("API"), tr("USER"), tr("SIGN-IN"), tr("STATUS"),
                             tr("TOKEN EXPIRES")}};
    const QList<Account> accounts = store->accounts();
    for (const Account &account : accounts) {
        const SignInState state = signInState(access.secrets(), account, keychainError);
        array.append(QJsonObject{
            {QStringLiteral("id"), account.id},
            {QStringLiteral("name"), account.displayName},
            {QStringLiteral("api"), account.apiUrl.toString()},
            {QStringLiteral("user"), account.username.isEmpty() ? QJsonValue() : QJsonValue(account.username)},
            {QStringLiteral("method"), loginMethodName(account.loginMethod)},
            {QStringLiteral("default"), account.id == defaultId},
            {QStringLiteral("status"), state.status},
            {QStringLiteral("tokenExpires"), RemoteOutput::jsonTime(state.expiresAt)},
        });
        rows.append({account.id == defaultId ? QStringLiteral("*") : QString(), account.displayName,
                     account.apiUrl.toString(), RemoteOutput::cell(account.username), methodText(account.loginMethod),
                     statusText(state.status), RemoteOutput::localTime(state.expiresAt)});
    }
    if (json) {
        RemoteOutput::printJson(out, QJsonObject{{QStringLiteral("accounts"), array}});
    } else if (accounts.isEmpty()) {
        err << tr("There are no Lagoon accounts yet: add one with 'lagoon-desktop-cli login --api URL' or "
                  "'lagoon-desktop-cli accounts import-lagoon-cli'.")
            << Qt::endl;
    } else {
        RemoteOutput::printTable(out, rows);
    }
    if (keychainError) {
        LagoonAccess::printError(*keychainError, err);
        return ExitProblems;
    }
    return ExitOk;
}

int AccountsCommand::importLagoonCli(LagoonAccess &access, const QCommandLineParser &parser, const QStringList &contexts,
                                     QTextStream &out, QTextStream &err)
{
    access.printLoadErrors(err);
    const QString file = parser.isSet(QStringLiteral("file")) ? parser.value(QStringLiteral("file"))
                                                               : LagoonCliConfig::defaultPath();
    // A missing, unreadable or broken file is a file that could not be read (command.h): usage.
    const Result<LagoonCliConfig> config = LagoonCliConfig::read(file);
    if (!config) {
        LagoonAccess::printError(config.error(), err);
        return ExitUsage;
    }
    QStringList names = contexts;
    QStringList known;
    for (const LagoonCliContext &context : config->contexts())
        known.append(context.name);
    if (names.isEmpty())
        names = known;
    // A context that is not there is a wrong argument, like an unknown account: nothing is imported.
    for (const QString &name : std::as_const(names)) {
        if (!known.contains(name)) {
            err << tr("lagoon-cli has no context named %1 (it has: %2).").arg(name, known.join(QStringLiteral(", ")))
                << Qt::endl;
            return ExitUsage;
        }
    }
    const LagoonCliImporter::TokenChoice tokens = parser.isSet(QStringLiteral("with-token"))
                                                      ? LagoonCliImporter::TokenChoice::Import
                                                      : LagoonCliImporter::TokenChoice::Leave;
    int exitCode = ExitOk;
    for (const QString &name : std::as_const(names)) {
        const Result<LagoonCliImporter::Outcome> outcome =
            waitForResult<Result<LagoonCliImporter::Outcome>>([&](QObject *context, auto done) {
                LagoonCliImporter::importContext(access.accounts(), *config, name, tokens, context, done);
            });
        if (!outcome) {
            err << tr("%1: not imported:").arg(name) << Qt::endl;
            LagoonAccess::printError(outcome.error(), err);
            exitCode = ExitProblems;
            continue;
        }
        // Contexts that share an API URL become one account; say so instead of counting it twice.
        if (outcome->merged)
            out << (outcome->tokenImported
                        ? tr("%1: merged into the account %2 (%3), which has the same API URL; signed in with its "
                             "token.")
                        : tr("%1: merged into the account %2 (%3), which has the same API URL."))
                       .arg(name, outcome->account.displayName, outcome->account.apiUrl.toString())
                << Qt::endl;
        else
            out << (outcome->tokenImported ? tr("%1: imported as the account %2 (%3), signed in with its token.")
                                           : tr("%1: imported as the account %2 (%3)."))
                       .arg(name, outcome->account.displayName, outcome->account.apiUrl.toString())
                << Qt::endl;
        if (!outcome->notice.isEmpty())
            err << QStringLiteral("  ") << outcome->notice << Qt::endl;
    }
    return exitCode;
}

int AccountsCommand::remove(LagoonAccess &access, const QString &name, QTextStream &out, QTextStream &err)
{
    const std::optional<Account> account = access.select(name, err);
    if (!account)
        return ExitUsage;
    const Result<void> removed = waitForResult<Result<void>>(
        [&](QObject *context, auto done) { access.accounts()->remove(account->id, context, done); });
    // Cached projects and deployments are the account's data too; nothing of it stays behind.
    LagoonCache(account->id, LagoonAccess::cacheRoot()).clear();
    if (!removed) {
        err << tr("Removed the account %1, but not its sign-in:").arg(account->displayName) << Qt::endl;
        LagoonAccess::printError(removed.error(), err);
        return ExitProblems;
    }
    out << tr("Removed the account %1 and its sign-in.").arg(account->displayName) << Qt::endl;
    return ExitOk;
}

} // namespace Lagoon::Cli
