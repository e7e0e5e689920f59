// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The minutes and hours Lagoon picks are never written down here: they come from
// LagoonCron::standardize, which is checked against Lagoon's own vectors in tst_lagooncron.
#include <QRegularExpression>
#include <QTest>

#include "core/lagoon/config/crondescription.h"
#include "core/lagoon/config/lagooncron.h"

using namespace Lagoon;

namespace {

QList<int> values(const QString &field)
{
    QList<int> list;
    for (const QString &v : field.split(QLatin1Char(',')))
        list << v.toInt();
    return list;
}

QString standardized(const QString &schedule, const QString &ns)
{
    const auto result = LagoonCron::standardize(schedule, ns);
    return result ? *result : QString();
}

QString joinAnd(const QList<int> &list)
{
    QStringList parts;
    for (const int v : list)
        parts << QString::number(v);
    const QString last = parts.takeLast();
    return parts.isEmpty() ? last : parts.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

QString clock(int h, int m)
{
    return QStringLiteral("%1:%2").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
}

} // namespace

class tst_CronDescription : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("words");
        // standard schedules
        QTest::newRow("every minute") << "* * * * *" << "Every minute";
        QTest::newRow("explicit quarter hours") << "0,15,30,45 * * * *" << "Every 15 minutes";
        QTest::newRow("stepped range from zero") << "0-59/10 * * * *" << "Every 10 minutes";
        QTest::newRow("minute past every hour") << "8 * * * *" << "At minute 8 past every hour";
        QTest::newRow("minutes list") << "8,23,38,53 * * * *" << "At minutes 8, 23, 38 and 53 past every hour";
        QTest::newRow("daily") << "30 2 * * *" << "At 02:30 every day";
        QTest::newRow("weekdays") << "0 22 * * 1-5" << "At 22:00 on Monday to Friday";
        QTest::newRow("weekday names") << "0 22 * * MON-FRI" << "At 22:00 on Monday to Friday";
        QTest::newRow("weekday list") << "0 12 * * 1,3,5" << "At 12:00 on Monday, Wednesday and Friday";
        QTest::newRow("sunday") << "0 4 * * 0" << "At 04:00 on Sunday";
        QTest::newRow("twice a day") << "0 0,12 * * *" << "At 00:00 and 12:00 every day";
        QTest::newRow("hour range") << "15 9-17 * * *" << "At minute 15 past hours 9 through 17 every day";
        QTest::newRow("hour step") << "5 0-23/2 * * *" << "Every 2 hours at minute 5";
        QTest::newRow("few hours listed") << "5 0,6,12,18 * * *" << "At 00:05, 06:05, 12:05 and 18:05 every day";
        QTest::newRow("day of month") << "0 0 1 * *" << "At 00:00 on day 1 of the month";
        QTest::newRow("days of month") << "0 0 1,15 * *" << "At 00:00 on days 1 and 15 of the month";
        QTest::newRow("first week") << "0 0 1-7 * *" << "At 00:00 on days 1 through 7 of the month";
        QTest::newRow("day or weekday") << "0 0 1 * 1" << "At 00:00 on day 1 of the month or on Monday";
        QTest::newRow("month") << "0 3 * 1 *" << "At 03:00 every day in January";
        QTest::newRow("quarterly") << "0 3 1 */3 *" << "At 03:00 on day 1 of the month in January, April, July and October";
        QTest::newRow("month range") << "0 3 * MAR-MAY *" << "At 03:00 every day in March to May";
        QTest::newRow("minute range") << "0-30 * * * *" << "Every minute from 0 through 30";
        QTest::newRow("minute range in one hour") << "0-30 3 * * *" << "Every minute from 0 through 30 between 03:00 and 03:59 every day";
        QTest::newRow("every 5 minutes during work hours") << "0-59/5 9-17 * * 1-5"
                                                           << "Every 5 minutes during hours 9 through 17 on Monday to Friday";
        // Lagoon's forms, without an environment
        QTest::newRow("M") << "M * * * *" << "Once an hour, at a minute Lagoon picks for each environment";
        QTest::newRow("H as minute") << "H * * * *" << "Once an hour, at a minute Lagoon picks for each environment";
        QTest::newRow("M/15") << "M/15 * * * *" << "Every 15 minutes, starting at a minute Lagoon picks for each environment";
        QTest::newRow("*/15 is randomised too") << "*/15 * * * *" << "Every 15 minutes, starting at a minute Lagoon picks for each environment";
        QTest::newRow("M H") << "M H * * *" << "Once a day, at a time Lagoon picks for each environment";
        QTest::newRow("backup default") << "M H(22-2) * * *" << "Once a day between 22:00 and 01:59, at a time Lagoon picks for each environment";
        QTest::newRow("H(2-4)") << "M H(2-4) * * *" << "Once a day between 02:00 and 03:59, at a time Lagoon picks for each environment";
        QTest::newRow("M in a fixed hour") << "M 3 * * 0" << "Once a day between 03:00 and 03:59, at a minute Lagoon picks for each environment on Sunday";
        QTest::newRow("fixed minute, picked hour") << "15 H * * *" << "At minute 15 past an hour Lagoon picks for each environment every day";
        QTest::newRow("M every 6 hours") << "M */6 * * *" << "Every 6 hours, at a time Lagoon picks for each environment";
        QTest::newRow("M/30 in a picked hour") << "M/30 H * * *"
                                               << "Every 30 minutes, starting at a minute Lagoon picks for each environment, during one hour Lagoon picks for each environment every day";
        QTest::newRow("M/1 is every minute") << "M/1 * * * *" << "Every minute";
        // invalid: Lagoon's own messages
        QTest::newRow("four fields") << "M * * *" << "cron definition 'M * * *' is invalid, 4 fields provided, required 5";
        QTest::newRow("minute 61") << "61 * * * *" << "cron definition '61 * * * *' is invalid";
        QTest::newRow("zero step") << "M/0 * * * *" << "cron definition 'M/0 * * * *' is invalid, unable to determine minutes value";
        QTest::newRow("descriptor") << "@daily" << "cron definition '@daily' is invalid, 1 fields provided, required 5";
    }
    void describe()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, words);
        QCOMPARE(CronDescription::describe(schedule), words);
    }

    void describeForEnvironment_brief()
    {
        // The example of the editor's cron field: M/15 for the drupal-example main branch.
        const QString ns = QStringLiteral("drupal-example-main");
        const QString std = standardized(QStringLiteral("M/15 * * * *"), ns);
        const QList<int> minutes = values(std.section(QLatin1Char(' '), 0, 0));
        QCOMPARE(minutes.size(), 4);
        QCOMPARE(CronDescription::describeTimesForEnvironment(QStringLiteral("M/15 * * * *"), ns),
                 QStringLiteral("At minutes %1 past every hour (Lagoon picks minute %2 for this environment)")
                     .arg(joinAnd(minutes))
                     .arg(minutes.first()));
        QCOMPARE(CronDescription::describeForEnvironment(QStringLiteral("M/15 * * * *"), ns),
                 CronDescription::describeTimesForEnvironment(QStringLiteral("M/15 * * * *"), ns)
                     + QStringLiteral(". Runs inside the service's pod, because it runs more often than every 30 minutes."));
    }

    void describeForEnvironment_pickedMinuteIsLagoons_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("ns");
        const QStringList namespaces = {QStringLiteral("drupal-example-main"), QStringLiteral("test-namespace"),
                                        QStringLiteral("my-project-pr-123"), QStringLiteral("a"),
                                        QStringLiteral("shop-production")};
        for (const QString &ns : namespaces) {
            for (const char *schedule : {"M * * * *", "M/15 * * * *", "*/20 * * * *", "M/5 * * * *", "M 4 * * *"})
                QTest::newRow(qPrintable(ns + QLatin1Char(' ') + QLatin1String(schedule))) << QString::fromLatin1(schedule) << ns;
        }
    }
    void describeForEnvironment_pickedMinuteIsLagoons()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, ns);
        const QString std = standardized(schedule, ns);
        QVERIFY(!std.isEmpty());
        const QList<int> minutes = values(std.section(QLatin1Char(' '), 0, 0));
        const QString text = CronDescription::describeForEnvironment(schedule, ns);
        static const QRegularExpression picked(QStringLiteral("Lagoon picks minute (\\d+) for this environment"));
        const auto m = picked.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        QCOMPARE(m.captured(1).toInt(), minutes.first());
        // and every minute the schedule runs at is named (lists) or implied by the step
        if (minutes.size() <= 6) {
            for (const int minute : minutes)
                QVERIFY2(text.contains(QString::number(minute)), qPrintable(text));
        } else {
            const int step = minutes.at(1) - minutes.at(0);
            const QString expected = minutes.first() == 0 ? QStringLiteral("Every %1 minutes (").arg(step)
                                                          : QStringLiteral("Every %1 minutes, starting at minute %2 (").arg(step).arg(minutes.first());
            QVERIFY2(text.contains(expected), qPrintable(text));
        }
    }

    void describeForEnvironment_pickedTime_data()
    {
        QTest::addColumn<QString>("ns");
        QTest::newRow("drupal") << "drupal-example-main";
        QTest::newRow("test") << "test-namespace";
        QTest::newRow("pr") << "my-project-pr-123";
    }
    void describeForEnvironment_pickedTime()
    {
        QFETCH(QString, ns);
        const QString schedule = QStringLiteral("M H(22-2) * * *");
        const QStringList fields = standardized(schedule, ns).split(QLatin1Char(' '));
        const QString time = clock(fields.at(1).toInt(), fields.at(0).toInt());
        // A once-a-day job just after midnight counts as frequent for Lagoon (its metric is the
        // minute of the day), so where it runs is Lagoon's decision, not assumed here.
        const bool inPod = LagoonCron::runsInPod(fields.join(QLatin1Char(' ')), std::nullopt).value_or(false);
        const QString where = inPod ? QStringLiteral("Runs inside the service's pod, because it runs more often than every 30 minutes.")
                                    : QStringLiteral("Runs as a Kubernetes CronJob.");
        QCOMPARE(CronDescription::describeForEnvironment(schedule, ns),
                 QStringLiteral("At %1 every day (Lagoon picks %1 for this environment). %2").arg(time, where));
        const int hour = fields.at(1).toInt();
        QVERIFY(hour >= 22 || hour < 2); // H(22-2) never picks 02
    }

    void describeForEnvironment_podOrCronJob_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<int>("inPod"); // -1 unset
        QTest::addColumn<QString>("sentence");
        const QString pod = QStringLiteral("Runs inside the service's pod, because it runs more often than every 30 minutes.");
        const QString cronJob = QStringLiteral("Runs as a Kubernetes CronJob.");
        QTest::newRow("every 15 minutes") << "M/15 * * * *" << -1 << pod;
        QTest::newRow("every 30 minutes is not more often") << "M/30 * * * *" << -1 << cronJob;
        QTest::newRow("hourly") << "M * * * *" << -1 << cronJob;
        QTest::newRow("weekday restriction forces CronJob") << "*/5 * * * 1-5" << -1 << cronJob;
        QTest::newRow("inPod true") << "M * * * *" << 1 << QStringLiteral("Runs inside the service's pod (inPod: true).");
        QTest::newRow("inPod false") << "M/5 * * * *" << 0 << QStringLiteral("Runs as a Kubernetes CronJob (inPod: false).");
    }
    void describeForEnvironment_podOrCronJob()
    {
        QFETCH(QString, schedule);
        QFETCH(int, inPod);
        QFETCH(QString, sentence);
        const std::optional<bool> flag = inPod < 0 ? std::nullopt : std::optional<bool>(inPod == 1);
        const QString text = CronDescription::describeForEnvironment(schedule, QStringLiteral("shop-main"), flag);
        QVERIFY2(text.endsWith(QStringLiteral(". ") + sentence), qPrintable(text));
        const auto lagoon = LagoonCron::runsInPod(standardized(schedule, QStringLiteral("shop-main")), flag);
        QVERIFY(lagoon.has_value());
        QCOMPARE(sentence.contains(QStringLiteral("pod")), *lagoon);
    }

    void describeForEnvironment_standardScheduleHasNoPick()
    {
        const QString text = CronDescription::describeForEnvironment(QStringLiteral("15 3 * * *"), QStringLiteral("shop-main"));
        QCOMPARE(text, QStringLiteral("At 03:15 every day. Runs as a Kubernetes CronJob."));
    }

    void describeForEnvironment_invalid_givesLagoonsMessage()
    {
        QCOMPARE(CronDescription::describeForEnvironment(QStringLiteral("M H(30-2) * * *"), QStringLiteral("x")),
                 QStringLiteral("cron definition 'M H(30-2) * * *' is invalid"));
        QCOMPARE(CronDescription::describeTimesForEnvironment(QStringLiteral("M  * * * *"), QStringLiteral("x")),
                 QStringLiteral("cron definition 'M  * * * *' is invalid, 6 fields provided, required 5"));
    }
};

QTEST_GUILESS_MAIN(tst_CronDescription)

#include "tst_crondescription.moc"
