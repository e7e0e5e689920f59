// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/trackedsecretstore.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace Lagoon::Cli {

TrackedSecretStore::TrackedSecretStore(SecretStore *inner, QObject *parent) : SecretStore(parent), m_inner(inner)
{
}

SecretStore::WriteCallback TrackedSecretStore::tracked(QObject *context, WriteCallback done)
{
    ++m_pending;
    // The write counts until the keychain answers, even when the caller is gone by then.
    return [this, receiver = QPointer<QObject>(context), done = std::move(done)](const Result<void> &result) {
        --m_pending;
        if (receiver)
            done(result);
    };
}

void TrackedSecretStore::store(const QString &account, const QString &key, const QByteArray &secret, QObject *context,
                               WriteCallback done)
{
    m_inner->store(account, key, secret, this, tracked(context, std::move(done)));
}

void TrackedSecretStore::read(const QString &account, const QString &key, QObject *context, ReadCallback done)
{
    m_inner->read(account, key, context, std::move(done));
}

void TrackedSecretStore::remove(const QString &account, const QString &key, QObject *context, WriteCallback done)
{
    m_inner->remove(account, key, this, tracked(context, std::move(done)));
}

bool TrackedSecretStore::waitForWrites(int timeoutMs)
{
    if (m_pending == 0)
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [this, &loop] {
        if (m_pending == 0)
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return m_pending == 0;
}

} // namespace Lagoon::Cli
