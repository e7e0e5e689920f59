// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

#include "core/auth/authlogging.h"
#include "core/auth/deliverlater.h"

namespace Lagoon {

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

QString KeychainSecretStore::entryName(const QString &account, const QString &key)
{
    return account + QLatin1Char('/') + key;
}

Error KeychainSecretStore::errorOf(const QKeychain::Job *job, Operation operation)
{
    // errorString() is the backend's text (D-Bus or libsecret): it names the entry, never the value.
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return Error{Error::Code::NotFound, tr("No secret is stored for this account in the keychain"), detail};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: {
        const QString message = operation == Operation::Store  ? tr("The keychain refused to save your sign-in")
                                : operation == Operation::Read ? tr("The keychain refused to give out your sign-in")
                                                               : tr("The keychain refused to delete your sign-in");
        return Error{Error::Code::PermissionDenied,
                     tr("%1: unlock it, or allow Lagoon Desktop to use it.").arg(message), detail};
    }
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error{Error::Code::Unsupported,
                     tr("No keychain is available to keep your Lagoon sign-in. Start a Secret Service such as "
                        "GNOME Keyring or KWallet, unlock it, and try again."),
                     detail};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    case QKeychain::NoError:
        break;
    }
    const QString message = operation == Operation::Store  ? tr("The keychain could not save your sign-in")
                            : operation == Operation::Read ? tr("The keychain could not read your sign-in")
                                                           : tr("The keychain could not delete your sign-in");
    return Error{Error::Code::Internal, message, detail};
}

void KeychainSecretStore::store(const QString &account, const QString &key, const QByteArray &secret, QObject *context,
                                WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryName(account, key));
    job->setBinaryData(secret);
    QPointer<QObject> receiver(context);
    connect(job, &QKeychain::Job::finished, this, [receiver, done = std::move(done)](QKeychain::Job *finished) {
        if (!receiver)
            return;
        Result<void> result;
        if (finished->error() != QKeychain::NoError) {
            result = std::unexpected(errorOf(finished, Operation::Store));
            qCWarning(lcAuth) << "keychain: storing" << finished->key() << "failed:" << finished->errorString();
        }
        deliverLater(receiver.data(), done, result);
    });
    job->start();
}

void KeychainSecretStore::read(const QString &account, const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryName(account, key));
    QPointer<QObject> receiver(context);
    connect(job, &QKeychain::Job::finished, this, [receiver, done = std::move(done)](QKeychain::Job *finished) {
        if (!receiver)
            return;
        Result<QByteArray> result;
        if (finished->error() == QKeychain::NoError) {
            result = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
        } else {
            result = std::unexpected(errorOf(finished, Operation::Read));
            if (finished->error() != QKeychain::EntryNotFound)
                qCWarning(lcAuth) << "keychain: reading" << finished->key() << "failed:" << finished->errorString();
        }
        deliverLater(receiver.data(), done, result);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &account, const QString &key, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryName(account, key));
    QPointer<QObject> receiver(context);
    connect(job, &QKeychain::Job::finished, this, [receiver, done = std::move(done)](QKeychain::Job *finished) {
        if (!receiver)
            return;
        Result<void> result;
        // Deleting what is not there leaves the keychain as the caller wants it.
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            result = std::unexpected(errorOf(finished, Operation::Delete));
            qCWarning(lcAuth) << "keychain: deleting" << finished->key() << "failed:" << finished->errorString();
        }
        deliverLater(receiver.data(), done, result);
    });
    job->start();
}

} // namespace Lagoon
