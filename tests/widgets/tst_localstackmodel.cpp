// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// LocalStackModel over a real LocalStack on the three-service test project (docker-compose and
// the engine of this machine, images built FROM scratch): rows, states, health and addresses
// as Docker reports them, checked by QAbstractItemModelTester all the way. Then the usage column
// over a StackResourceMonitor, on busybox containers labelled as a compose project.
#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/stack/composeinvocation.h"
#include "core/stack/dockerclient.h"
#include "core/stack/localstack.h"
#include "core/stack/stackresourcemonitor.h"
#include "tests/support/dockerfixture.h"
#include "tests/widgets/stacktestsupport.h"
#include "widgets/common/badge.h"
#include "widgets/stack/localstackmodel.h"
#include "widgets/stack/stackusagetext.h"

using namespace Lagoon;
using Lagoon::Test::DockerFixture;

class tst_LocalStackModel : public QObject
{
    Q_OBJECT

private:
    DockerFixture m_docker;
    LoadedProject m_loaded;
    ComposeInvocation m_invocation;
    std::unique_ptr<DockerClient> m_client;

    static QString cell(const LocalStackModel &model, const QString &service, int column, int role = Qt::DisplayRole)
    {
        const int row = model.rowOf(service);
        return row < 0 ? QStringLiteral("(no row)") : model.index(row, column).data(role).toString();
    }

