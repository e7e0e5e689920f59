// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTemporaryDir>
#include <QTest>

#include "core/deploy/deployhistory.h"

using namespace Lagoon;

class TestDeployHistory : public QObject
{
    Q_OBJECT

private:
    static DeployRecord record(const QString &build, const QString &sha)
    {
        return {QStringLiteral("acct"), QStringLiteral("lagoon-demo"), QStringLiteral("main"), build,
                QStringLiteral("main"), sha, QDateTime::currentDateTimeUtc()};
    }

private Q_SLOTS:
    void remembersTheCommitOfABuildAcrossInstances()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sub/history.json"));
        QVERIFY(DeployHistory(file).add(record(QStringLiteral("lagoon-build-a"), QStringLiteral("aaaa"))));
        QVERIFY(DeployHistory(file).add(record(QStringLiteral("lagoon-build-b"), QStringLiteral("bbbb"))));

        // A second process (the CLI) reads what the first wrote.
        const auto found = DeployHistory(file).find(QStringLiteral("acct"), QStringLiteral("lagoon-demo"),
                                                     QStringLiteral("lagoon-build-a"));
        QVERIFY(found);
        QCOMPARE(found->sha, QStringLiteral("aaaa"));
        QVERIFY(!DeployHistory(file).find(QStringLiteral("other"), QStringLiteral("lagoon-demo"),
                                          QStringLiteral("lagoon-build-a")));
    }

    void aBuildIsRecordedOnceWithItsNewestCommit()
    {
        QTemporaryDir dir;
        DeployHistory history(dir.filePath(QStringLiteral("history.json")));
        history.add(record(QStringLiteral("lagoon-build-a"), QStringLiteral("old")));
        history.add(record(QStringLiteral("lagoon-build-a"), QStringLiteral("new")));
        QCOMPARE(history.find(QStringLiteral("acct"), QStringLiteral("lagoon-demo"), QStringLiteral("lagoon-build-a"))->sha,
                 QStringLiteral("new"));
    }

    void keepsOnlyTheNewestRecords()
    {
        QTemporaryDir dir;
        DeployHistory history(dir.filePath(QStringLiteral("history.json")));
        for (int i = 0; i < DeployHistory::Capacity + 5; ++i)
            history.add(record(QStringLiteral("lagoon-build-%1").arg(i), QString::number(i)));
        QVERIFY(!history.find(QStringLiteral("acct"), QStringLiteral("lagoon-demo"), QStringLiteral("lagoon-build-0")));
        QVERIFY(history.find(QStringLiteral("acct"), QStringLiteral("lagoon-demo"),
                             QStringLiteral("lagoon-build-%1").arg(DeployHistory::Capacity + 4)));
    }

    void aDamagedFileIsTreatedAsEmpty()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.json"));
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{not json");
        damaged.close();
        DeployHistory history(file);
        QVERIFY(!history.find(QStringLiteral("acct"), QStringLiteral("lagoon-demo"), QStringLiteral("x")));
        QVERIFY(history.add(record(QStringLiteral("x"), QStringLiteral("1"))));
        QVERIFY(history.find(QStringLiteral("acct"), QStringLiteral("lagoon-demo"), QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestDeployHistory)
#include "tst_deployhistory.moc"
