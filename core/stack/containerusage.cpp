// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/containerusage.h"

#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/stack/dockercontainer.h"

namespace Lagoon {

namespace {

// The engine's counters are Go uint64s. Qt keeps integers exactly up to qint64; the rare value
// beyond (an unset limit, 2^64 - 1) arrives as a double and is capped, not wrapped to negative.
qint64 count(const QJsonValue &value)
{
    const qint64 exact = value.toInteger(-1);
    if (exact >= 0)
        return exact;
    const double approximate = value.toDouble();
    if (approximate >= double(std::numeric_limits<qint64>::max()))
        return std::numeric_limits<qint64>::max();
    return approximate > 0 ? qint64(approximate) : 0;
}

qint64 count(const QJsonObject &object, QLatin1String key)
{
    return count(object.value(key));
}

// The docker CLI's calculateCPUPercentUnix over the sample and the one before it (precpu_stats),
// in doubles as the CLI does.
std::optional<double> cpuPercentOf(const QJsonObject &cpu, const QJsonObject &precpu)
{
    const qint64 previousSystem = count(precpu, QLatin1String("system_cpu_usage"));
    // A stream's first sample has an empty precpu_stats; the CLI's formula would then divide the
    // container's whole CPU time by the machine's and show a number that means nothing.
    if (previousSystem <= 0)
        return std::nullopt;
    const QJsonObject usage = cpu.value(QLatin1String("cpu_usage")).toObject();
    const QJsonObject previousUsage = precpu.value(QLatin1String("cpu_usage")).toObject();
    const double cpuDelta = double(count(usage, QLatin1String("total_usage")))
                            - double(count(previousUsage, QLatin1String("total_usage")));
    const double systemDelta = double(count(cpu, QLatin1String("system_cpu_usage"))) - double(previousSystem);
    double onlineCpus = double(count(cpu, QLatin1String("online_cpus")));
    // Engines before API 1.27 do not say; their per-CPU list (cgroup v1 only) does.
    if (onlineCpus == 0.0)
        onlineCpus = double(usage.value(QLatin1String("percpu_usage")).toArray().size());
    if (systemDelta > 0.0 && cpuDelta > 0.0)
        return cpuDelta / systemDelta * onlineCpus * 100.0;
    return 0.0;
}

// The docker CLI's calculateMemUsageUnixNoCache (20.10 and later): the inactive page cache is
// left out, total_inactive_file on cgroup v1, inactive_file on v2. Docker 19.03 took "cache"
// instead, which counts active files too and made busy services look idle.
qint64 memoryUsedOf(const QJsonObject &memory)
{
    const qint64 usage = count(memory, QLatin1String("usage"));
    const QJsonObject stats = memory.value(QLatin1String("stats")).toObject();
    const QLatin1String v1Key("total_inactive_file");
    if (stats.contains(v1Key)) {
        const qint64 inactive = count(stats, v1Key);
        if (inactive < usage)
            return usage - inactive;
    }
    const qint64 inactive = count(stats, QLatin1String("inactive_file"));
    return inactive < usage ? usage - inactive : usage;
}

} // namespace

std::optional<ContainerUsage> ContainerUsage::fromStatsJson(QByteArrayView json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    // Every sample has these, an empty one (a container that does not run) too.
    if (!root.contains(QLatin1String("read")) || !root.value(QLatin1String("cpu_stats")).isObject())
        return std::nullopt;

    ContainerUsage usage;
    // Go's zero time ("0001-01-01T00:00:00Z") comes back invalid: the sample is empty.
    usage.read = dockerTimeFromString(root.value(QLatin1String("read")).toString());
    if (usage.isEmpty())
        return usage;

    usage.cpuPercent = cpuPercentOf(root.value(QLatin1String("cpu_stats")).toObject(),
                                    root.value(QLatin1String("precpu_stats")).toObject());

    const QJsonObject memory = root.value(QLatin1String("memory_stats")).toObject();
    usage.memoryUsed = memoryUsedOf(memory);
    usage.memoryLimit = count(memory, QLatin1String("limit"));

    const QJsonObject networks = root.value(QLatin1String("networks")).toObject();
    usage.hasNetwork = !networks.isEmpty();
    for (const QJsonValue &network : networks) {
        const QJsonObject counters = network.toObject();
        usage.networkReceived += count(counters, QLatin1String("rx_bytes"));
        usage.networkSent += count(counters, QLatin1String("tx_bytes"));
    }

    // cgroup v1 names the operations "Read", "Write", "Sync", "Async", "Total"; v2 "read" and
    // "write". Like the CLI, only the first letter counts. The array is null when there is none.
    const QJsonArray io = root.value(QLatin1String("blkio_stats"))
                              .toObject()
                              .value(QLatin1String("io_service_bytes_recursive"))
                              .toArray();
    for (const QJsonValue &entry : io) {
        const QJsonObject object = entry.toObject();
        const QString op = object.value(QLatin1String("op")).toString();
        if (op.isEmpty())
            continue;
        const QChar first = op.at(0).toLower();
        if (first == QLatin1Char('r'))
            usage.blockRead += count(object, QLatin1String("value"));
        else if (first == QLatin1Char('w'))
            usage.blockWritten += count(object, QLatin1String("value"));
    }

    usage.pids = count(root.value(QLatin1String("pids_stats")).toObject(), QLatin1String("current"));
    return usage;
}

} // namespace Lagoon
