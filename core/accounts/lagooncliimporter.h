// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

#include "core/accounts/account.h"
#include "core/util/error.h"

class QObject;

namespace Lagoon {

class AccountStore;
class LagoonCliConfig;

/**
 * Turns a lagoon-cli context into a Lagoon Desktop account. The context's plain-text token is
 * copied into the SecretStore only when the user asks for it (TokenChoice::Import), and the result
 * then says that lagoon-cli's file still holds it: importing never removes it from there.
 */
class LagoonCliImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonCliImporter)

public:
    enum class TokenChoice
    {
        Leave,
        Import,
    };

    struct Outcome
    {
        Account account;
        bool tokenImported = false;
        /**
         * Translated: that the context was merged into an account, where the plain-text token still
         * is, or why it was not imported; may be empty.
         */
        QString notice;
        /** The context went into an account that was already there (the same API URL). */
        bool merged = false;
    };
    using Callback = std::function<void(const Result<Outcome> &outcome)>;

    /**
     * Saves the context `name` as an account: a new one, or the existing account with the same API
     * URL, so that contexts sharing an API become one account (Outcome::merged, and the notice
     * says so). A merged account keeps its id, name and sign-in; it takes the context's SSH details
     * with the context's token, else only when it has none. A token is imported only when asked,
     * and never when it has expired or the account's own token lasts at least as long. NotFound for
     * an unknown context, ParseFailed for one without an API address or with a plain http:// one
     * (normalizeLagoonUrl); AccountStore and SecretStore errors otherwise. `done` runs once through
     * `context`.
     */
    static void importContext(AccountStore *store, const LagoonCliConfig &config, const QString &name,
                              TokenChoice tokens, QObject *context, Callback done);
};

} // namespace Lagoon
