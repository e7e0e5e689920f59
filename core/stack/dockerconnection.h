// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <mutex>
#include <optional>

#include <QCoreApplication>

#include "core/stack/dockercanceltoken.h"
#include "core/stack/dockerendpoint.h"
#include "core/stack/dockerrequest.h"
#include "core/stack/dockerversion.h"
#include "core/util/error.h"

namespace Lagoon {

/**
 * The libcurl transport to one engine, and the API version negotiated with it. BLOCKING: every
 * function runs a whole HTTP exchange, so call it only from a worker thread (DockerClient's pool,
 * a stream's thread). Thread-safe: one connection is shared by a client and its streams.
 *
 * HTTP over a unix socket goes through CURLOPT_UNIX_SOCKET_PATH (Qt's networking cannot do that).
 * Proxies from the environment are ignored: the engine is local, or addressed directly.
 */
class DockerConnection final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::DockerConnection)

public:
    /**
     * The range this client was written against. Newer engines are spoken to at
     * MaximumApiVersion, or at their own oldest version when that is newer still.
     */
    static constexpr DockerApiVersion MinimumApiVersion{1, 25};
    static constexpr DockerApiVersion MaximumApiVersion{1, 43};

    explicit DockerConnection(const DockerEndpoint &endpoint);
    DockerConnection(const DockerConnection &) = delete;
    DockerConnection &operator=(const DockerConnection &) = delete;

    const DockerEndpoint &endpoint() const { return m_endpoint; }

    /**
     * Asks the engine for its API range (GET /_ping, then /version) and settles on the highest
     * version both speak. Fails with Unsupported when the engine is older than MinimumApiVersion.
     * The result is kept for later requests; each call asks again.
     */
    Result<DockerVersion> negotiate(std::chrono::milliseconds timeout, const DockerCancelToken *cancel = nullptr);

    /** The kept negotiation result, if any. */
    std::optional<DockerVersion> version() const;
    /** Drops the kept result so the next request negotiates again (the engine may have changed). */
    void forgetVersion();

    /**
     * Sends `request`, negotiating first when needed, and waits for the whole answer (or, with a
     * `stream` handler, until the engine ends the stream). The request's timeout covers all of it.
     * A non-2xx status is an error (NotFound for 404). `cancel` ends it early with Cancelled.
     */
    Result<DockerResponse> send(const DockerRequest &request, const DockerCancelToken *cancel = nullptr,
                                const DockerStreamHandler *stream = nullptr);

private:
    using Clock = std::chrono::steady_clock;

    Result<DockerVersion> negotiateUntil(Clock::time_point deadline, std::chrono::milliseconds timeout,
                                         const DockerCancelToken *cancel);
    Result<DockerResponse> transfer(const DockerRequest &request, const QString &prefix,
                                    std::optional<Clock::time_point> deadline, const DockerCancelToken *cancel,
                                    const DockerStreamHandler *stream) const;

    const DockerEndpoint m_endpoint;
    mutable std::mutex m_versionMutex;
    std::optional<DockerVersion> m_version;
    // Serialises negotiation so concurrent first calls ask the engine once.
    std::mutex m_negotiateMutex;
};

} // namespace Lagoon
