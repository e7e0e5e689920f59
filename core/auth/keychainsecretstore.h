// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/secretstore.h"

namespace QKeychain {
class Job;
}

namespace Lagoon {

/**
 * The OS keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet) on Linux, the
 * Keychain on macOS, the Credential Manager on Windows. Entries are named "<account>/<key>" under
 * `service` (the app id), so they can be found and deleted in the system's keychain tool.
 *
 * QtKeychain's plain-text fallback stays off: without a keychain the calls fail with
 * Error::Code::Unsupported and a message that says which service to start. A locked keychain that
 * the user refuses to unlock is PermissionDenied.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    void store(const QString &account, const QString &key, const QByteArray &secret, QObject *context,
               WriteCallback done) override;
    void read(const QString &account, const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &account, const QString &key, QObject *context, WriteCallback done) override;

private:
    enum class Operation
    {
        Store,
        Read,
        Delete,
    };

    static QString entryName(const QString &account, const QString &key);
    static Error errorOf(const QKeychain::Job *job, Operation operation);

    QString m_service;
};

} // namespace Lagoon
