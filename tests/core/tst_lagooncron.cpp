// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Expected schedules for the namespace "test-namespace" are the ones Lagoon's own build tool
// asserts (build-deploy-tool internal/cron/cron_test.go), so a drift from Lagoon shows here.
#include <QProcess>
#include <QTest>

#include "core/lagoon/config/lagooncron.h"
#include "core/lagoon/config/namespacename.h"

using namespace Lagoon;

class tst_LagoonCron : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cksum_matchesThePosixTool_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("namespace") << QByteArray("test-namespace\n");
        QTest::newRow("long") << QByteArray(100000, 'x');
        QTest::newRow("binary") << QByteArray("\x00\xff\x10\x80", 4);
    }
    void cksum_matchesThePosixTool()
    {
        QFETCH(QByteArray, input);
        QProcess cksum;
        cksum.start(QStringLiteral("cksum"));
        QVERIFY(cksum.waitForStarted());
        cksum.write(input);
        cksum.closeWriteChannel();
        QVERIFY(cksum.waitForFinished());
        const quint32 expected = QString::fromLatin1(cksum.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0).toUInt();
        QCOMPARE(LagoonCron::cksum(input), expected);
    }

    void standardize_lagoonVectors_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("M") << "M * * * *" << "53 * * * *";
        QTest::newRow("M/5") << "M/5 * * * *" << "3,8,13,18,23,28,33,38,43,48,53,58 * * * *";
        QTest::newRow("H(2-4)") << "M H(2-4) * * *" << "53 3 * * *";
        QTest::newRow("H(22-2)") << "M H(22-2) * * *" << "53 23 * * *";
        QTest::newRow("M/15 H(22-2)") << "M/15 H(22-2) * * *" << "8,23,38,53 23 * * *";
        QTest::newRow("days") << "M/15 H(22-2) 3,5 * *" << "8,23,38,53 23 3,5 * *";
        QTest::newRow("months") << "M/15 H(22-2) * 10-12 *" << "8,23,38,53 23 * 10-12 *";
        QTest::newRow("set hours") << "M/15 23 * * 0-5" << "8,23,38,53 23 * * 0-5";
        QTest::newRow("hourly interval") << "M */6 * * *" << "53 5,11,17,23 * * *";
        QTest::newRow("names") << "M */6 * JAN MON" << "53 5,11,17,23 * JAN MON";
        QTest::newRow("trailing space") << "M * * * * " << "53 * * * *";
        QTest::newRow("star step randomised") << "*/30 0-12,22-23 * * *" << "23,53 0-12,22-23 * * *";
        QTest::newRow("step over range") << "M/30 17/12,0-23 * * *" << "23,53 17/12,0-23 * * *";
        QTest::newRow("plain") << "15 2 * * *" << "15 2 * * *";
    }
    void standardize_lagoonVectors()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, expected);
        const auto result = LagoonCron::standardize(schedule, QStringLiteral("test-namespace"));
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
        QCOMPARE(*result, expected);
    }

    void standardize_invalid_givesLagoonsMessage_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("message");
        QTest::newRow("four fields") << "M * * *" << "cron definition 'M * * *' is invalid, 4 fields provided, required 5";
        QTest::newRow("double space") << "M  * * * *" << "cron definition 'M  * * * *' is invalid, 6 fields provided, required 5";
        QTest::newRow("minute 60") << "60 * * * *" << "cron definition '60 * * * *' is invalid";
        QTest::newRow("hour 24") << "0 24 * * *" << "cron definition '0 24 * * *' is invalid";
        QTest::newRow("bad word") << "M * * * someday" << "cron definition 'M * * * someday' is invalid";
        QTest::newRow("descriptor") << "@daily" << "cron definition '@daily' is invalid, 1 fields provided, required 5";
        QTest::newRow("zero step") << "M/0 * * * *" << "cron definition 'M/0 * * * *' is invalid, unable to determine minutes value";
        QTest::newRow("H(30-2)") << "M H(30-2) * * *" << "cron definition 'M H(30-2) * * *' is invalid";
        QTest::newRow("reversed range") << "M 5-2 * * *" << "cron definition 'M 5-2 * * *' is invalid";
    }
    void standardize_invalid_givesLagoonsMessage()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, message);
        const auto result = LagoonCron::standardize(schedule, QStringLiteral("test-namespace"));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().message, message);
    }

    void runsInPod_lagoonVectors_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<bool>("inPod");
        QTest::newRow("every 15 minutes") << "0,15,30,45 * * * *" << true;
        QTest::newRow("day restricted") << "0,15,30,45 * 4 * *" << false;
        QTest::newRow("month step") << "0,15,30,45 * * */5 *" << false;
        QTest::newRow("weekday range") << "0,15,30,45 * * * 1-5" << false;
        QTest::newRow("weekday name") << "0,15,30,45 * * * MON" << false;
        QTest::newRow("every 6 hours") << "0 0,6,12,18 * * *" << false;
        QTest::newRow("2-59/10") << "2-59/10 * * * *" << true;
        QTest::newRow("1-59/10") << "1-59/10 * * * *" << true;
        QTest::newRow("3-59/5") << "3-59/5 * * * *" << true;
        QTest::newRow("hourly") << "53 * * * *" << false;
        // Lagoon's metric for a single daily run is its minute of the day: 00:05 counts as 5.
        QTest::newRow("once at 00:05") << "5 0 * * *" << true;
    }
    void runsInPod_lagoonVectors()
    {
        QFETCH(QString, schedule);
        QFETCH(bool, inPod);
        const auto result = LagoonCron::runsInPod(schedule, std::nullopt);
        QVERIFY(result.has_value());
        QCOMPARE(*result, inPod);
        QCOMPARE(*LagoonCron::runsInPod(schedule, !inPod), !inPod); // an explicit inPod wins
    }

    void scheduleMetric_medianOfGaps()
    {
        QCOMPARE(*LagoonCron::scheduleMetric(QStringLiteral("0 0,1,2,3 * * *")), 60);
        QCOMPARE(*LagoonCron::scheduleMetric(QStringLiteral("0 5 * * *")), 300);
        QVERIFY(!LagoonCron::scheduleMetric(QStringLiteral("invalid-schedule")).has_value());
    }

    void timeout_rules()
    {
        QCOMPARE(*LagoonCron::timeoutSeconds(QString(), QStringLiteral("drush cron")), 4 * 3600);
        QCOMPARE(*LagoonCron::timeoutSeconds(QStringLiteral("1h30m"), QStringLiteral("x")), 5400);
        QCOMPARE(*LagoonCron::timeoutSeconds(QStringLiteral("1.5h"), QStringLiteral("x")), 5400);
        QCOMPARE(*LagoonCron::timeoutSeconds(QStringLiteral("24h"), QStringLiteral("x")), 86400);
        const auto tooLong = LagoonCron::timeoutSeconds(QStringLiteral("25h"), QStringLiteral("drush cron"));
        QCOMPARE(tooLong.error().message, QStringLiteral("timeout for cronjob drush cron cannot be longer than 24 hours"));
        const auto days = LagoonCron::timeoutSeconds(QStringLiteral("1d"), QStringLiteral("drush cron"));
        QCOMPARE(days.error().message,
                 QStringLiteral("unable to convert timeout for cronjob drush cron: time: unknown unit \"d\" in duration \"1d\""));
        const auto bare = LagoonCron::timeoutSeconds(QStringLiteral("30"), QStringLiteral("x"));
        QVERIFY(bare.error().message.endsWith(QStringLiteral("time: missing unit in duration \"30\"")));
    }

    void namespace_likeLagoon()
    {
        QCOMPARE(NamespaceName::makeSafe(QStringLiteral("Feature/Big_Thing")), QStringLiteral("feature-big-thing"));
        QCOMPARE(NamespaceName::forEnvironment(QStringLiteral("example-project"), QStringLiteral("main")),
                 QStringLiteral("example-project-main"));
        const QString longEnv = QStringLiteral("feature/this-is-a-very-long-branch-name-that-needs-shortening-badly");
        const QString ns = NamespaceName::forEnvironment(QStringLiteral("example-project"), longEnv);
        QVERIFY(ns.size() <= 63);
        QVERIFY(ns.startsWith(QStringLiteral("example-project-feature-this-is-a-very-long-bra")));
        QCOMPARE(ns, NamespaceName::forEnvironment(QStringLiteral("example-project"), longEnv)); // deterministic
    }
};

QTEST_GUILESS_MAIN(tst_LagoonCron)
#include "tst_lagooncron.moc"
