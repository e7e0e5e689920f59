// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/accounts/lagooncliimporter.h"

#include <QDir>

#include "core/accounts/accountstore.h"
#include "core/accounts/lagooncliconfig.h"
#include "core/auth/deliverlater.h"
#include "core/auth/tokenset.h"
#include "core/remote/normalizelagoonurl.h"

namespace Lagoon {

void LagoonCliImporter::importContext(AccountStore *store, const LagoonCliConfig &config, const QString &name,
                                      TokenChoice tokens, QObject *context, Callback done)
{
    const QList<LagoonCliContext> contexts = config.contexts();
    const auto found = std::find_if(contexts.cbegin(), contexts.cend(),
                                    [&name](const LagoonCliContext &candidate) { return candidate.name == name; });
    if (found == contexts.cend()) {
        deliverLater(context, std::move(done),
                     Result<Outcome>(makeError(Error::Code::NotFound,
                                               tr("lagoon-cli has no context named %1").arg(name), config.fileName())));
        return;
    }
    Account account = found->account;
    // lagoon-cli talks to any address; the tokens of an account here never go over plain http.
    const Result<QUrl> api = normalizeLagoonUrl(account.apiUrl.toString(), LagoonUrlKind::Api);
    if (!api || api->isEmpty()) {
        deliverLater(
            context, std::move(done),
            Result<Outcome>(makeError(Error::Code::ParseFailed,
                                      api ? tr("The context %1 names no API address").arg(name) : api.error().message,
                                      config.fileName())));
        return;
    }
    account.apiUrl = *api;
    const std::optional<Account> existing = store->accountForApi(account.apiUrl);
    if (existing) {
        const Account imported = account;
        account = *existing;
        account.sshHost = imported.sshHost;
        account.sshPort = imported.sshPort;
        if (!imported.sshKeyFile.isEmpty())
            account.sshKeyFile = imported.sshKeyFile;
    }
    if (const Result<void> saved = store->save(account); !saved) {
        deliverLater(context, std::move(done), Result<Outcome>(std::unexpected(saved.error())));
        return;
    }
    Outcome outcome{account, false, {}};
    const QString file = QDir::toNativeSeparators(config.fileName());
    if (!found->hasStoredToken) {
        deliverLater(context, std::move(done), Result<Outcome>(outcome));
        return;
    }
    if (tokens == TokenChoice::Leave) {
        outcome.notice = tr("%1 holds a token for this account in plain text; it was not imported.").arg(file);
        deliverLater(context, std::move(done), Result<Outcome>(outcome));
        return;
    }
    if (existing && existing->loginMethod == LoginMethod::Browser) {
        // Its browser sign-in holds a refresh token that a bare lagoon-cli token would replace.
        outcome.notice =
            tr("This account signs in through the browser, so the token in %1 was not imported.").arg(file);
        deliverLater(context, std::move(done), Result<Outcome>(outcome));
        return;
    }
    const Result<TokenSet> token = TokenSet::fromAccessToken(config.storedToken(name));
    if (!token) {
        outcome.notice = tr("The token in %1 is not a token Lagoon Desktop can read; it was not imported.").arg(file);
        deliverLater(context, std::move(done), Result<Outcome>(outcome));
        return;
    }
    store->secrets()->store(account.id, TokenSet::secretKey(), token->toSecret(), context,
                            [outcome, file, done = std::move(done)](const Result<void> &stored) mutable {
                                if (!stored) {
                                    done(std::unexpected(stored.error()));
                                    return;
                                }
                                outcome.tokenImported = true;
                                outcome.notice =
                                    tr("The token is now in your keychain. %1 still holds it in plain text, where "
                                       "lagoon-cli keeps using it; remove it there if you no longer need it.")
                                        .arg(file);
                                done(outcome);
                            });
}

} // namespace Lagoon
