// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// ContainerUsage::fromStatsJson on the engine's own answers (tests/data/stack/stats: captured on
// cgroup v1, the v2 one written after the daemon's layout; its README says which is which). The
// expected figures are the docker CLI's formulas worked out by hand on each sample.
#include <limits>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include "core/stack/containerusage.h"

using namespace Lagoon;

namespace {

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(LAGOON_TEST_DATA_DIR "/stack/stats/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject sampleObject(const QString &name)
{
    return QJsonDocument::fromJson(sample(name)).object();
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_ContainerUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cgroup1_running()
    {
        const auto usage = ContainerUsage::fromStatsJson(sample(QStringLiteral("cgroup1-running.json")));
        QVERIFY(usage.has_value());
        QVERIFY(!usage->isEmpty());
        QCOMPARE(usage->read, QDateTime(QDate(2026, 11, 27), QTime(7, 11, 32, 959), QTimeZone::utc()));
        // (18546908222 - 17774002842) / (42224490000000 - 42222470000000) × 2 CPUs × 100
        QVERIFY(usage->cpuPercent.has_value());
        QVERIFY2(qAbs(*usage->cpuPercent - 76.52528514851485) < 1e-9, qPrintable(QString::number(*usage->cpuPercent)));
        // usage 51531776 - total_inactive_file 41943040 (the file it wrote and read back)
        QCOMPARE(usage->memoryUsed, 9588736);
        QCOMPARE(usage->memoryLimit, 268435456); // -m 256m
        QVERIFY(usage->hasNetwork);
        QCOMPARE(usage->networkReceived, 876);
        QCOMPARE(usage->networkSent, 0);
        QCOMPARE(usage->blockRead, 0);
        QCOMPARE(usage->blockWritten, 0);
        QCOMPARE(usage->pids, 1);
    }

    void cgroup1_firstFrameOfAStream_hasNoCpuFigure()
    {
        // precpu_stats is empty: the CLI would print total/uptime (0.09 % here), which means nothing.
        const auto usage = ContainerUsage::fromStatsJson(sample(QStringLiteral("cgroup1-first-frame.json")));
        QVERIFY(usage.has_value());
        QVERIFY(!usage->isEmpty());
        QVERIFY(!usage->cpuPercent.has_value());
        QCOMPARE(usage->memoryUsed, 9588736);
        QCOMPARE(usage->memoryLimit, 268435456);
    }

    void cgroup1_noNetwork_idle()
    {
        const auto usage = ContainerUsage::fromStatsJson(sample(QStringLiteral("cgroup1-no-network.json")));
        QVERIFY(usage.has_value());
        // Asleep between the two samples: known, and zero.
        QCOMPARE(usage->cpuPercent, std::optional<double>(0.0));
        QVERIFY(!usage->hasNetwork);
        QCOMPARE(usage->networkReceived, 0);
        QCOMPARE(usage->memoryUsed, 540672);
        // No limit: the engine gives the machine's memory.
        QCOMPARE(usage->memoryLimit, Q_INT64_C(25276502016));
    }

    void cgroup1_stoppedContainer_isEmpty()
    {
        const auto usage = ContainerUsage::fromStatsJson(sample(QStringLiteral("cgroup1-stopped.json")));
        QVERIFY(usage.has_value());
        QVERIFY(usage->isEmpty());
        QVERIFY(!usage->cpuPercent.has_value());
        QCOMPARE(usage->memoryUsed, 0);
    }

    void cgroup1_blockIo_readAndWriteOnly()
    {
        // This machine accounts no block I/O, so the v1 list (blkio.throttle.io_service_bytes_recursive:
        // capitalised ops per device, with Sync/Async/Total repeating the same bytes) is added here.
        QJsonObject object = sampleObject(QStringLiteral("cgroup1-running.json"));
        QJsonObject blkio = object.value(QLatin1String("blkio_stats")).toObject();
        QJsonArray entries;
        const auto entry = [](int minor, const char *op, qint64 value) {
            return QJsonObject{{QStringLiteral("major"), 254}, {QStringLiteral("minor"), minor},
                               {QStringLiteral("op"), QLatin1String(op)}, {QStringLiteral("value"), value}};
        };
        for (const int minor : {0, 16}) {
            entries << entry(minor, "Read", 1000 + minor) << entry(minor, "Write", 5000 + minor)
                    << entry(minor, "Sync", 6000) << entry(minor, "Async", 10) << entry(minor, "Discard", 7)
                    << entry(minor, "Total", 6010 + 2 * minor);
        }
        entries << QJsonObject{{QStringLiteral("op"), QString()}, {QStringLiteral("value"), 99}};
        blkio.insert(QStringLiteral("io_service_bytes_recursive"), entries);
        object.insert(QStringLiteral("blkio_stats"), blkio);
        const auto usage = ContainerUsage::fromStatsJson(toJson(object));
        QVERIFY(usage.has_value());
        QCOMPARE(usage->blockRead, 1000 + 1016);
        QCOMPARE(usage->blockWritten, 5000 + 5016);
    }

    void cgroup1_memory_leavesOutInactiveFilesNotAllCache()
    {
        // docker stats since 20.10 takes total_inactive_file off; 19.03 took "cache", which
        // also holds the active files a service is using.
        QJsonObject object = sampleObject(QStringLiteral("cgroup1-running.json"));
        QJsonObject memory = object.value(QLatin1String("memory_stats")).toObject();
        QJsonObject stats = memory.value(QLatin1String("stats")).toObject();
        stats.insert(QStringLiteral("cache"), 45000000);
        stats.insert(QStringLiteral("total_inactive_file"), 30000000);
        memory.insert(QStringLiteral("stats"), stats);
        object.insert(QStringLiteral("memory_stats"), memory);
        QCOMPARE(ContainerUsage::fromStatsJson(toJson(object))->memoryUsed, 51531776 - 30000000);

        // Inactive files beyond the usage (counted at another instant): the CLI falls back to
        // inactive_file, then to the whole usage.
        stats.insert(QStringLiteral("total_inactive_file"), 60000000);
        stats.insert(QStringLiteral("inactive_file"), 1531776);
        memory.insert(QStringLiteral("stats"), stats);
        object.insert(QStringLiteral("memory_stats"), memory);
        QCOMPARE(ContainerUsage::fromStatsJson(toJson(object))->memoryUsed, 50000000);
        stats.insert(QStringLiteral("inactive_file"), 60000000);
        memory.insert(QStringLiteral("stats"), stats);
        object.insert(QStringLiteral("memory_stats"), memory);
        QCOMPARE(ContainerUsage::fromStatsJson(toJson(object))->memoryUsed, 51531776);
    }

    void cgroup2_documentedLayout()
    {
        const auto usage = ContainerUsage::fromStatsJson(sample(QStringLiteral("cgroup2-documented.json")));
        QVERIFY(usage.has_value());
        // (95836717000 - 95344002000) / (1834870170000000 - 1834866170000000) × 4 CPUs × 100;
        // v2 has no percpu_usage, online_cpus is what counts.
        QVERIFY(usage->cpuPercent.has_value());
        QVERIFY2(qAbs(*usage->cpuPercent - 49.2715) < 1e-9, qPrintable(QString::number(*usage->cpuPercent)));
        // memory.current 61399040 - inactive_file 11309056
        QCOMPARE(usage->memoryUsed, 50089984);
        QCOMPARE(usage->memoryLimit, Q_INT64_C(8145350656));
        // Two interfaces, summed.
        QCOMPARE(usage->networkReceived, 1048990 + 4096);
        QCOMPARE(usage->networkSent, 233457 + 2048);
        QCOMPARE(usage->blockRead, 12705792 + 1048576);
        QCOMPARE(usage->blockWritten, 4096000);
        QCOMPARE(usage->pids, 7);
    }

    void oldEngine_countsCpusFromThePerCpuList()
    {
        QJsonObject object = sampleObject(QStringLiteral("cgroup1-running.json"));
        for (const QString &key : {QStringLiteral("cpu_stats"), QStringLiteral("precpu_stats")}) {
            QJsonObject cpu = object.value(key).toObject();
            cpu.remove(QStringLiteral("online_cpus"));
            object.insert(key, cpu);
        }
        const auto usage = ContainerUsage::fromStatsJson(toJson(object));
        QVERIFY(qAbs(*usage->cpuPercent - 76.52528514851485) < 1e-9);
    }

    void hugeCounters_doNotWrap()
    {
        QJsonObject object = sampleObject(QStringLiteral("cgroup1-running.json"));
        QJsonObject memory = object.value(QLatin1String("memory_stats")).toObject();
        memory.insert(QStringLiteral("limit"), 18446744073709551615.0);
        object.insert(QStringLiteral("memory_stats"), memory);
        QCOMPARE(ContainerUsage::fromStatsJson(toJson(object))->memoryLimit, std::numeric_limits<qint64>::max());
    }

    void notAStatsObject()
    {
        QVERIFY(!ContainerUsage::fromStatsJson("").has_value());
        QVERIFY(!ContainerUsage::fromStatsJson("{\"read\":").has_value());
        QVERIFY(!ContainerUsage::fromStatsJson("[1,2]").has_value());
        QVERIFY(!ContainerUsage::fromStatsJson("{\"message\":\"No such container: x\"}").has_value());
    }
};

QTEST_GUILESS_MAIN(tst_ContainerUsage)
#include "tst_containerusage.moc"
