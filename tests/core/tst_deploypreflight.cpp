// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// DeployPreflight on real git repositories (made by git itself) with real Lagoon files.
#include <QFuture>
#include <QTest>

#include "core/deploy/deploypreflight.h"
#include "tests/support/gitfixture.h"

using namespace Lagoon;

namespace {

const QByteArray LagoonYml = "docker-compose-yaml: docker-compose.yml\n";
const QByteArray GoodCompose = "x-lagoon-project: rules\n"
                               "services:\n"
                               "  cli:\n"
                               "    image: uselagoon/php-8.3-cli:latest\n"
                               "    labels:\n"
                               "      lagoon.type: cli\n";
// No lagoon.type: the build refuses it (an error at the service's name, line 3 column 3).
const QByteArray BrokenCompose = "x-lagoon-project: rules\n"
                                 "services:\n"
                                 "  cli:\n"
                                 "    image: busybox\n";
// mariadb-shared is a type Lagoon still accepts but no longer supports: a warning.
const QByteArray LegacyCompose = "services:\n"
                                 "  db:\n"
                                 "    image: mariadb\n"
                                 "    labels:\n"
                                 "      lagoon.type: mariadb-shared\n";

} // namespace

class TestDeployPreflight : public QObject
{
    Q_OBJECT

private:
    // A project committed on main and pushed to a bare "origin" with upstream set.
    QString pushedProject(Test::GitFixture &git, const QByteArray &compose)
    {
        bool ok = false;
        git.git({}, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
                     QStringLiteral("main"), QStringLiteral("origin.git")},
                &ok);
        if (!ok || !git.init(QStringLiteral("site"))
            || !git.commit(QStringLiteral("site"), QStringLiteral(".lagoon.yml"), LagoonYml, QStringLiteral("lagoon"))
            || !git.commit(QStringLiteral("site"), QStringLiteral("docker-compose.yml"), compose, QStringLiteral("site")))
            return {};
        git.git(QStringLiteral("site"), {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                                         git.path(QStringLiteral("origin.git"))},
                &ok);
        git.git(QStringLiteral("site"), {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-u"),
                                         QStringLiteral("origin"), QStringLiteral("main")},
                &ok);
        return ok ? git.path(QStringLiteral("site")) : QString();
    }

