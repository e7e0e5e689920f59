// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include "core/remote/cache/lagooncache.h"

using namespace Lagoon;

namespace {

QJsonObject projectsAnswer()
{
    const QJsonObject environment{{QStringLiteral("id"), 3}, {QStringLiteral("name"), QStringLiteral("main")},
                                  {QStringLiteral("environmentType"), QStringLiteral("production")}};
    const QJsonObject project{{QStringLiteral("id"), 18},
                              {QStringLiteral("name"), QStringLiteral("lagoon-demo")},
                              {QStringLiteral("environments"), QJsonArray{environment}}};
    return {{QStringLiteral("allProjects"), QJsonArray{project}}};
}

QJsonObject variable(const QString &name, const QString &value, const QString &scope)
{
    return {{QStringLiteral("id"), 1}, {QStringLiteral("name"), name}, {QStringLiteral("value"), value},
            {QStringLiteral("scope"), scope}};
}

// Every byte the cache wrote below `folder`.
QByteArray everythingOnDisk(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class tst_LagoonCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void write_thenReadInAnotherInstance_returnsDataAndFetchedAt()
    {
        QTemporaryDir root;
        const QDateTime fetchedAt(QDate(2026, 3, 4), QTime(10, 42, 7, 123), QTimeZone::utc());
        {
            LagoonCache cache(QStringLiteral("account-1"), root.path());
            QVERIFY(cache.write(LagoonCache::projectsKey(), projectsAnswer(), fetchedAt));
        }
        // A new instance is what the next start of the app sees.
        LagoonCache cache(QStringLiteral("account-1"), root.path());
        const auto entry = cache.read(LagoonCache::projectsKey());
        QVERIFY(entry);
        QCOMPARE(entry->data.toObject(), projectsAnswer());
        QCOMPARE(entry->fetchedAt, fetchedAt);
        QCOMPARE(entry->fetchedAt.timeSpec(), Qt::UTC);
        QVERIFY(QFile::exists(cache.filePath(LagoonCache::projectsKey())));
        QVERIFY(cache.filePath(LagoonCache::projectsKey()).startsWith(root.path() + QLatin1Char('/')));
    }

    void read_missingKey_isEmpty()
    {
        QTemporaryDir root;
        LagoonCache cache(QStringLiteral("a"), root.path());
        QVERIFY(!cache.read(LagoonCache::deploymentsKey(3)));
        QVERIFY(!QDir(cache.directory()).exists());
    }

    void write_replacesAtomically_andLeavesNoTemporaryFiles()
    {
        QTemporaryDir root;
        LagoonCache cache(QStringLiteral("a"), root.path());
        const QString key = LagoonCache::tasksKey(3);
        QVERIFY(cache.write(key, QJsonArray{1}));
        QVERIFY(cache.write(key, QJsonArray{2}));
        QCOMPARE(LagoonCache(QStringLiteral("a"), root.path()).read(key)->data.toArray(), QJsonArray{2});
        QDirIterator it(cache.directory(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << QFileInfo(it.next()).fileName();
        QCOMPARE(files, QStringList{QStringLiteral("tasks.json")});
    }

    void write_variables_neverStoresTheirValues()
    {
        QTemporaryDir root;
        LagoonCache cache(QStringLiteral("a"), root.path());
        const QJsonObject answer{{QStringLiteral("getEnvVariablesByProjectEnvironmentName"),
                                  QJsonArray{variable(QStringLiteral("API_KEY"), QStringLiteral("s3cr3t-one"), QStringLiteral("runtime")),
                                             variable(QStringLiteral("BUILD_ONLY"), QStringLiteral("s3cr3t-two"), QStringLiteral("build"))}}};
        // Variables nested in a project or an environment, some without a scope.
        const QJsonObject nested{{QStringLiteral("projectByName"),
                                  QJsonObject{{QStringLiteral("envVariables"),
                                               QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                                                                      {QStringLiteral("value"), QStringLiteral("s3cr3t-three")}}}}}}};
        QVERIFY(cache.write(LagoonCache::variablesKey(QStringLiteral("lagoon-demo"), QStringLiteral("dev")), answer));
        QVERIFY(cache.write(LagoonCache::projectKey(QStringLiteral("lagoon-demo")), nested));

        const QByteArray disk = everythingOnDisk(root.path());
        QVERIFY(disk.contains("API_KEY"));
        QVERIFY(disk.contains("runtime"));
        QVERIFY(!disk.contains("s3cr3t"));

        const auto entry = LagoonCache(QStringLiteral("a"), root.path())
                               .read(LagoonCache::variablesKey(QStringLiteral("lagoon-demo"), QStringLiteral("dev")));
        const QJsonObject first = entry->data[QStringLiteral("getEnvVariablesByProjectEnvironmentName")][0].toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("API_KEY"));
        QCOMPARE(first.value(QStringLiteral("scope")).toString(), QStringLiteral("runtime"));
        QVERIFY(!first.contains(QStringLiteral("value")));
        // Not even the copy kept in memory has it.
        QVERIFY(!cache.read(LagoonCache::variablesKey(QStringLiteral("lagoon-demo"), QStringLiteral("dev")))
                     ->data[QStringLiteral("getEnvVariablesByProjectEnvironmentName")][0].toObject().contains(QStringLiteral("value")));
    }

