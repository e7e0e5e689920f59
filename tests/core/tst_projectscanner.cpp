// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/project/projectscanner.h"

using namespace Lagoon;

class tst_ProjectScanner : public QObject
{
    Q_OBJECT

private:
    static void write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    static QStringList ruleIds(const ProjectFiles &files)
    {
        QStringList ids;
        for (const Diagnostic &d : files.problems)
            ids << d.ruleId;
        return ids;
    }

private Q_SLOTS:
    void scan_exampleProject_findsEverything()
    {
        const auto files = ProjectScanner::scan(QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example"));
        QVERIFY(files.has_value());
        QVERIFY2(files->problems.isEmpty(), qPrintable(ruleIds(*files).join(QLatin1Char(','))));
        QCOMPARE(files->projectName, QStringLiteral("drupal-example"));
        QCOMPARE(files->composeSource, QStringLiteral("docker-compose-yaml"));
        QVERIFY(files->file(ProjectFile::Role::LagoonYml)->exists);
        QVERIFY(files->file(ProjectFile::Role::Compose)->exists);
        QCOMPARE(files->file(ProjectFile::Role::Compose)->relativePath, QStringLiteral("docker-compose.yml"));
        QCOMPARE(files->file(ProjectFile::Role::LagoonEnv)->relativePath, QStringLiteral(".lagoon.env.main"));
        QVERIFY(files->file(ProjectFile::Role::LagoonYml)->size > 100);
    }

    void scan_composeNamedInLagoonYml_usesThatFile()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral(".lagoon.yml"), "docker-compose-yaml: deploy/compose.lagoon.yml\n");
        write(dir, QStringLiteral("deploy/compose.lagoon.yml"), "x-lagoon-project: shop\nservices: {}\n");
        write(dir, QStringLiteral("docker-compose.yml"), "services: {}\n");
        const auto files = ProjectScanner::scan(dir.path());
        QVERIFY(files.has_value());
        QCOMPARE(files->file(ProjectFile::Role::Compose)->relativePath, QStringLiteral("deploy/compose.lagoon.yml"));
        QVERIFY(files->file(ProjectFile::Role::Compose)->exists);
        QCOMPARE(files->projectName, QStringLiteral("shop"));
        QVERIFY(files->problems.isEmpty());
    }

    void scan_namedComposeMissing_reportsLagoonsMessage()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral(".lagoon.yml"), "docker-compose-yaml: docker-compose.lagoon.yml\n");
        write(dir, QStringLiteral("docker-compose.yml"), "services: {}\n");
        const auto files = ProjectScanner::scan(dir.path());
        QVERIFY(files.has_value());
        QCOMPARE(ruleIds(*files), QStringList{QStringLiteral("project.compose-missing")});
        QCOMPARE(files->problems.first().message, QStringLiteral("docker-compose file referenced in .lagoon.yml not found"));
        QCOMPARE(files->problems.first().file, QStringLiteral("docker-compose.lagoon.yml"));
        QVERIFY(!files->file(ProjectFile::Role::Compose)->exists);
    }

    void scan_composeKeyMissing_isAnErrorLikeLagoon()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral(".lagoon.yml"), "environments: {}\n");
        write(dir, QStringLiteral("docker-compose.yml"), "services: {}\n");
        const auto files = ProjectScanner::scan(dir.path());
        QVERIFY(files.has_value());
        QCOMPARE(ruleIds(*files), QStringList{QStringLiteral("project.compose-not-named")});
        QCOMPARE(files->composeSource, QStringLiteral("default"));
        QVERIFY(files->file(ProjectFile::Role::Compose)->exists);
    }

    void scan_noLagoonYml_reportsIt()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("docker-compose.yml"), "services: {}\n");
        const auto files = ProjectScanner::scan(dir.path());
        QVERIFY(files.has_value());
        QCOMPARE(ruleIds(*files), QStringList{QStringLiteral("project.lagoon-yml-missing")});
        QVERIFY(!files->file(ProjectFile::Role::LagoonYml)->exists);
        QVERIFY(hasErrors(files->problems));
    }

    void scan_emptyFolder_reportsBothMissing()
    {
        QTemporaryDir dir;
        const auto files = ProjectScanner::scan(dir.path());
        QVERIFY(files.has_value());
        QCOMPARE(ruleIds(*files),
                 (QStringList{QStringLiteral("project.lagoon-yml-missing"), QStringLiteral("project.compose-missing")}));
    }

    void scan_malformedLagoonYml_reportsPosition()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral(".lagoon.yml"), "docker-compose-yaml: docker-compose.yml\nenvironments:\n  main: [\n");
        write(dir, QStringLiteral("docker-compose.yml"), "services: {}\n");
        const auto files = ProjectScanner::scan(dir.path());
        QVERIFY(files.has_value());
        QCOMPARE(ruleIds(*files), QStringList{QStringLiteral("project.lagoon-yml-unreadable")});
        QVERIFY(files->problems.first().line >= 3);
        // Falls back to the default compose file so the project still opens.
        QVERIFY(files->file(ProjectFile::Role::Compose)->exists);
    }

    void scan_binaryLagoonYml_isReportedNotCrashed()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral(".lagoon.yml"), QByteArray("\x7f" "ELF\0\0\x01\x02", 8));
        const auto files = ProjectScanner::scan(dir.path());
        QVERIFY(files.has_value());
        QVERIFY(ruleIds(*files).contains(QStringLiteral("project.lagoon-yml-unreadable")));
        QVERIFY(files->problems.first().message.contains(QStringLiteral("binary")));
    }

    void scan_deeplyNestedYaml_doesNotOverflow()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral(".lagoon.yml"), QByteArray(100000, '[') + QByteArray(100000, ']'));
        const auto files = ProjectScanner::scan(dir.path());
        QVERIFY(files.has_value());
        QVERIFY(ruleIds(*files).contains(QStringLiteral("project.lagoon-yml-unreadable")));
    }

    void scan_composeKeyNotAString_isReported()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral(".lagoon.yml"), "docker-compose-yaml:\n  - a.yml\n");
        const auto files = ProjectScanner::scan(dir.path());
        QVERIFY(files.has_value());
        QVERIFY(ruleIds(*files).contains(QStringLiteral("project.compose-name-invalid")));
    }

    void scan_overrideAndEnvFiles_areListed()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral(".lagoon.yml"), "docker-compose-yaml: docker-compose.yml\n");
        write(dir, QStringLiteral("docker-compose.yml"), "services: {}\n");
        write(dir, QStringLiteral(".lagoon.override.yml"), "tasks: {}\n");
        write(dir, QStringLiteral(".lagoon.env.main"), "A=1\n");
        write(dir, QStringLiteral(".lagoon.env.develop"), "A=2\n");
        write(dir, QStringLiteral(".lagoon.environment"), "not an env file\n");
        const auto files = ProjectScanner::scan(dir.path());
        QVERIFY(files.has_value());
        QStringList listed;
        for (const ProjectFile &f : files->files)
            listed << f.relativePath;
        QCOMPARE(listed, (QStringList{QStringLiteral(".lagoon.yml"), QStringLiteral("docker-compose.yml"),
                                      QStringLiteral(".lagoon.override.yml"), QStringLiteral(".lagoon.env.develop"),
                                      QStringLiteral(".lagoon.env.main")}));
    }

    void scan_missingFolder_isAnError()
    {
        const auto files = ProjectScanner::scan(QStringLiteral("/nonexistent/lagoon/project"));
        QVERIFY(!files.has_value());
        QCOMPARE(files.error().code, Error::Code::NotFound);
    }

    void scan_file_isNotAFolder()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("file.txt"), "x");
        const auto files = ProjectScanner::scan(dir.filePath(QStringLiteral("file.txt")));
        QVERIFY(!files.has_value());
        QCOMPARE(files.error().code, Error::Code::NotADirectory);
    }
};

QTEST_GUILESS_MAIN(tst_ProjectScanner)
#include "tst_projectscanner.moc"
