// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// StackResourceMonitor over a real LocalStack and engine. The services are lagoon-test/busybox
// containers carrying a compose project label of this run's own (no compose file: the stack
// lists them as services the file lacks). A busy loop's CPU, a sleeper's memory, usage that goes
// when a container stops or is removed and comes back with it, and none while the engine is away
// (behind a unix socket relay the test closes).
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/stack/dockerclient.h"
#include "core/stack/localstack.h"
#include "core/stack/stackresourcemonitor.h"
#include "tests/support/dockerfixture.h"
#include "tests/widgets/stacktestsupport.h"

using namespace Lagoon;
using namespace std::chrono_literals;
using Lagoon::Test::DockerFixture;

namespace {

const QStringList BusyLoop{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")};
const QStringList Sleeper{QStringLiteral("sleep"), QStringLiteral("300")};

QString describe(const StackResourceMonitor &monitor, const QString &service)
{
    const std::optional<ContainerUsage> usage = monitor.usage(service);
    if (!usage)
        return service + QStringLiteral(": none");
    return service + QStringLiteral(": cpu %1, memory %2 of %3")
                         .arg(usage->cpuPercent ? QString::number(*usage->cpuPercent, 'f', 1) : QStringLiteral("?"))
                         .arg(usage->memoryUsed)
                         .arg(usage->memoryLimit);
}

} // namespace

class tst_StackResourceMonitor : public QObject
{
    Q_OBJECT

private:
    DockerFixture m_docker;
    DockerEndpoint m_endpoint;

private Q_SLOTS:
    void initTestCase()
    {
        LAGOON_REQUIRE_DOCKER(m_docker);
        m_endpoint = DockerEndpoint::fromEnvironment().value();
    }

    void runningServices_haveUsage_stoppedOnesNone()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("usage"));
        const QString burner = m_docker.runContainer(project, QStringLiteral("burner"), BusyLoop);
        const QString idle = m_docker.runContainer(project, QStringLiteral("idle"), Sleeper);
        QVERIFY(!burner.isEmpty() && !idle.isEmpty());

        DockerClient client(m_endpoint);
        LocalStack stack(&client, project, ComposeProject());
        StackResourceMonitor monitor(&client, &stack);
        QSignalSpy changed(&monitor, &StackResourceMonitor::usageChanged);
        QSignalSpy synced(&stack, &LocalStack::synced);
        stack.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        QCOMPARE(monitor.monitoredServices(), QStringList({QStringLiteral("burner"), QStringLiteral("idle")}));

