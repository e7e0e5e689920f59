// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>

#include "core/auth/secretstore.h"

namespace Lagoon {

/**
 * A SecretStore that forgets everything when destroyed: for tests, and for a CLI run that was
 * told not to touch the keychain. Behaves like the keychain (asynchronous, NotFound when missing).
 */
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void store(const QString &account, const QString &key, const QByteArray &secret, QObject *context,
               WriteCallback done) override;
    void read(const QString &account, const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &account, const QString &key, QObject *context, WriteCallback done) override;

    /** How many secrets are held, for tests that check nothing was left behind. */
    qsizetype size() const { return m_secrets.size(); }
    bool contains(const QString &account, const QString &key) const;

private:
    static QString entryName(const QString &account, const QString &key);

    QHash<QString, QByteArray> m_secrets;
};

} // namespace Lagoon
