// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/subscriptionregistry.h"

#include <QList>

namespace Lagoon {

int SubscriptionRegistry::add(Entry entry)
{
    const int id = m_nextId++;
    m_entries.emplace(id, std::move(entry));
    return id;
}

void SubscriptionRegistry::setContextConnection(int id, const QMetaObject::Connection &connection)
{
    const auto it = m_entries.find(id);
    if (it != m_entries.end())
        it->second.contextGone = connection;
}

bool SubscriptionRegistry::remove(int id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return false;
    QObject::disconnect(it->second.contextGone);
    m_entries.erase(it);
    return true;
}

void SubscriptionRegistry::runReconciles()
{
    QList<int> ids;
    for (const auto &[id, entry] : m_entries)
        ids << id;
    for (int id : std::as_const(ids)) {
        const auto it = m_entries.find(id);
        if (it != m_entries.end() && it->second.reconcile && alive(it->second))
            it->second.reconcile();
    }
}

void SubscriptionRegistry::dispatch(const SubscriptionMessage &message, const SubscriptionEventStamp &stamp, const QString &host)
{
    const auto it = m_entries.find(message.id.toInt());
    if (it == m_entries.end() || !alive(it->second))
        return;
    QString errorText = message.errorText;
    if (message.kind == SubscriptionMessage::Kind::Next) {
        const QJsonValue data = message.payload.value(QStringLiteral("data"));
        if (data.isObject()) {
            if (it->second.onNext)
                it->second.onNext(data.toObject(), stamp);
            return;
        }
        // A subscription that fails to start (no such environment, no permission) comes as one
        // result with errors and no data, then "complete".
        errorText = SubscriptionCodec::errorText(message.payload);
    }
    const ErrorFn onError = it->second.onError;
    const QString operation = it->second.request.operationName;
    remove(it->first);
    const Error error = message.kind != SubscriptionMessage::Kind::Complete
        ? Error{Error::Code::ApiError, tr("Lagoon at %1 refused the subscription %2: %3").arg(host, operation, errorText), {}}
        : Error{Error::Code::ConnectionLost, tr("Lagoon at %1 ended the subscription %2").arg(host, operation), {}};
    if (onError)
        onError(error);
}

} // namespace Lagoon
