// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/lagoonaccess.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>

#include "app/cli/commands/command.h"
#include "app/cli/commands/trackedsecretstore.h"
#include "core/accounts/accountstore.h"
#include "core/auth/accounttokenprovider.h"
#include "core/auth/keychainsecretstore.h"
#include "core/remote/cache/lagooncache.h"
#include "core/remote/lagoonsession.h"
#include "core/settings/settings.h"

namespace Lagoon::Cli {

namespace {

constexpr int KeychainWriteTimeoutMs = 15000;

// The GUI's names (app/gui/main.cpp, guiapplication.cpp): both sides share accounts and cache.
const QString AppFolder = QStringLiteral("lagoon-desktop");

} // namespace

LagoonAccess::LagoonAccess()
    : m_network(new QNetworkAccessManager(&m_root))
    , m_settings(new Settings(new QSettings(QSettings::IniFormat, QSettings::UserScope, AppFolder, AppFolder), &m_root))
    , m_keychain(new KeychainSecretStore(QStringLiteral(LAGOON_APP_ID), &m_root))
    , m_secrets(new TrackedSecretStore(m_keychain, &m_root))
    , m_accounts(new AccountStore(m_settings, m_secrets, &m_root))
{
}

LagoonAccess::~LagoonAccess()
{
    if (!m_secrets->waitForWrites(KeychainWriteTimeoutMs))
        QTextStream(stderr) << tr("The keychain did not confirm that it saved the renewed sign-in.") << Qt::endl;
    m_settings->sync();
}

SecretStore *LagoonAccess::secrets() const
{
    return m_secrets;
}

QString LagoonAccess::cacheRoot()
{
    return LagoonCache::defaultRoot();
}

std::optional<Account> LagoonAccess::find(const QString &name) const
{
    if (const std::optional<Account> byId = m_accounts->account(name))
        return byId;
    for (const Account &account : m_accounts->accounts()) {
        if (account.displayName == name)
            return account;
    }
    return std::nullopt;
}

bool LagoonAccess::isAmbiguous(const QString &name) const
{
    if (m_accounts->account(name))
        return false;
    const QList<Account> all = m_accounts->accounts();
    return std::count_if(all.cbegin(), all.cend(), [&name](const Account &a) { return a.displayName == name; }) > 1;
}

std::optional<Account> LagoonAccess::select(const QString &name, QTextStream &err) const
{
    printLoadErrors(err);
    if (name.isEmpty()) {
        if (const std::optional<Account> chosen = m_accounts->account(m_accounts->defaultAccountId()))
            return chosen;
        err << tr("There is no Lagoon account yet. Sign in first, for example: "
                  "lagoon-desktop-cli login --api https://api.example.com/graphql --browser")
            << Qt::endl;
        return std::nullopt;
    }
    if (isAmbiguous(name)) {
        err << tr("More than one account is called %1: name it by its id (see 'lagoon-desktop-cli accounts --json').")
                   .arg(name)
            << Qt::endl;
        return std::nullopt;
    }
    if (const std::optional<Account> account = find(name))
        return account;
    err << tr("There is no Lagoon account called %1 (see 'lagoon-desktop-cli accounts').").arg(name) << Qt::endl;
    return std::nullopt;
}

LagoonSession *LagoonAccess::openSession(const Account &account)
{
    AccountTokenProvider *tokens = m_accounts->createTokenProvider(account, m_network, &m_root);
    // A renewed sign-in the keychain did not keep is lost when this process ends: say so now.
    QObject::connect(tokens, &AccountTokenProvider::storeFailed, &m_root, [](const Error &error) {
        QTextStream(stderr) << tr("The keychain did not keep the renewed sign-in (%1); the next command may ask you "
                                  "to sign in again.")
                                   .arg(error.message)
                            << Qt::endl;
    });
    return new LagoonSession(m_network, account.id, account.apiUrl, tokens->provider(), cacheRoot(), &m_root);
}

Result<LagoonAnswer> LagoonAccess::fetch(LagoonSession *session, const QString &operation, const QJsonObject &variables,
                                         const QString &cacheKey)
{
    Result<LagoonAnswer> answer = waitForResult<Result<LagoonAnswer>>([&](QObject *context, auto done) {
        session->fetch(operation, variables, cacheKey, context, done);
    });
    if (answer && answer->fromCache && answer->error && !LagoonSession::isUnreachable(*answer->error))
        return std::unexpected(*answer->error);
    return answer;
}

QCommandLineOption LagoonAccess::accountOption()
{
    return QCommandLineOption(QStringLiteral("account"), tr("The account (name or id; default: the default account)."),
                              tr("NAME"));
}

QCommandLineOption LagoonAccess::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON instead of text."));
}

std::optional<int> LagoonAccess::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                       QTextStream &out, QTextStream &err)
{
    if (!parser.parse(QStringList{QStringLiteral("lagoon-desktop-cli ") + command} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

void LagoonAccess::printError(const Error &error, QTextStream &err)
{
    err << error.message << Qt::endl;
    if (!error.detail.isEmpty() && error.detail != error.message)
        err << QStringLiteral("  (") << error.detail << QLatin1Char(')') << Qt::endl;
}

int LagoonAccess::reportFailure(const Error &error, const Account &account, QTextStream &err)
{
    printError(error, err);
    if (error.code == Error::Code::Unauthorized) {
        err << tr("Sign in again: lagoon-desktop-cli login --account %1").arg(account.displayName) << Qt::endl;
    }
    return ExitProblems;
}

void LagoonAccess::printLoadErrors(QTextStream &err) const
{
    for (const Error &error : m_accounts->loadErrors())
        printError(error, err);
}

} // namespace Lagoon::Cli