private Q_SLOTS:
    void cleanPushedProjectIsReady()
    {
        Test::GitFixture git;
        const QString root = pushedProject(git, GoodCompose);
        QVERIFY(!root.isEmpty());
        const Result<DeployPreflightReport> report = DeployPreflight::run(root);
        QVERIFY(report.has_value());
        QVERIFY2(report->errors.isEmpty(), qPrintable(report->errors.value(0).message));
        QVERIFY(!report->isBlocked());
        QVERIFY(!report->needsPush());
        QCOMPARE(report->git.branch, QStringLiteral("main"));
        QCOMPARE(report->git.upstream, QStringLiteral("origin/main"));
        QVERIFY(report->uncommittedPaths().isEmpty());
        QVERIFY(report->gitFindings().isEmpty());
    }

    void runsOffTheCallersThread()
    {
        Test::GitFixture git;
        const QString root = pushedProject(git, BrokenCompose);
        QVERIFY(!root.isEmpty());
        QFuture<Result<DeployPreflightReport>> future = DeployPreflight::start(root);
        future.waitForFinished();
        QVERIFY(future.result().has_value());
        QVERIFY(future.result()->isBlocked());
        QCOMPARE(future.result()->errors.size(), 1);
    }

    void validationErrorBlocksWithItsPosition()
    {
        Test::GitFixture git;
        const QString root = pushedProject(git, BrokenCompose);
        QVERIFY(!root.isEmpty());
        const Result<DeployPreflightReport> report = DeployPreflight::run(root);
        QVERIFY(report.has_value());
        QVERIFY(report->isBlocked());
        QCOMPARE(report->errors.size(), 1);
        const Diagnostic &error = report->errors.first();
        QCOMPARE(error.ruleId, QStringLiteral("compose.lagoon-type-missing"));
        QCOMPARE(error.file, QStringLiteral("docker-compose.yml"));
        QCOMPARE(error.line, 3);
        QCOMPARE(error.column, 3);
        QVERIFY(!error.message.isEmpty());
    }

    void warningsDoNotBlock()
    {
        Test::GitFixture git;
        const QString root = pushedProject(git, LegacyCompose);
        QVERIFY(!root.isEmpty());
        const Result<DeployPreflightReport> report = DeployPreflight::run(root);
        QVERIFY(report.has_value());
        QVERIFY(report->errors.isEmpty());
        QCOMPARE(report->warnings.size(), 1);
        QCOMPARE(report->warnings.first().ruleId, QStringLiteral("compose.lagoon-type-legacy"));
        QVERIFY(!report->isBlocked());
    }

    void uncommittedChangesAreListed()
    {
        Test::GitFixture git;
        const QString root = pushedProject(git, GoodCompose);
        QVERIFY(!root.isEmpty());
        QVERIFY(git.write(QStringLiteral("site/docker-compose.yml"), GoodCompose + "# edited\n"));
        QVERIFY(git.write(QStringLiteral("site/notes.txt"), "new\n"));
        const Result<DeployPreflightReport> report = DeployPreflight::run(root);
        QVERIFY(report.has_value());
        QStringList paths = report->uncommittedPaths();
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("docker-compose.yml"), QStringLiteral("notes.txt")}));
        QVERIFY(!report->isBlocked());
        QVERIFY(!report->needsPush());
        QCOMPARE(report->gitFindings(),
                 QStringList{QStringLiteral("2 file(s) have uncommitted changes, which Lagoon will not see.")});
    }

    void commitsNotOnTheRemoteNeedAPush()
    {
        Test::GitFixture git;
        const QString root = pushedProject(git, GoodCompose);
        QVERIFY(!root.isEmpty());
        QVERIFY(git.commit(QStringLiteral("site"), QStringLiteral("a.txt"), "a", QStringLiteral("a")));
        QVERIFY(git.commit(QStringLiteral("site"), QStringLiteral("b.txt"), "b", QStringLiteral("b")));
        const Result<DeployPreflightReport> report = DeployPreflight::run(root);
        QVERIFY(report.has_value());
        QCOMPARE(report->git.ahead, 2);
        QVERIFY(report->needsPush());
        QCOMPARE(report->gitFindings(), QStringList{QStringLiteral("2 commit(s) are not on origin/main yet.")});
    }

    void branchWithoutUpstreamNeedsAPush()
    {
        Test::GitFixture git;
        const QString root = pushedProject(git, GoodCompose);
        QVERIFY(!root.isEmpty());
        bool ok = false;
        git.git(QStringLiteral("site"), {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                                         QStringLiteral("feature/login")},
                &ok);
        QVERIFY(ok);
        const Result<DeployPreflightReport> report = DeployPreflight::run(root);
        QVERIFY(report.has_value());
        QCOMPARE(report->git.branch, QStringLiteral("feature/login"));
        QVERIFY(!report->git.hasUpstream());
        QVERIFY(report->needsPush());
        QCOMPARE(report->gitFindings(), QStringList{QStringLiteral("The branch feature/login is not on a remote yet.")});
    }

    void detachedHeadBlocks()
    {
        Test::GitFixture git;
        const QString root = pushedProject(git, GoodCompose);
        QVERIFY(!root.isEmpty());
        bool ok = false;
        git.git(QStringLiteral("site"), {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach")}, &ok);
        QVERIFY(ok);
        const Result<DeployPreflightReport> report = DeployPreflight::run(root);
        QVERIFY(report.has_value());
        QVERIFY(report->git.detached);
        QVERIFY(report->isBlocked());
        QVERIFY(!report->needsPush());
        QVERIFY(report->gitFindings().first().startsWith(QLatin1String("HEAD is detached")));
    }

    void folderOutsideGitBlocks()
    {
        Test::GitFixture git;
        QVERIFY(git.write(QStringLiteral("plain/.lagoon.yml"), LagoonYml));
        QVERIFY(git.write(QStringLiteral("plain/docker-compose.yml"), GoodCompose));
        const Result<DeployPreflightReport> report = DeployPreflight::run(git.path(QStringLiteral("plain")));
        QVERIFY(report.has_value());
        QVERIFY(!report->git.isRepository);
        QVERIFY(report->isBlocked());
        QCOMPARE(report->gitFindings(),
                 QStringList{QStringLiteral("The project is not in a git repository; Lagoon deploys from git.")});
    }
};

QTEST_GUILESS_MAIN(TestDeployPreflight)
#include "tst_deploypreflight.moc"
