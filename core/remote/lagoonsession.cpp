// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/lagoonsession.h"

#include <QPointer>

#include "core/remote/cache/lagooncache.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsubscriptionclient.h"
#include "core/remote/remotelogging.h"
#include "core/remote/remoteurls.h"

namespace Lagoon {

LagoonSession::LagoonSession(QNetworkAccessManager *network, const QString &accountId, const QUrl &apiUrl,
                             TokenProvider tokens, const QString &cacheRoot, QObject *parent)
    : QObject(parent)
    , m_accountId(accountId)
    , m_api(new LagoonApiClient(network, apiUrl, tokens, this))
    , m_subscriptions(new LagoonSubscriptionClient(RemoteUrls::webSocketUrl(apiUrl), tokens, this))
    , m_cache(std::make_unique<LagoonCache>(accountId, cacheRoot))
{
}

LagoonSession::~LagoonSession() = default;

QUrl LagoonSession::apiUrl() const
{
    return m_api->endpoint();
}

void LagoonSession::fetch(const QString &operation, const QJsonObject &variables, const QString &cacheKey,
                          QObject *context, FetchCallback done)
{
    QPointer<LagoonSession> self(this);
    m_api->run(operation, variables, context, [self, cacheKey, done = std::move(done)](const Result<QJsonObject> &data) {
        if (!self)
            return;
        if (data) {
            self->noteAnswer();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (!cacheKey.isEmpty()) {
                if (auto written = self->m_cache->write(cacheKey, *data, now); !written)
                    qCWarning(lcRemote) << "cache:" << written.error().message;
            }
            done(LagoonAnswer{*data, now, false, std::nullopt});
            return;
        }
        self->noteFailure(data.error());
        const auto cached = cacheKey.isEmpty() ? std::nullopt : self->m_cache->read(cacheKey);
        if (!cached || !cached->data.isObject()) {
            done(std::unexpected(data.error()));
            return;
        }
        done(LagoonAnswer{cached->data.toObject(), cached->fetchedAt, true, data.error()});
    });
}

void LagoonSession::noteAnswer()
{
    if (m_reachable)
        return;
    m_reachable = true;
    Q_EMIT reachabilityChanged(true, {});
}

void LagoonSession::noteFailure(const Error &error)
{
    if (!isUnreachable(error) || !m_reachable)
        return;
    m_reachable = false;
    Q_EMIT reachabilityChanged(false, error);
}

bool LagoonSession::isUnreachable(const Error &error)
{
    switch (error.code) {
    case Error::Code::NetworkError:
    case Error::Code::Timeout:
    case Error::Code::ConnectionLost:
    case Error::Code::ServerError:
        return true;
    default:
        return false;
    }
}

} // namespace Lagoon
