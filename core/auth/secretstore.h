// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QByteArray>
#include <QObject>
#include <QString>

#include "core/util/error.h"

namespace Lagoon {

/**
 * Where the app keeps secrets (tokens), addressed by an account id and a key within it. The only
 * place secrets may be written to: never settings, logs or command lines.
 *
 * Every call is asynchronous: `done` runs exactly once, later, through `context`'s event loop, and
 * not at all when `context` is destroyed first. read() fails with Error::Code::NotFound when
 * nothing is stored; remove() of a missing entry succeeds. Implementations never log secret values.
 */
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using ReadCallback = std::function<void(const Result<QByteArray> &secret)>;
    using WriteCallback = std::function<void(const Result<void> &result)>;

    explicit SecretStore(QObject *parent = nullptr) : QObject(parent) {}
    ~SecretStore() override;

    virtual void store(const QString &account, const QString &key, const QByteArray &secret, QObject *context,
                       WriteCallback done) = 0;
    virtual void read(const QString &account, const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void remove(const QString &account, const QString &key, QObject *context, WriteCallback done) = 0;
};

} // namespace Lagoon
