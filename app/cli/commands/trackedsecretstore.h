// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/secretstore.h"

namespace Lagoon::Cli {

/**
 * Passes every call on to the keychain and counts the writes still under way. A CLI run ends as
 * soon as its command is done, while a renewed token may still be on its way to the keychain
 * (AccountTokenProvider writes it without waiting); the next run would then present a refresh
 * token the realm has already replaced. waitForWrites() lets the run end only after them.
 */
class TrackedSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackedSecretStore)

public:
    /** `inner` must outlive this store. */
    explicit TrackedSecretStore(SecretStore *inner, QObject *parent = nullptr);

    void store(const QString &account, const QString &key, const QByteArray &secret, QObject *context,
               WriteCallback done) override;
    void read(const QString &account, const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &account, const QString &key, QObject *context, WriteCallback done) override;

    int pendingWrites() const { return m_pending; }
    /** Runs the event loop until no write is under way, or `timeoutMs` passed; true when none is left. */
    bool waitForWrites(int timeoutMs);

private:
    WriteCallback tracked(QObject *context, WriteCallback done);

    SecretStore *m_inner;
    int m_pending = 0;
};

} // namespace Lagoon::Cli