        // "Within a few seconds": the first sample has no CPU figure, the second (a second later) has.
        QTRY_VERIFY2_WITH_TIMEOUT(monitor.usage(QStringLiteral("burner")).value_or(ContainerUsage()).cpuPercent.value_or(0) > 20.0,
                                  qPrintable(describe(monitor, QStringLiteral("burner"))), 6000);
        const ContainerUsage burning = *monitor.usage(QStringLiteral("burner"));
        QVERIFY(burning.memoryUsed > 0);
        QVERIFY(burning.memoryLimit > 0);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.usage(QStringLiteral("idle")).has_value(), 5000);
        QVERIFY(monitor.usage(QStringLiteral("idle"))->memoryUsed > 0);
        qInfo("%s; %s", qPrintable(describe(monitor, QStringLiteral("burner"))), qPrintable(describe(monitor, QStringLiteral("idle"))));
        QVERIFY(changed.contains(QVariantList{QStringLiteral("burner")}));
        QVERIFY(!monitor.usage(QStringLiteral("nosuchservice")).has_value());

        // Stopped: its usage goes, and says so.
        changed.clear();
        m_docker.docker({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), burner});
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.usage(QStringLiteral("burner")).has_value(), 10000);
        QVERIFY(changed.contains(QVariantList{QStringLiteral("burner")}));
        QCOMPARE(monitor.monitoredServices(), QStringList({QStringLiteral("idle")}));
        // And stays gone while the container is stopped.
        QTest::qWait(2500);
        QVERIFY(!monitor.usage(QStringLiteral("burner")).has_value());
        QVERIFY(monitor.usage(QStringLiteral("idle")).has_value());

        // Started again: back, from the same container.
        m_docker.docker({QStringLiteral("start"), burner});
        QTRY_VERIFY2_WITH_TIMEOUT(monitor.usage(QStringLiteral("burner")).value_or(ContainerUsage()).cpuPercent.value_or(0) > 20.0,
                                  qPrintable(describe(monitor, QStringLiteral("burner"))), 10000);

        // Replaced, as `up` does: the new container's numbers.
        m_docker.docker({QStringLiteral("rm"), QStringLiteral("-f"), burner});
        const QString replacement = m_docker.runContainer(project, QStringLiteral("burner"), Sleeper);
        QVERIFY(!replacement.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(stack.service(QStringLiteral("burner")).value_or(StackService()).containerId == replacement, 10000);
        // A sleeper now: once its CPU is known it is near nothing.
        QTRY_VERIFY2_WITH_TIMEOUT(monitor.usage(QStringLiteral("burner")).value_or(ContainerUsage()).cpuPercent.value_or(100) < 5.0,
                                  qPrintable(describe(monitor, QStringLiteral("burner"))), 10000);

        // Removed: gone.
        changed.clear();
        m_docker.docker({QStringLiteral("rm"), QStringLiteral("-f"), idle});
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.usage(QStringLiteral("idle")).has_value(), 10000);
        QVERIFY(changed.contains(QVariantList{QStringLiteral("idle")}));
        QCOMPARE(monitor.monitoredServices(), QStringList({QStringLiteral("burner")}));
        m_docker.removeProject(project);
    }

    void engineAway_dropsEveryUsage_andTheyComeBack()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("usageaway"));
        QVERIFY(!m_docker.runContainer(project, QStringLiteral("idle"), Sleeper).isEmpty());

        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        Test::SocketRelay relay(scratch.filePath(QStringLiteral("docker.sock")), m_endpoint.socketPath());
        QVERIFY(relay.listen());
        DockerClient client(DockerEndpoint::unixSocket(relay.path()));
        LocalStack stack(&client, project, ComposeProject());
        stack.setReconnectBackoff(100ms, 500ms);
        StackResourceMonitor monitor(&client, &stack);
        QSignalSpy synced(&stack, &LocalStack::synced);
        stack.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.usage(QStringLiteral("idle")).has_value(), 5000);

        QSignalSpy changed(&monitor, &StackResourceMonitor::usageChanged);
        relay.close();
        QTRY_VERIFY_WITH_TIMEOUT(!stack.isDaemonAvailable(), 10000);
        // The stack still shows the service running (as it last knew); its usage is gone.
        QVERIFY(stack.service(QStringLiteral("idle"))->isRunning());
        QVERIFY(!monitor.usage(QStringLiteral("idle")).has_value());
        QVERIFY(monitor.monitoredServices().isEmpty());
        QVERIFY(changed.contains(QVariantList{QStringLiteral("idle")}));
        QTest::qWait(1000);
        QVERIFY(monitor.monitoredServices().isEmpty());

        QVERIFY(relay.listen());
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.usage(QStringLiteral("idle")).has_value(), 5000);
        QCOMPARE(monitor.monitoredServices(), QStringList({QStringLiteral("idle")}));
        m_docker.removeProject(project);
    }

    void stackDestroyed_first_monitorLetsGo()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("usagegone"));
        QVERIFY(!m_docker.runContainer(project, QStringLiteral("idle"), Sleeper).isEmpty());
        DockerClient client(m_endpoint);
        auto stack = std::make_unique<LocalStack>(&client, project, ComposeProject());
        StackResourceMonitor monitor(&client, stack.get());
        stack->start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.usage(QStringLiteral("idle")).has_value(), 15000);
        stack.reset();
        QVERIFY(!monitor.usage(QStringLiteral("idle")).has_value());
        QVERIFY(monitor.monitoredServices().isEmpty());
        m_docker.removeProject(project);
    }
};

QTEST_GUILESS_MAIN(tst_StackResourceMonitor)
#include "tst_stackresourcemonitor.moc"
