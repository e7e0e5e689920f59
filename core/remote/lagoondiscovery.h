// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <functional>

#include <QObject>
#include <QUrl>

#include "core/remote/lagoondiscoveryinfo.h"
#include "core/util/error.h"

class QNetworkAccessManager;

namespace Lagoon {

/**
 * Fetches a Lagoon installation's discovery document (unauthenticated) for the "paste your API
 * URL" sign-in. Errors: NotFound when the server publishes none (Lagoon before v2.18, or not a
 * Lagoon API): the caller may go on with LagoonDiscoveryInfo::fromApiUrl(). Otherwise the
 * LagoonApiClient errors for the transfer (NetworkError, Timeout, TlsError), HttpError and
 * ParseFailed. The result is delivered once to `done` through `context`'s event loop.
 */
class LagoonDiscovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonDiscovery)

public:
    using Callback = std::function<void(const Result<LagoonDiscoveryInfo> &info)>;

    explicit LagoonDiscovery(QNetworkAccessManager *network, QObject *parent = nullptr);

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void discover(const QUrl &apiUrl, QObject *context, Callback done);

private:
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(15)};
};

} // namespace Lagoon
