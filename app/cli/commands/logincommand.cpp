// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/logincommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>

#include "app/cli/commands/lagoonaccess.h"
#include "app/cli/commands/stopsignal.h"
#include "core/accounts/accountsignin.h"
#include "core/accounts/accountstore.h"
#include "core/remote/lagoondiscovery.h"
#include "core/remote/normalizelagoonurl.h"
#include "core/remote/remoteurls.h"

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Lagoon::Cli {

QString LoginCommand::summary() const
{
    return tr("Sign in to a Lagoon account (browser, SSH key or a token on stdin)");
}

int LoginCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("With --api for a Lagoon that has no account yet, the account is added (its discovery document "
           "fills in the rest). Tokens are kept in the system keychain only.\n"
           "Exit codes: 0 signed in, 1 the sign-in failed, 2 wrong usage."));
    parser.addHelpOption();
    const QCommandLineOption accountOption(
        QStringLiteral("account"), tr("The account (name or id; default: the default account, or for a new one "
                                      "the API's host)."),
        tr("NAME"));
    const QCommandLineOption apiOption(QStringLiteral("api"),
                                       tr("The Lagoon API's GraphQL address, e.g. https://api.example.com/graphql."),
                                       tr("URL"));
    const QCommandLineOption browserOption(QStringLiteral("browser"), tr("Sign in in the web browser."));
    const QCommandLineOption noOpenOption(QStringLiteral("no-open"),
                                          tr("--browser: only print the address, do not start a browser."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("--browser: seconds to wait for the browser (default 300)."),
                                           tr("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption sshOption(QStringLiteral("ssh"), tr("Get a token from Lagoon's SSH token service."));
    const QCommandLineOption sshKeyOption(QStringLiteral("ssh-key"),
                                          tr("--ssh: the private key (default: ssh-agent and ssh's own keys)."),
                                          tr("FILE"));
    const QCommandLineOption sshUserOption(QStringLiteral("ssh-user"),
                                           tr("--ssh: the user of the SSH token service (default: lagoon)."),
                                           tr("USER"));
    const QCommandLineOption tokenOption(QStringLiteral("token-stdin"),
                                         tr("Read a token from standard input and check it with Lagoon."));
    parser.addOptions({accountOption, apiOption, browserOption, noOpenOption, timeoutOption, sshOption, sshKeyOption,
                       sshUserOption, tokenOption});
    if (const auto stop = LagoonAccess::parse(parser, name(), arguments, out, err))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("login takes no arguments. A token is read from standard input with --token-stdin, never "
                  "from the command line.")
            << Qt::endl;
        return ExitUsage;
    }
    const int methods = int(parser.isSet(browserOption)) + int(parser.isSet(sshOption)) + int(parser.isSet(tokenOption));
    if (methods > 1) {
        err << tr("Choose one way to sign in: --browser, --ssh or --token-stdin.") << Qt::endl;
        return ExitUsage;
    }
    bool ok = false;
    const int timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeoutSeconds <= 0) {
        err << tr("--timeout takes a number of seconds, not '%1'").arg(parser.value(timeoutOption)) << Qt::endl;
        return ExitUsage;
    }
    QString token;
    if (parser.isSet(tokenOption)) {
        token = readTokenFromStdin(err);
        if (token.isEmpty()) {
            err << tr("No token on standard input: pipe it in, e.g. lagoon-desktop-cli login --token-stdin < "
                      "token.txt")
                << Qt::endl;
            return ExitUsage;
        }
    }

    LagoonAccess access;
    int exitCode = ExitOk;
    std::optional<Account> account = resolveAccount(access, parser, exitCode, err);
    if (!account)
        return exitCode;
    LoginMethod method = account->loginMethod;
    if (parser.isSet(browserOption)) {
        method = LoginMethod::Browser;
    } else if (parser.isSet(sshOption)) {
        method = LoginMethod::SshKey;
    } else if (parser.isSet(tokenOption)) {
        method = LoginMethod::PastedToken;
    } else if (!access.accounts()->account(account->id) || method == LoginMethod::PastedToken) {
        err << tr("Choose how to sign in: --browser, --ssh or --token-stdin.") << Qt::endl;
        return ExitUsage;
    }
    // An account imported from lagoon-cli knows no realm, and one added for the browser may lack the
    // SSH service: the discovery document has what the chosen method needs.
    const bool lacksServer = (method == LoginMethod::Browser && account->authServerUrl.isEmpty()) ||
                             (method == LoginMethod::SshKey && account->sshHost.isEmpty());
    if (lacksServer && access.accounts()->account(account->id))
        completeFromDiscovery(access, *account);
    if (parser.isSet(sshKeyOption))
        account->sshKeyFile = QDir::current().absoluteFilePath(parser.value(sshKeyOption));
    if (parser.isSet(sshUserOption))
        account->sshUser = parser.value(sshUserOption);

    AccountSignIn signIn(access.accounts(), access.network());
    signIn.setBrowserTimeout(std::chrono::seconds(timeoutSeconds));
    const bool mayOpen = !parser.isSet(noOpenOption) &&
                         (qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"));
    QObject::connect(&signIn, &AccountSignIn::openUrl, &signIn, [&err, mayOpen, timeoutSeconds](const QUrl &url) {
        err << tr("Open this address in your browser to sign in:") << Qt::endl
            << Qt::endl
            << QStringLiteral("  ") << url.toString(QUrl::FullyEncoded) << Qt::endl
            << Qt::endl
            << tr("Waiting for the browser (at most %n second(s); Ctrl-C cancels)...", nullptr, timeoutSeconds)
            << Qt::endl;
        openInBrowser(url, mayOpen);
    });
    QObject::connect(&signIn, &AccountSignIn::stageChanged, &signIn, [&err, &signIn](AccountSignIn::Stage stage) {
        if (stage == AccountSignIn::Stage::AskingSsh)
            err << tr("Asking the SSH token service at %1:%2...")
                       .arg(signIn.account().sshHost)
                       .arg(signIn.account().sshPort)
                << Qt::endl;
    });
    std::optional<Result<Account>> result;
    QEventLoop loop;
    QObject::connect(&signIn, &AccountSignIn::finished, &loop, [&result, &loop](const Result<Account> &r) {
        result = r;
        loop.quit();
    });
    StopSignal stop;
    QObject::connect(&stop, &StopSignal::triggered, &signIn, &AccountSignIn::cancel);
    signIn.start(*account, method, token);
    token.clear();
    if (!result)
        loop.exec();

    if (!*result) {
        err << tr("Signing in to %1 failed:").arg(account->displayName) << Qt::endl;
        LagoonAccess::printError(result->error(), err);
        return ExitProblems;
    }
    const Account &signedIn = **result;
    if (signedIn.username.isEmpty())
        out << tr("Signed in to %1 (the token belongs to no user, like a legacy admin token).")
                   .arg(signedIn.displayName)
            << Qt::endl;
    else
        out << tr("Signed in to %1 as %2.").arg(signedIn.displayName, signedIn.username) << Qt::endl;
    return ExitOk;
}

std::optional<Account> LoginCommand::resolveAccount(LagoonAccess &access, const QCommandLineParser &parser,
                                                    int &exitCode, QTextStream &err)
{
    exitCode = ExitUsage;
    const QString name = parser.value(QStringLiteral("account"));
    if (!parser.isSet(QStringLiteral("api")))
        return access.select(name, err);

    access.printLoadErrors(err);
    const Result<QUrl> typed = normalizeLagoonUrl(parser.value(QStringLiteral("api")), LagoonUrlKind::Api);
    if (!typed || typed->isEmpty()) {
        err << (typed ? tr("--api takes the https:// address of a Lagoon API, e.g. https://api.example.com/graphql")
                      : typed.error().message)
            << Qt::endl;
        return std::nullopt;
    }
    const QUrl api = *typed;
    const std::optional<Account> named = name.isEmpty() ? std::nullopt : access.find(name);
    if (std::optional<Account> existing = access.accounts()->accountForApi(api)) {
        if (named && named->id != existing->id) {
            err << tr("The account %1 is for another API; the account for %2 is %3.")
                       .arg(name, api.toString(), existing->displayName)
                << Qt::endl;
            return std::nullopt;
        }
        if (!name.isEmpty() && !named)
            existing->displayName = name;
        return existing;
    }
    if (named) {
        err << tr("The account %1 is for another API (%2).").arg(name, named->apiUrl.toString()) << Qt::endl;
        return std::nullopt;
    }

    LagoonDiscovery discovery(access.network());
    const Result<LagoonDiscoveryInfo> info = waitForResult<Result<LagoonDiscoveryInfo>>(
        [&](QObject *context, auto done) { discovery.discover(api, context, done); });
    if (info)
        return Account::fromDiscovery(*info, name);
    if (info.error().code == Error::Code::NotFound) {
        err << tr("%1 publishes no discovery document (Lagoon before 2.18?): only its API address is known.")
                   .arg(RemoteUrls::hostLabel(api))
            << Qt::endl;
        return Account::fromDiscovery(LagoonDiscoveryInfo::fromApiUrl(api), name);
    }
    LagoonAccess::printError(info.error(), err);
    exitCode = ExitProblems;
    return std::nullopt;
}

void LoginCommand::completeFromDiscovery(LagoonAccess &access, Account &account)
{
    LagoonDiscovery discovery(access.network());
    const Result<LagoonDiscoveryInfo> info = waitForResult<Result<LagoonDiscoveryInfo>>(
        [&](QObject *context, auto done) { discovery.discover(account.apiUrl, context, done); });
    // Without a document the sign-in itself says what is missing.
    if (!info)
        return;
    if (account.authServerUrl.isEmpty()) {
        account.authServerUrl = info->authorizationEndpoint;
        account.realm = info->realm;
        account.clientId = info->clientId;
    }
    if (account.sshHost.isEmpty() && !info->sshTokenHost.isEmpty()) {
        account.sshHost = info->sshTokenHost;
        if (info->sshTokenPort > 0)
            account.sshPort = info->sshTokenPort;
    }
}

QString LoginCommand::readTokenFromStdin(QTextStream &err)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        // Typed or pasted at a terminal: one line, not echoed, so it stays off the screen too.
        err << tr("Paste the token and press Enter: ") << Qt::flush;
        termios saved{};
        const bool quiet = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (quiet) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
        const QByteArray line = in.readLine();
        if (quiet)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
        return QString::fromUtf8(line).trimmed();
    }
#endif
    return QString::fromUtf8(in.readAll()).trimmed();
}

void LoginCommand::openInBrowser(const QUrl &url, bool allowed)
{
    if (!allowed)
        return;
    // Best effort: the address is printed anyway, and a missing xdg-open only means opening it by hand.
    QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
}

} // namespace Lagoon::Cli
