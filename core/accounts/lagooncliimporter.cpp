// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/accounts/lagooncliimporter.h"

#include <chrono>

#include <QDateTime>
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
    Account imported = found->account;
    // lagoon-cli talks to any address; the tokens of an account here never go over plain http.
    const Result<QUrl> api = normalizeLagoonUrl(imported.apiUrl.toString(), LagoonUrlKind::Api);
    if (!api || api->isEmpty()) {
        deliverLater(
            context, std::move(done),
            Result<Outcome>(makeError(Error::Code::ParseFailed,
                                      api ? tr("The context %1 names no API address").arg(name) : api.error().message,
                                      config.fileName())));
        return;
    }
    imported.apiUrl = *api;
    const std::optional<Account> existing = store->accountForApi(imported.apiUrl);
    const QString file = QDir::toNativeSeparators(config.fileName());
    QStringList notices;
    if (existing) {
        // One API, one account: contexts that share it become one account, and the report says so.
        notices
            << tr("%1 has the same API URL as the account %2 and was merged into it.").arg(name, existing->displayName);
    }

    // Whether the context's token goes to the keychain; decided before anything is saved.
    std::optional<TokenSet> token;
    if (found->hasStoredToken) {
        const Result<TokenSet> read = TokenSet::fromAccessToken(config.storedToken(name));
        if (tokens == TokenChoice::Leave) {
            notices << tr("%1 holds a token for this account in plain text; it was not imported.").arg(file);
        } else if (existing && existing->loginMethod == LoginMethod::Browser) {
            // Its browser sign-in holds a refresh token that a bare lagoon-cli token would replace.
            notices << tr("This account signs in through the browser, so the token in %1 was not imported.").arg(file);
        } else if (!read) {
            notices << tr("The token in %1 is not a token Lagoon Desktop can read; it was not imported.").arg(file);
        } else if (read->expiresWithin(std::chrono::milliseconds(0), QDateTime::currentDateTimeUtc())) {
            notices << tr("The token of %1 in %2 has expired; it was not imported.").arg(name, file);
        } else {
            token = *read;
        }
    }

    auto finish = [store, imported, existing, name, file, notices, context,
                   done = std::move(done)](std::optional<TokenSet> chosen, QStringList more) mutable {
        more = notices + more;
        Account account = imported;
        if (existing) {
            account = *existing;
            // The SSH details go with the token they renew; without one, they only fill a gap.
            if (chosen || existing->sshHost.isEmpty()) {
                account.sshHost = imported.sshHost;
                account.sshPort = imported.sshPort;
                if (!imported.sshKeyFile.isEmpty())
                    account.sshKeyFile = imported.sshKeyFile;
            }
        }
        if (const Result<void> saved = store->save(account); !saved) {
            deliverLater(context, std::move(done), Result<Outcome>(std::unexpected(saved.error())));
            return;
        }
        Outcome outcome{account, false, {}, existing.has_value()};
        if (!chosen) {
            outcome.notice = more.join(QLatin1Char(' '));
            deliverLater(context, std::move(done), Result<Outcome>(outcome));
            return;
        }
        store->secrets()->store(account.id, TokenSet::secretKey(), chosen->toSecret(), context,
                                [outcome, file, more, done = std::move(done)](const Result<void> &stored) mutable {
                                    if (!stored) {
                                        done(std::unexpected(stored.error()));
                                        return;
                                    }
                                    outcome.tokenImported = true;
                                    more << tr("The token is now in your keychain. %1 still holds it in plain text, "
                                               "where lagoon-cli keeps using it; remove it there if you no longer "
                                               "need it.")
                                                .arg(file);
                                    outcome.notice = more.join(QLatin1Char(' '));
                                    done(outcome);
                                });
    };
    if (!token || !existing) {
        finish(token, {});
        return;
    }
    // Never trade the token the account has for one that ends sooner.
    store->secrets()->read(
        existing->id, TokenSet::secretKey(), context,
        [offered = *token, name, finish = std::move(finish)](const Result<QByteArray> &secret) mutable {
            if (!secret && secret.error().code != Error::Code::NotFound) {
                finish(std::nullopt, {tr("The account's token could not be read from the keychain (%1), so the "
                                         "token of %2 was not imported.")
                                          .arg(secret.error().message, name)});
                return;
            }
            const Result<TokenSet> kept = secret ? TokenSet::fromSecret(*secret) : Result<TokenSet>(TokenSet{});
            const bool keptIsValid =
                kept && !kept->isEmpty() &&
                !kept->expiresWithin(std::chrono::milliseconds(0), QDateTime::currentDateTimeUtc());
            const bool importedLastsLonger = offered.expiresAt.isValid() && kept && kept->expiresAt.isValid() &&
                                             offered.expiresAt > kept->expiresAt && !kept->canRefresh();
            if (keptIsValid && !importedLastsLonger) {
                finish(std::nullopt, {tr("The account already has a token that lasts at least as long, so the token "
                                         "of %1 was not imported.")
                                          .arg(name)});
                return;
            }
            finish(offered, {});
        });
}

} // namespace Lagoon