    static QString describe(const LocalStackModel &model)
    {
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model.columnCount(); ++column)
                cells << model.index(row, column).data().toString();
            rows << cells.join(QStringLiteral(" | "));
        }
        return rows.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        LAGOON_REQUIRE_DOCKER(m_docker);
        m_loaded = LagoonProjectLoader::load(Test::threeServicesProject());
        QVERIFY(m_loaded.composeLoaded);
        auto invocation = ComposeInvocation::forProject(m_loaded);
        QVERIFY(invocation.has_value());
        m_invocation = *invocation;
        m_invocation.projectName = m_docker.uniqueProject(QStringLiteral("model"));
        // The test image exists (the fixture built it): nothing may be pulled.
        m_invocation.environment.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
        m_client = std::make_unique<DockerClient>(DockerEndpoint::fromEnvironment().value());
    }

    void cleanupTestCase()
    {
        Test::composeDown(m_invocation.composeFile, m_invocation.projectName, m_invocation.environment);
    }

    void withoutStack_isEmpty()
    {
        LocalStackModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(LocalStackModel::ColumnCount));
        QCOMPARE(model.headerData(LocalStackModel::PortsColumn, Qt::Horizontal).toString(), QStringLiteral("Addresses"));
        QCOMPARE(model.rowOf(QStringLiteral("web")), -1);
    }

    void formatting()
    {
        QCOMPARE(LocalStackModel::formatDuration(42), QStringLiteral("42 s"));
        QCOMPARE(LocalStackModel::formatDuration(12 * 60 + 5), QStringLiteral("12 min"));
        QCOMPARE(LocalStackModel::formatDuration(3 * 3600 + 5 * 60), QStringLiteral("3 h 5 min"));
        QCOMPARE(LocalStackModel::formatDuration(2 * 86400 + 4 * 3600), QStringLiteral("2 d 4 h"));
        StackPort http;
        http.containerPort = 8080;
        http.protocol = QStringLiteral("tcp");
        http.hostPort = 32768;
        http.url = QUrl(QStringLiteral("http://localhost:32768"));
        QCOMPARE(LocalStackModel::portText(http), QStringLiteral("localhost:32768"));
        StackPort udp{5353, QStringLiteral("udp"), 5354, QStringLiteral("0.0.0.0"), QUrl()};
        QCOMPARE(LocalStackModel::portText(udp), QStringLiteral("5353/udp → 5354"));
    }

    void afterUp_rowsShowStateHealthAndAddresses()
    {
        LocalStack stack(m_client.get(), m_invocation.projectName, m_loaded.compose);
        LocalStackModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStack(&stack);
        QSignalSpy synced(&stack, &LocalStack::synced);
        stack.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);

        // The compose file's services, in its order, none created yet.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, QStringLiteral("web"), LocalStackModel::ServiceColumn), QStringLiteral("web"));
        QCOMPARE(model.rowOf(QStringLiteral("oneshot")), 2);
        QCOMPARE(cell(model, QStringLiteral("web"), LocalStackModel::StateColumn), QStringLiteral("Not created"));
        QCOMPARE(cell(model, QStringLiteral("web"), LocalStackModel::PortsColumn), QString());

        ComposeRunner runner(m_invocation);
        const ComposeResult build = Test::runToEnd(runner, ComposeCommand::build());
        QVERIFY2(build.succeeded(), qPrintable(build.message + QLatin1Char('\n') + build.detail));
        const ComposeResult up = Test::runToEnd(runner, ComposeCommand::up());
        QVERIFY2(up.succeeded(), qPrintable(up.message + QLatin1Char('\n') + up.detail));

        // Everything below arrives through the engine's events, row by row.
        QTRY_VERIFY2_WITH_TIMEOUT(cell(model, QStringLiteral("web"), LocalStackModel::StateColumn) == QLatin1String("Running") &&
                                      cell(model, QStringLiteral("web"), LocalStackModel::PortsColumn).startsWith(QLatin1String("localhost:")),
                                  qPrintable(describe(model)), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(cell(model, QStringLiteral("oneshot"), LocalStackModel::StateColumn) == QLatin1String("Exited (3)"),
                                  qPrintable(describe(model)), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(cell(model, QStringLiteral("worker"), LocalStackModel::HealthColumn) == QLatin1String("Healthy"),
                                  qPrintable(describe(model)), 30000);
        qInfo("%s", qPrintable(describe(model)));

        const int web = model.rowOf(QStringLiteral("web"));
        const QList<QUrl> urls = model.index(web, 0).data(LocalStackModel::UrlsRole).value<QList<QUrl>>();
        QCOMPARE(urls.size(), 1);
        QCOMPARE(urls.first().scheme(), QStringLiteral("http"));
        QCOMPARE(urls.first().host(), QStringLiteral("localhost"));
        QCOMPARE(QStringLiteral("localhost:%1").arg(urls.first().port()), cell(model, QStringLiteral("web"), LocalStackModel::PortsColumn));
        QVERIFY(model.index(web, LocalStackModel::PortsColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("8080/tcp")));
        QVERIFY(model.index(web, 0).data(LocalStackModel::RunningRole).toBool());
        QVERIFY(!model.index(web, 0).data(LocalStackModel::ContainerIdRole).toString().isEmpty());
        // No health check on web: the column stays empty rather than claiming something.
        QCOMPARE(cell(model, QStringLiteral("web"), LocalStackModel::HealthColumn), QString());
        QVERIFY(!model.index(web, LocalStackModel::HealthColumn).data(Badge::ItemRole).isValid());
        QCOMPARE(model.index(web, LocalStackModel::StateColumn).data(Badge::ItemRole).value<Badge>().tone,
                 Badge::Tone::Good);
        QVERIFY(!model.index(web, LocalStackModel::UptimeColumn).data().toString().isEmpty());
        QVERIFY(!model.index(web, LocalStackModel::StateColumn).data(Qt::DecorationRole).isNull());
        const int oneshot = model.rowOf(QStringLiteral("oneshot"));
        QCOMPARE(model.index(oneshot, LocalStackModel::StateColumn).data(Badge::ItemRole).value<Badge>().tone,
                 Badge::Tone::Bad);
        QCOMPARE(cell(model, QStringLiteral("worker"), LocalStackModel::StateColumn), QStringLiteral("Running"));

        // A service dropped from the compose file goes from the list; its container stays, shown as left over.
        ComposeProject fewer = m_loaded.compose;
        fewer.services.removeIf([](const ComposeService &s) { return s.name == QLatin1String("worker"); });
        stack.setComposeProject(fewer);
        QTRY_VERIFY2(model.index(model.rowOf(QStringLiteral("worker")), 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("left over")),
                     qPrintable(describe(model)));
        stack.setComposeProject(m_loaded.compose);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("worker")), 1);

        const ComposeResult down = Test::runToEnd(runner, ComposeCommand::down());
        QVERIFY2(down.succeeded(), qPrintable(down.message + QLatin1Char('\n') + down.detail));
        QTRY_VERIFY2_WITH_TIMEOUT(cell(model, QStringLiteral("web"), LocalStackModel::StateColumn) == QLatin1String("Not created") &&
                                      cell(model, QStringLiteral("worker"), LocalStackModel::StateColumn) == QLatin1String("Not created"),
                                  qPrintable(describe(model)), 20000);
        QCOMPARE(cell(model, QStringLiteral("web"), LocalStackModel::PortsColumn), QString());

        model.setStack(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void usageText()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        ContainerUsage usage;
        usage.read = QDateTime::currentDateTimeUtc();
        usage.memoryUsed = qint64(41.5 * 1024 * 1024);
        usage.memoryLimit = qint64(7.6 * 1024 * 1024 * 1024);
        // The first sample of a stream: memory only.
        QCOMPARE(StackUsageText::summary(usage, english), QStringLiteral("41.5 MiB / 7.6 GiB"));
        usage.cpuPercent = 3.24;
        QCOMPARE(StackUsageText::summary(usage, english), QStringLiteral("3.2 % · 41.5 MiB / 7.6 GiB"));
        usage.cpuPercent = 1234.56;
        QCOMPARE(StackUsageText::summary(usage, english), QStringLiteral("1,234.6 % · 41.5 MiB / 7.6 GiB"));
        QCOMPARE(StackUsageText::summary(usage, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("1.234,6 % · 41,5 MiB / 7,6 GiB"));

        usage.cpuPercent = 3.24;
        usage.networkReceived = 1536;
        usage.networkSent = 512;
        usage.blockRead = 3 * 1024 * 1024;
        usage.pids = 4;
        QCOMPARE(StackUsageText::details(usage, english).split(QLatin1Char('\n')),
                 QStringList({QStringLiteral("CPU: 3.2 % (100 % is one core)"),
                              QStringLiteral("Memory: 41.5 MiB of 7.6 GiB (0.5 %)"),
                              QStringLiteral("Network: none"),
                              QStringLiteral("Block I/O: 3.0 MiB read, 0 bytes written"),
                              QStringLiteral("Processes: 4")}));
        usage.hasNetwork = true;
        QVERIFY(StackUsageText::details(usage, english).contains(QLatin1String("Network: 1.5 KiB received, 512 bytes sent")));
        QVERIFY(StackUsageText::widest(english).size() >= StackUsageText::summary(usage, english).size());
    }

    void usage_showsRunningServicesCpuAndMemory()
    {
        const QString project = m_docker.uniqueProject(QStringLiteral("modelusage"));
        const QString burner = m_docker.runContainer(
            project, QStringLiteral("burner"), {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
        QVERIFY(!burner.isEmpty());
        const QString done = m_docker.runContainer(project, QStringLiteral("done"), {QStringLiteral("true")});
        QVERIFY(!done.isEmpty());
        m_docker.docker({QStringLiteral("wait"), done});

        LocalStack stack(m_client.get(), project, ComposeProject());
        StackResourceMonitor monitor(m_client.get(), &stack);
        LocalStackModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStack(&stack);
        model.setResourceMonitor(&monitor);
        QCOMPARE(model.resourceMonitor(), &monitor);
        QCOMPARE(model.headerData(LocalStackModel::UsageColumn, Qt::Horizontal).toString(), QStringLiteral("CPU · Memory"));
        QSignalSpy synced(&stack, &LocalStack::synced);
        stack.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        QCOMPARE(model.rowCount(), 2);

        const auto cpu = [&model] {
            return model.index(model.rowOf(QStringLiteral("burner")), LocalStackModel::UsageColumn).data(LocalStackModel::CpuPercentRole);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(cpu().isValid() && cpu().toDouble() > 20.0, qPrintable(describe(model)), 8000);
        const QString text = cell(model, QStringLiteral("burner"), LocalStackModel::UsageColumn);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9.,]+ % · [0-9.,]+ (KiB|MiB) / [0-9.,]+ GiB$")).match(text).hasMatch(),
                 qPrintable(text));
        const int burnerRow = model.rowOf(QStringLiteral("burner"));
        QVERIFY(model.index(burnerRow, LocalStackModel::UsageColumn).data(LocalStackModel::MemoryUsedRole).toLongLong() > 0);
        QVERIFY(!model.index(burnerRow, LocalStackModel::ServiceColumn).data(LocalStackModel::CpuPercentRole).isValid());
        const QString tip = cell(model, QStringLiteral("burner"), LocalStackModel::UsageColumn, Qt::ToolTipRole);
        QVERIFY2(tip.contains(QLatin1String("Network: none")) && tip.contains(QLatin1String("Block I/O: ")), qPrintable(tip));
        // A stopped service shows nothing.
        QCOMPARE(cell(model, QStringLiteral("done"), LocalStackModel::UsageColumn), QString());
        QVERIFY(!model.index(model.rowOf(QStringLiteral("done")), LocalStackModel::UsageColumn).data(LocalStackModel::CpuPercentRole).isValid());
        qInfo("%s", qPrintable(describe(model)));

        m_docker.docker({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), burner});
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, QStringLiteral("burner"), LocalStackModel::UsageColumn), QString(), 10000);
        QVERIFY(!cpu().isValid());
        QCOMPARE(cell(model, QStringLiteral("burner"), LocalStackModel::UsageColumn, Qt::ToolTipRole), QString());

        m_docker.docker({QStringLiteral("start"), burner});
        QTRY_VERIFY_WITH_TIMEOUT(!cell(model, QStringLiteral("burner"), LocalStackModel::UsageColumn).isEmpty(), 10000);
        model.setResourceMonitor(nullptr);
        QCOMPARE(cell(model, QStringLiteral("burner"), LocalStackModel::UsageColumn), QString());
        m_docker.removeProject(project);
    }
};

QTEST_MAIN(tst_LocalStackModel)
#include "tst_localstackmodel.moc"
