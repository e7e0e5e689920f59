// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QByteArrayView>
#include <QDateTime>

namespace Lagoon {

/**
 * What one container uses, from one sample of GET /containers/{id}/stats, reckoned the way
 * `docker stats` reckons it so the two never disagree. Byte counts are totals since the
 * container started.
 */
struct ContainerUsage
{
    /** When the engine took the sample (UTC); invalid in an empty sample (see isEmpty()). */
    QDateTime read;
    /**
     * CPU used since the sample before (about a second), 100 per busy core: (cpu delta / system
     * delta) × online CPUs × 100. Unknown in the first sample of a stream, which has none before.
     */
    std::optional<double> cpuPercent;
    /** Memory in use without the page cache the kernel can take back (inactive files). */
    qint64 memoryUsed = 0;
    /** The container's memory limit, or the machine's memory when it has none. */
    qint64 memoryLimit = 0;
    /** False for a container without network interfaces (network_mode: none). */
    bool hasNetwork = false;
    qint64 networkReceived = 0;
    qint64 networkSent = 0;
    qint64 blockRead = 0;
    qint64 blockWritten = 0;
    /** Processes and threads in the container. */
    qint64 pids = 0;

    /** The engine had nothing to measure: the container is not running (stopped, restarting, gone). */
    bool isEmpty() const { return !read.isValid(); }

    /**
     * One sample (one line of the stream, or the answer with stream=false), cgroup v1 or v2;
     * nullopt when it is not a stats object. A stopped container's sample parses as isEmpty().
     */
    static std::optional<ContainerUsage> fromStatsJson(QByteArrayView json);

    friend bool operator==(const ContainerUsage &, const ContainerUsage &) = default;
};

} // namespace Lagoon