    void withoutSecrets_dropsLogs_keepsOtherValues()
    {
        const QJsonObject in{{QStringLiteral("deploymentByName"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("lagoon-build-1")},
                                          {QStringLiteral("buildLog"), QStringLiteral("a long log")}}},
                             // An argument's value is not a variable's: it stays.
                             {QStringLiteral("argument"), QJsonObject{{QStringLiteral("name"), QStringLiteral("n")},
                                                                      {QStringLiteral("value"), QStringLiteral("v")}}}};
        const QJsonObject out = LagoonCache::withoutSecrets(in).toObject();
        QVERIFY(!out[QStringLiteral("deploymentByName")].toObject().contains(QStringLiteral("buildLog")));
        QCOMPARE(out[QStringLiteral("argument")][QStringLiteral("value")].toString(), QStringLiteral("v"));
    }

    void filePath_hostileKeysAndAccounts_stayInsideTheAccountFolder()
    {
        QTemporaryDir root;
        LagoonCache cache(QStringLiteral("../../etc"), root.path());
        QVERIFY(QFileInfo(cache.directory()).absolutePath() == QFileInfo(root.path()).absoluteFilePath());
        for (const QString &key : {QStringLiteral("../x"), QStringLiteral("project/../../x"), QStringLiteral("a/.hidden"),
                                   LagoonCache::projectKey(QStringLiteral("..")), LagoonCache::variablesKey(QStringLiteral("p"), QStringLiteral("a/b"))}) {
            const QString path = cache.filePath(key);
            QVERIFY2(!path.isEmpty(), qPrintable(key));
            QVERIFY2(QDir::cleanPath(path).startsWith(cache.directory() + QLatin1Char('/')), qPrintable(path));
            QVERIFY2(!QDir::cleanPath(path).contains(QLatin1String("/.")), qPrintable(path));
            QVERIFY(cache.write(key, QJsonArray{}));
        }
        QVERIFY(cache.filePath(QString()).isEmpty());
        QVERIFY(cache.filePath(QStringLiteral("a//b")).isEmpty());
        QVERIFY(!cache.write(QStringLiteral("/abs"), QJsonArray{}));
    }

    void accounts_areKeptApart()
    {
        QTemporaryDir root;
        LagoonCache one(QStringLiteral("one"), root.path());
        LagoonCache two(QStringLiteral("two"), root.path());
        QVERIFY(one.write(LagoonCache::projectsKey(), projectsAnswer()));
        QVERIFY(!two.read(LagoonCache::projectsKey()));
        QVERIFY(one.clear());
        QVERIFY(!LagoonCache(QStringLiteral("one"), root.path()).read(LagoonCache::projectsKey()));
        QVERIFY(!QDir(one.directory()).exists());
    }

    void read_damagedOrForeignFile_isEmpty_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{{{");
        QTest::newRow("truncated") << QByteArray(R"({"format":1,"fetchedAt":"2026-01-01T00:00:00Z","data":{)");
        QTest::newRow("other format") << QByteArray(R"({"format":99,"fetchedAt":"2026-01-01T00:00:00Z","data":{}})");
        QTest::newRow("no time") << QByteArray(R"({"format":1,"data":{}})");
        QTest::newRow("no data") << QByteArray(R"({"format":1,"fetchedAt":"2026-01-01T00:00:00Z"})");
        QTest::newRow("empty") << QByteArray();
    }

    void read_damagedOrForeignFile_isEmpty()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir root;
        LagoonCache cache(QStringLiteral("a"), root.path());
        QVERIFY(cache.write(LagoonCache::projectsKey(), projectsAnswer()));
        QFile file(cache.filePath(LagoonCache::projectsKey()));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        QVERIFY(!LagoonCache(QStringLiteral("a"), root.path()).read(LagoonCache::projectsKey()));
    }

    void write_unwritableFolder_failsWithMessage()
    {
        QTemporaryDir root;
        QFile blocker(root.filePath(QStringLiteral("a")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the account folder should be
        blocker.close();
        LagoonCache cache(QStringLiteral("a"), root.path());
        const auto written = cache.write(LagoonCache::projectsKey(), projectsAnswer());
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::PermissionDenied);
        QVERIFY(!written.error().message.isEmpty());
    }

    void defaultRoot_isTheSameForTheAppAndTheCli()
    {
        // The app and the CLI go by different names (app/gui/main.cpp, app/cli/main.cpp), yet the
        // CLI must find what the app cached and the other way round.
        const QString application = QCoreApplication::applicationName();
        const QString organization = QCoreApplication::organizationName();
        QCoreApplication::setApplicationName(QStringLiteral("lagoon-desktop"));
        QCoreApplication::setOrganizationName(QStringLiteral("lagoon-desktop"));
        const QString app = LagoonCache(QStringLiteral("acc")).directory();
        QCoreApplication::setApplicationName(QStringLiteral("lagoon-desktop-cli"));
        QCoreApplication::setOrganizationName(QStringLiteral("Lagoon Desktop"));
        const QString cli = LagoonCache(QStringLiteral("acc")).directory();
        QCoreApplication::setApplicationName(application);
        QCoreApplication::setOrganizationName(organization);
        QCOMPARE(cli, app);
        QVERIFY2(app.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)), qPrintable(app));
        QVERIFY2(app.endsWith(QStringLiteral("/lagoon-desktop/lagoon-desktop/acc")), qPrintable(app));
    }
};

QTEST_GUILESS_MAIN(tst_LagoonCache)
#include "tst_lagooncache.moc"
