// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QCoreApplication>

#include "app/cli/commands/command.h"
#include "core/accounts/account.h"

class QCommandLineParser;

namespace Lagoon::Cli {

class LagoonAccess;

/**
 * `login [--account NAME] [--api URL] (--browser [--no-open] | --ssh [--ssh-key FILE] | --token-stdin)`:
 * signs an account in (AccountSignIn), adding it first when --api names a Lagoon that has no
 * account yet (its discovery document fills in the rest).
 *
 * --browser prints the address to open and waits for the browser to come back to the loopback
 * port; it starts xdg-open only in a desktop session (DISPLAY or WAYLAND_DISPLAY) and without
 * --no-open. --ssh asks Lagoon's SSH token service. --token-stdin reads the token from standard
 * input: a secret never goes on the command line, where other users' `ps` can read it. Tokens go
 * to the keychain only, and only after the API accepted them (the `Me` query).
 *
 * Exit codes: 0 signed in, 1 the sign-in failed (refused, cancelled, timed out, unreachable),
 * 2 wrong usage.
 */
class LoginCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::LoginCommand)

public:
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    /** The account to sign in: an existing one, or a new one from --api and discovery. */
    static std::optional<Account> resolveAccount(LagoonAccess &access, const QCommandLineParser &parser, int &exitCode,
                                                 QTextStream &err);
    /** Fills in the sign-in servers `account` lacks from its API's discovery document, when it has one. */
    static void completeFromDiscovery(LagoonAccess &access, Account &account);
    /** All of standard input (a terminal: one line, not echoed), trimmed. */
    static QString readTokenFromStdin(QTextStream &err);
    static void openInBrowser(const QUrl &url, bool allowed);
};

} // namespace Lagoon::Cli
