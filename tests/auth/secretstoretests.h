// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QTest>

#include "core/auth/secretstore.h"

namespace Lagoon::Test {

/** Runs one SecretStore call and waits for its answer (the event loop keeps running). */
class SecretStoreCalls final
{
public:
    explicit SecretStoreCalls(SecretStore *store, int timeoutMs = 20000) : m_store(store), m_timeoutMs(timeoutMs) {}

    Result<void> store(const QString &account, const QString &key, const QByteArray &secret)
    {
        auto answer = std::make_shared<std::optional<Result<void>>>();
        m_store->store(account, key, secret, &m_context, [answer](const Result<void> &r) { *answer = r; });
        return wait(answer);
    }

    Result<QByteArray> read(const QString &account, const QString &key)
    {
        auto answer = std::make_shared<std::optional<Result<QByteArray>>>();
        m_store->read(account, key, &m_context, [answer](const Result<QByteArray> &r) { *answer = r; });
        return wait(answer);
    }

    Result<void> remove(const QString &account, const QString &key)
    {
        auto answer = std::make_shared<std::optional<Result<void>>>();
        m_store->remove(account, key, &m_context, [answer](const Result<void> &r) { *answer = r; });
        return wait(answer);
    }

private:
    template <typename T> T wait(const std::shared_ptr<std::optional<T>> &answer)
    {
        (void)QTest::qWaitFor([answer] { return answer->has_value(); }, m_timeoutMs);
        return answer->value_or(T(makeError(Error::Code::Timeout, QStringLiteral("the secret store did not answer"))));
    }

    SecretStore *m_store;
    int m_timeoutMs;
    QObject m_context;
};

} // namespace Lagoon::Test
