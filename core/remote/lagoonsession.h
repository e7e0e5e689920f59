// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include "core/remote/tokenprovider.h"
#include "core/util/error.h"

class QNetworkAccessManager;

namespace Lagoon {

class LagoonApiClient;
class LagoonCache;
class LagoonSubscriptionClient;

/** What LagoonSession::fetch() delivers: fresh data, or the cached data and why it is not fresh. */
struct LagoonAnswer
{
    QJsonObject data;
    /** When `data` came from the API (UTC). */
    QDateTime fetchedAt;
    bool fromCache = false;
    /** Set with fromCache: the API's failure. */
    std::optional<Error> error;
};

/**
 * Everything the app needs to talk to one Lagoon account: the API client, the subscription
 * client (both asking `tokens` for bearer tokens) and the account's LagoonCache. The accounts
 * layer creates one per signed-in account; views share it.
 *
 * fetch() runs a shipped query and caches its answer; when the API fails and the cache has an
 * answer for the key, that answer is delivered instead, marked fromCache with the error, so a
 * view can show it "as of" its time. The session also tracks whether the API answered lately
 * (reachable()), from fetch() and from whatever views report with noteAnswer()/noteFailure().
 */
class LagoonSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonSession)

public:
    using FetchCallback = std::function<void(const Result<LagoonAnswer> &answer)>;

    /**
     * `network` must outlive the session. `cacheRoot` empty: LagoonCache::defaultRoot(), the
     * folder the app and the CLI share.
     */
    LagoonSession(QNetworkAccessManager *network, const QString &accountId, const QUrl &apiUrl, TokenProvider tokens,
                  const QString &cacheRoot = {}, QObject *parent = nullptr);
    ~LagoonSession() override;

    const QString &accountId() const { return m_accountId; }
    QUrl apiUrl() const;
    LagoonApiClient *api() const { return m_api; }
    LagoonSubscriptionClient *subscriptions() const { return m_subscriptions; }
    LagoonCache *cache() const { return m_cache.get(); }

    /** Runs `operation`; on success writes its data under `cacheKey` (none when empty). */
    void fetch(const QString &operation, const QJsonObject &variables, const QString &cacheKey, QObject *context,
               FetchCallback done);

    /** False after a failure that says the API cannot be reached, until it answers again. */
    bool reachable() const { return m_reachable; }
    void noteAnswer();
    void noteFailure(const Error &error);

    /** NetworkError, Timeout, ConnectionLost and ServerError: the API is not there (or down). */
    static bool isUnreachable(const Error &error);

Q_SIGNALS:
    /** reachable() changed; `error` is the failure that made it unreachable. */
    void reachabilityChanged(bool reachable, const Lagoon::Error &error);

private:
    QString m_accountId;
    LagoonApiClient *m_api;
    LagoonSubscriptionClient *m_subscriptions;
    std::unique_ptr<LagoonCache> m_cache;
    bool m_reachable = true;
};

} // namespace Lagoon
