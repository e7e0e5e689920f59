// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/accounts/accountstore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "core/auth/accounttokenprovider.h"
#include "core/auth/tokenset.h"
#include "core/settings/settings.h"

namespace Lagoon {

namespace {

constexpr int FormatVersion = 1;

QUrl normalizedApi(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

} // namespace

AccountStore::AccountStore(Settings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets)
{
    load();
}

void AccountStore::load()
{
    m_accounts.clear();
    m_loadErrors.clear();
    const QString stored = m_settings->value(SettingKeys::Accounts);
    if (stored.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8(), &parseError);
    if (!document.isObject()) {
        m_loadErrors << Error{Error::Code::ParseFailed, tr("The saved Lagoon accounts cannot be read"),
                              parseError.errorString()};
        return;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1StringView("version")).toInt() > FormatVersion) {
        m_loadErrors << Error{Error::Code::Unsupported,
                              tr("The saved Lagoon accounts were written by a newer Lagoon Desktop"),
                              QString::number(root.value(QLatin1StringView("version")).toInt())};
        return;
    }
    const QJsonArray list = root.value(QLatin1StringView("accounts")).toArray();
    for (const QJsonValue &value : list) {
        Result<Account> account = Account::fromJson(value.toObject());
        if (!account) {
            m_loadErrors << account.error();
            continue;
        }
        if (this->account(account->id)) {
            m_loadErrors << Error{Error::Code::ParseFailed, tr("A saved Lagoon account appears twice"), account->id};
            continue;
        }
        m_accounts << *account;
    }
}

void AccountStore::refresh()
{
    // Picks up what another process (the CLI, the app) wrote since we last looked.
    m_settings->sync();
    load();
}

void AccountStore::write()
{
    QJsonArray list;
    for (const Account &account : std::as_const(m_accounts))
        list.append(account.toJson());
    const QJsonObject root{{QStringLiteral("version"), FormatVersion}, {QStringLiteral("accounts"), list}};
    m_settings->setValue(SettingKeys::Accounts, QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)));
    m_settings->sync();
}

std::optional<Account> AccountStore::account(const QString &id) const
{
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::accountForApi(const QUrl &apiUrl) const
{
    const QUrl wanted = normalizedApi(apiUrl);
    for (const Account &account : m_accounts) {
        if (normalizedApi(account.apiUrl) == wanted)
            return account;
    }
    return std::nullopt;
}

QString AccountStore::defaultAccountId() const
{
    const QString chosen = m_settings->value(SettingKeys::DefaultAccount);
    if (account(chosen))
        return chosen;
    return m_accounts.isEmpty() ? QString() : m_accounts.constFirst().id;
}

void AccountStore::setDefaultAccount(const QString &id)
{
    refresh();
    m_settings->setValue(SettingKeys::DefaultAccount, id);
    m_settings->sync();
    Q_EMIT accountsChanged();
}

Result<void> AccountStore::save(const Account &account)
{
    if (!account.isValid())
        return makeError(Error::Code::ParseFailed, tr("A Lagoon account needs an id and the address of its API"),
                         account.apiUrl.toString());
    refresh();
    bool replaced = false;
    for (Account &existing : m_accounts) {
        if (existing.id == account.id) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        m_accounts << account;
    write();
    Q_EMIT accountsChanged();
    return {};
}

void AccountStore::remove(const QString &id, QObject *context, SecretStore::WriteCallback done)
{
    refresh();
    const qsizetype removed = m_accounts.removeIf([&id](const Account &account) { return account.id == id; });
    if (removed > 0) {
        if (m_settings->value(SettingKeys::DefaultAccount) == id)
            m_settings->setValue(SettingKeys::DefaultAccount, QString());
        write();
        Q_EMIT accountsChanged();
    }
    // Also when the account was unknown here: a token left behind by a failed removal goes too.
    m_secrets->remove(id, TokenSet::secretKey(), context, std::move(done));
}

AccountTokenProvider *AccountStore::createTokenProvider(const Account &account, QNetworkAccessManager *network,
                                                        QObject *parent) const
{
    auto *provider = new AccountTokenProvider(account.id, account.loginMethod, m_secrets, network, parent);
    provider->setIssuer(account.issuerUrl(), account.clientId);
    provider->setSshOptions(account.sshOptions());
    return provider;
}

} // namespace Lagoon
