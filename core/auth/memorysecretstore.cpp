// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/memorysecretstore.h"

#include "core/auth/deliverlater.h"

namespace Lagoon {

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent)
{
}

QString MemorySecretStore::entryName(const QString &account, const QString &key)
{
    // U+001F cannot appear in an account id or key, so no two pairs share a name.
    return account + QChar(0x1f) + key;
}

bool MemorySecretStore::contains(const QString &account, const QString &key) const
{
    return m_secrets.contains(entryName(account, key));
}

void MemorySecretStore::store(const QString &account, const QString &key, const QByteArray &secret, QObject *context,
                              WriteCallback done)
{
    m_secrets.insert(entryName(account, key), secret);
    deliverLater(context, std::move(done), Result<void>());
}

void MemorySecretStore::read(const QString &account, const QString &key, QObject *context, ReadCallback done)
{
    const auto it = m_secrets.constFind(entryName(account, key));
    Result<QByteArray> result = it != m_secrets.cend()
                                    ? Result<QByteArray>(*it)
                                    : makeError(Error::Code::NotFound, tr("No secret is stored for this account"), key);
    deliverLater(context, std::move(done), result);
}

void MemorySecretStore::remove(const QString &account, const QString &key, QObject *context, WriteCallback done)
{
    m_secrets.remove(entryName(account, key));
    deliverLater(context, std::move(done), Result<void>());
}

} // namespace Lagoon
