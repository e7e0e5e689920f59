// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QSignalSpy>
#include <QTest>

#include "core/project/project.h"
#include "core/project/projectwatcher.h"
#include "tests/support/gitfixture.h"

using namespace Lagoon;
using Lagoon::Test::GitFixture;

class tst_Project : public QObject
{
    Q_OBJECT

private:
    // A small Lagoon project in a git repository with one commit.
    static void makeProject(const GitFixture &fx)
    {
        QVERIFY(fx.init(QStringLiteral("repo")));
        QVERIFY(fx.write(QStringLiteral("repo/docker-compose.yml"), "x-lagoon-project: demo\nservices: {}\n"));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral(".lagoon.yml"), "docker-compose-yaml: docker-compose.yml\n",
                          QStringLiteral("Initial")));
        fx.git(QStringLiteral("repo"), {QStringLiteral("add"), QStringLiteral("-A")});
        fx.git(QStringLiteral("repo"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                        QStringLiteral("Add compose")});
    }

    static void openAndWait(Project &project, const QString &folder)
    {
        QSignalSpy loaded(&project, &Project::loaded);
        project.watcher()->setDelay(50);
        project.open(folder);
        QVERIFY(loaded.wait(10000));
    }

private Q_SLOTS:
    void open_gitProject_loadsFilesAndGit()
    {
        GitFixture fx;
        makeProject(fx);
        Project project;
        openAndWait(project, fx.path(QStringLiteral("repo")));
        QVERIFY(project.isLoaded());
        QCOMPARE(project.displayName(), QStringLiteral("demo"));
        QVERIFY(project.files().problems.isEmpty());
        QVERIFY(project.gitState().isRepository);
        QCOMPARE(project.gitState().branch, QStringLiteral("main"));
        QCOMPARE(project.gitState().head.subject, QStringLiteral("Add compose"));
        QVERIFY(!project.gitState().isDirty());
        QVERIFY(!project.gitError().has_value());
        QVERIFY(!project.watcher()->watchedPaths().isEmpty());
    }

    void open_folderWithoutGit_stillOpens()
    {
        GitFixture fx;
        QVERIFY(fx.write(QStringLiteral("plain/.lagoon.yml"), "docker-compose-yaml: docker-compose.yml\n"));
        Project project;
        openAndWait(project, fx.path(QStringLiteral("plain")));
        QVERIFY(!project.gitState().isRepository);
        QCOMPARE(project.displayName(), QStringLiteral("plain"));
        QCOMPARE(project.files().problems.size(), 1); // the compose file is missing
    }

    void open_missingFolder_fails()
    {
        Project project;
        QSignalSpy failed(&project, &Project::loadFailed);
        project.open(QStringLiteral("/nonexistent/lagoon/project"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::NotFound);
        QVERIFY(!project.isLoaded());
    }

    void watch_editLagoonYml_updatesFiles()
    {
        GitFixture fx;
        makeProject(fx);
        Project project;
        openAndWait(project, fx.path(QStringLiteral("repo")));
        QSignalSpy filesChanged(&project, &Project::filesChanged);
        QVERIFY(fx.write(QStringLiteral("repo/.lagoon.yml"), "docker-compose-yaml: compose.prod.yml\n"));
        QTRY_VERIFY_WITH_TIMEOUT(project.files().file(ProjectFile::Role::Compose)->relativePath ==
                                     QLatin1String("compose.prod.yml"),
                                 10000);
        QVERIFY(filesChanged.count() >= 1);
        QVERIFY(hasErrors(project.files().problems)); // compose.prod.yml does not exist

        // Creating the newly named file is noticed through the folder watch.
        QVERIFY(fx.write(QStringLiteral("repo/compose.prod.yml"), "x-lagoon-project: demo-prod\n"));
        QTRY_COMPARE_WITH_TIMEOUT(project.displayName(), QStringLiteral("demo-prod"), 10000);
        QVERIFY(project.files().problems.isEmpty());
    }

    void watch_newEnvFileAndDeletion_areNoticed()
    {
        GitFixture fx;
        makeProject(fx);
        Project project;
        openAndWait(project, fx.path(QStringLiteral("repo")));
        QVERIFY(fx.write(QStringLiteral("repo/.lagoon.env.develop"), "A=1\n"));
        QTRY_VERIFY_WITH_TIMEOUT(project.files().file(ProjectFile::Role::LagoonEnv) != nullptr, 10000);
        QVERIFY(QFile::remove(fx.path(QStringLiteral("repo/docker-compose.yml"))));
        QTRY_VERIFY_WITH_TIMEOUT(!project.files().file(ProjectFile::Role::Compose)->exists, 10000);
        QCOMPARE(project.files().problems.first().ruleId, QStringLiteral("project.compose-missing"));
    }

    void watch_gitCommitAndBranch_updateGitState()
    {
        GitFixture fx;
        makeProject(fx);
        Project project;
        openAndWait(project, fx.path(QStringLiteral("repo")));
        QSignalSpy gitChanged(&project, &Project::gitStateChanged);

        QVERIFY(fx.write(QStringLiteral("repo/web/index.php"), "<?php\n"));
        QTRY_VERIFY_WITH_TIMEOUT(project.gitState().isDirty(), 10000);

        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral("web/index.php"), "<?php echo 1;\n",
                          QStringLiteral("Add the front controller")));
        QTRY_COMPARE_WITH_TIMEOUT(project.gitState().head.subject, QStringLiteral("Add the front controller"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!project.gitState().isDirty(), 10000);

        fx.git(QStringLiteral("repo"), {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                                        QStringLiteral("develop")});
        QTRY_COMPARE_WITH_TIMEOUT(project.gitState().branch, QStringLiteral("develop"), 10000);
        QVERIFY(gitChanged.count() >= 3);
    }

    void watch_burstOfWrites_isDebounced()
    {
        GitFixture fx;
        makeProject(fx);
        Project project;
        openAndWait(project, fx.path(QStringLiteral("repo")));
        project.watcher()->setDelay(300);
        QSignalSpy watcherFiles(project.watcher(), &ProjectWatcher::filesChanged);
        for (int i = 0; i < 30; ++i) {
            QVERIFY(fx.write(QStringLiteral("repo/.lagoon.yml"),
                             QByteArray("docker-compose-yaml: docker-compose.yml\n# edit ") + QByteArray::number(i)));
            QTest::qWait(5);
        }
        QVERIFY(watcherFiles.wait(5000));
        QTest::qWait(600);
        QVERIFY2(watcherFiles.count() <= 2, qPrintable(QString::number(watcherFiles.count())));
    }

    void refresh_whileClean_emitsNothing()
    {
        GitFixture fx;
        makeProject(fx);
        Project project;
        openAndWait(project, fx.path(QStringLiteral("repo")));
        QTest::qWait(300); // let the watcher settle after opening
        QSignalSpy filesChanged(&project, &Project::filesChanged);
        QSignalSpy gitChanged(&project, &Project::gitStateChanged);
        project.refresh();
        QTest::qWait(500);
        QCOMPARE(filesChanged.count(), 0);
        QCOMPARE(gitChanged.count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Project)
#include "tst_project.moc"
