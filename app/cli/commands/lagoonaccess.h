// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include "core/accounts/account.h"
#include "core/remote/lagoonsession.h"
#include "core/util/error.h"

class QCommandLineParser;

class QNetworkAccessManager;

namespace Lagoon {
class AccountStore;
class KeychainSecretStore;
class SecretStore;
class Settings;
} // namespace Lagoon

namespace Lagoon::Cli {

class TrackedSecretStore;

/**
 * What the Lagoon commands share with the app: its accounts (the app's own settings file), the
 * keychain for their tokens, and the cache of Lagoon's last answers, so an account signed in on
 * either side works on the other. One per command run; its destructor waits for keychain writes.
 */
class LagoonAccess final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::LagoonAccess)
    Q_DISABLE_COPY_MOVE(LagoonAccess)

public:
    LagoonAccess();
    ~LagoonAccess();

    AccountStore *accounts() const { return m_accounts; }
    SecretStore *secrets() const;
    QNetworkAccessManager *network() const { return m_network; }
    /** Where the app and the CLI keep their LagoonCache folders (LagoonCache::defaultRoot()). */
    static QString cacheRoot();

    /**
     * The account called `name` (its id, else its display name), or the default account when
     * `name` is empty. Prints why there is none to `err`.
     */
    std::optional<Account> select(const QString &name, QTextStream &err) const;
    /** The account whose id or display name is `name`, without printing anything. */
    std::optional<Account> find(const QString &name) const;
    /** More than one account is called `name`. */
    bool isAmbiguous(const QString &name) const;

    /** A session for `account` whose tokens come from the keychain, renewed when needed. */
    LagoonSession *openSession(const Account &account);
    /**
     * Runs `operation` and waits for it. The cached answer comes back (fromCache) only when Lagoon
     * cannot be reached; any other failure is the result, so a refused token is never hidden
     * behind old data.
     */
    static Result<LagoonAnswer> fetch(LagoonSession *session, const QString &operation, const QJsonObject &variables,
                                      const QString &cacheKey);

    /** --account NAME, as every command that talks to a Lagoon takes it. */
    static QCommandLineOption accountOption();
    /** --json, as every listing command takes it. */
    static QCommandLineOption jsonOption();
    /**
     * Parses `arguments` of `command`; an exit code when the command should stop (a usage error,
     * or --help printed), else nullopt.
     */
    static std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                    QTextStream &out, QTextStream &err);

    /** The message, and the technical detail indented below it when there is one. */
    static void printError(const Error &error, QTextStream &err);
    /**
     * Prints a failed API call for `account` with what to do next: sign in again after a refused
     * token. Returns the exit code for it.
     */
    static int reportFailure(const Error &error, const Account &account, QTextStream &err);
    /** Prints why saved accounts could not be read. */
    void printLoadErrors(QTextStream &err) const;

private:
    QObject m_root;
    QNetworkAccessManager *m_network;
    Settings *m_settings;
    KeychainSecretStore *m_keychain;
    TrackedSecretStore *m_secrets;
    AccountStore *m_accounts;
};

/**
 * Runs the event loop until the asynchronous call made by `start(context, callback)` delivers,
 * and returns what it delivered. The CLI runs one thing at a time, so it simply waits.
 */
template <typename T, typename Start>
T waitForResult(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    start(&loop, [&result, &loop](const T &value) {
        result = value;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace Lagoon::Cli
