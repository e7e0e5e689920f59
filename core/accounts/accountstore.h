// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QList>
#include <QObject>

#include "core/accounts/account.h"
#include "core/auth/secretstore.h"
#include "core/util/error.h"

class QNetworkAccessManager;

namespace Lagoon {

class AccountTokenProvider;
class Settings;

/**
 * The user's Lagoon accounts: kept in Settings (SettingKeys::Accounts, as JSON) without any secret,
 * their tokens in the SecretStore under each account's id. Accounts that cannot be read from the
 * settings are skipped and reported by loadErrors(), never dropped from the file until the next
 * change. Lives in one thread.
 *
 * The app and the CLI share the settings file, each with a store of its own: every change first
 * reads the file again (QSettings::sync()), applies itself to what is there and writes it back at
 * once, so that neither drops what the other changed meanwhile.
 */
class AccountStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStore)

public:
    /** `settings` and `secrets` must outlive the store. */
    AccountStore(Settings *settings, SecretStore *secrets, QObject *parent = nullptr);

    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> account(const QString &id) const;
    /** The account whose API URL is `apiUrl` (trailing slashes ignored), if any. */
    std::optional<Account> accountForApi(const QUrl &apiUrl) const;

    /** The chosen default, else the first account; empty without accounts. */
    QString defaultAccountId() const;
    void setDefaultAccount(const QString &id);

    /** Adds the account, or replaces the one with its id. ParseFailed for an invalid account. */
    Result<void> save(const Account &account);
    /** Removes the account and its tokens from the SecretStore; `done` reports the latter. */
    void remove(const QString &id, QObject *context, SecretStore::WriteCallback done);

    SecretStore *secrets() const { return m_secrets; }
    /** A token provider set up for the account: its realm for browser sign-ins, its SSH service for SSH keys. */
    AccountTokenProvider *createTokenProvider(const Account &account, QNetworkAccessManager *network,
                                              QObject *parent) const;

    /** Why accounts in the settings were skipped (translated), empty when all were read. */
    QList<Error> loadErrors() const { return m_loadErrors; }

Q_SIGNALS:
    void accountsChanged();

private:
    void load();
    /** Reads the settings file again before a change (another process may have written it). */
    void refresh();
    void write();

    Settings *m_settings;
    SecretStore *m_secrets;
    QList<Account> m_accounts;
    QList<Error> m_loadErrors;
};

} // namespace Lagoon
