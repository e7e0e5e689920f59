// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "core/project/gitrepository.h"
#include "tests/support/gitfixture.h"

using namespace Lagoon;
using Lagoon::Test::GitFixture;

class tst_GitRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspect_folderWithoutGit_isNotARepository()
    {
        GitFixture fx;
        QDir().mkpath(fx.path(QStringLiteral("plain")));
        const auto state = GitRepository::inspect(fx.path(QStringLiteral("plain")));
        QVERIFY(state.has_value());
        QVERIFY(!state->isRepository);
        QVERIFY(state->branch.isEmpty());
    }

    void inspect_freshRepository_isUnbornOnMain()
    {
        GitFixture fx;
        QVERIFY(fx.init(QStringLiteral("repo")));
        const auto state = GitRepository::inspect(fx.path(QStringLiteral("repo")));
        QVERIFY(state.has_value());
        QVERIFY(state->isRepository);
        QVERIFY(state->unborn);
        QCOMPARE(state->branch, QStringLiteral("main"));
        QVERIFY(!state->isDirty());
    }

    void inspect_commit_readsHeadDetails()
    {
        GitFixture fx;
        QVERIFY(fx.init(QStringLiteral("repo")));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral(".lagoon.yml"), "docker-compose-yaml: docker-compose.yml\n",
                          QStringLiteral("Add Lagoon configuration\n\nWith a body that is not the subject.")));
        const QString sha = fx.git(QStringLiteral("repo"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        const auto state = GitRepository::inspect(fx.path(QStringLiteral("repo")));
        QVERIFY(state.has_value());
        QVERIFY(!state->unborn);
        QVERIFY(!state->detached);
        QCOMPARE(state->branch, QStringLiteral("main"));
        QCOMPARE(state->head.sha, sha);
        QCOMPARE(state->head.subject, QStringLiteral("Add Lagoon configuration"));
        QCOMPARE(state->head.authorName, QStringLiteral("Ada Lagoon"));
        QCOMPARE(state->head.authorEmail, QStringLiteral("ada@example.com"));
        QVERIFY(qAbs(state->head.time.secsTo(QDateTime::currentDateTime())) < 600);
        QCOMPARE(state->root, QDir(fx.path(QStringLiteral("repo"))).canonicalPath());
        QVERIFY(!state->hasUpstream());
    }

    void inspect_subfolder_findsRepositoryRoot()
    {
        GitFixture fx;
        QVERIFY(fx.init(QStringLiteral("repo")));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral("sites/a/.lagoon.yml"), "x: 1\n", QStringLiteral("init")));
        const auto state = GitRepository::inspect(fx.path(QStringLiteral("repo/sites/a")));
        QVERIFY(state.has_value());
        QVERIFY(state->isRepository);
        QCOMPARE(state->root, QDir(fx.path(QStringLiteral("repo"))).canonicalPath());
    }

    void inspect_branches_followsCheckout()
    {
        GitFixture fx;
        QVERIFY(fx.init(QStringLiteral("repo")));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral("a"), "1", QStringLiteral("one")));
        fx.git(QStringLiteral("repo"), {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                                        QStringLiteral("feature/routes")});
        const auto state = GitRepository::inspect(fx.path(QStringLiteral("repo")));
        QVERIFY(state.has_value());
        QCOMPARE(state->branch, QStringLiteral("feature/routes"));
    }

    void inspect_dirtyAndUntracked_areClassified()
    {
        GitFixture fx;
        QVERIFY(fx.init(QStringLiteral("repo")));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral("tracked.txt"), "1", QStringLiteral("one")));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral("staged.txt"), "1", QStringLiteral("two")));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral("gone.txt"), "1", QStringLiteral("three")));
        QVERIFY(fx.write(QStringLiteral("repo/tracked.txt"), "changed"));
        QVERIFY(fx.write(QStringLiteral("repo/staged.txt"), "changed"));
        fx.git(QStringLiteral("repo"), {QStringLiteral("add"), QStringLiteral("staged.txt")});
        QVERIFY(QFile::remove(fx.path(QStringLiteral("repo/gone.txt"))));
        QVERIFY(fx.write(QStringLiteral("repo/new.txt"), "new"));
        QVERIFY(fx.write(QStringLiteral("repo/newdir/a.txt"), "new"));
        QVERIFY(fx.write(QStringLiteral("repo/newdir/b.txt"), "new"));

        const auto state = GitRepository::inspect(fx.path(QStringLiteral("repo")));
        QVERIFY(state.has_value());
        QVERIFY(state->isDirty());
        QHash<QString, int> flags;
        for (const GitChange &c : state->changes)
            flags.insert(c.path, c.flags);
        QCOMPARE(flags.size(), 5); // untracked folder stays one entry, like `git status`
        QCOMPARE(flags.value(QStringLiteral("tracked.txt")), int(GitChange::Modified));
        QCOMPARE(flags.value(QStringLiteral("staged.txt")), int(GitChange::Staged));
        QCOMPARE(flags.value(QStringLiteral("gone.txt")), int(GitChange::Deleted));
        QCOMPARE(flags.value(QStringLiteral("new.txt")), int(GitChange::Untracked));
        QCOMPARE(flags.value(QStringLiteral("newdir/")), int(GitChange::Untracked));
        QCOMPARE(state->untrackedCount(), 2);
    }

    void inspect_ignoredFiles_areNotChanges()
    {
        GitFixture fx;
        QVERIFY(fx.init(QStringLiteral("repo")));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral(".gitignore"), "node_modules/\n", QStringLiteral("ignore")));
        QVERIFY(fx.write(QStringLiteral("repo/node_modules/x/index.js"), "1"));
        const auto state = GitRepository::inspect(fx.path(QStringLiteral("repo")));
        QVERIFY(state.has_value());
        QVERIFY(!state->isDirty());
    }

    void inspect_upstream_countsAheadAndBehind()
    {
        GitFixture fx;
        fx.git(QString(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
                           QStringLiteral("main"), QStringLiteral("origin.git")});
        QVERIFY(fx.init(QStringLiteral("repo")));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral("a"), "1", QStringLiteral("one")));
        fx.git(QStringLiteral("repo"), {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                                        fx.path(QStringLiteral("origin.git"))});
        bool ok = false;
        fx.git(QStringLiteral("repo"), {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-u"),
                                        QStringLiteral("origin"), QStringLiteral("main")}, &ok);
        QVERIFY(ok);

        // Someone else pushes two commits; we commit three locally and fetch.
        fx.git(QString(), {QStringLiteral("clone"), QStringLiteral("-q"), fx.path(QStringLiteral("origin.git")),
                           QStringLiteral("other")});
        QVERIFY(fx.commit(QStringLiteral("other"), QStringLiteral("b"), "1", QStringLiteral("theirs 1")));
        QVERIFY(fx.commit(QStringLiteral("other"), QStringLiteral("c"), "1", QStringLiteral("theirs 2")));
        fx.git(QStringLiteral("other"), {QStringLiteral("push"), QStringLiteral("-q")}, &ok);
        QVERIFY(ok);
        for (int i = 0; i < 3; ++i)
            QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral("mine%1").arg(i), "1", QStringLiteral("mine %1").arg(i)));
        fx.git(QStringLiteral("repo"), {QStringLiteral("fetch"), QStringLiteral("-q")}, &ok);
        QVERIFY(ok);

        const auto state = GitRepository::inspect(fx.path(QStringLiteral("repo")));
        QVERIFY(state.has_value());
        QCOMPARE(state->upstream, QStringLiteral("origin/main"));
        QCOMPARE(state->ahead, 3);
        QCOMPARE(state->behind, 2);
        QCOMPARE(state->remotes.size(), 1);
        QCOMPARE(state->remotes.first().name, QStringLiteral("origin"));
        QCOMPARE(state->remotes.first().url, fx.path(QStringLiteral("origin.git")));
    }

    void inspect_detachedHead_hasNoBranch()
    {
        GitFixture fx;
        QVERIFY(fx.init(QStringLiteral("repo")));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral("a"), "1", QStringLiteral("one")));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral("a"), "2", QStringLiteral("two")));
        const QString first = fx.git(QStringLiteral("repo"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")});
        fx.git(QStringLiteral("repo"), {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach"),
                                        QStringLiteral("HEAD~1")});
        const auto state = GitRepository::inspect(fx.path(QStringLiteral("repo")));
        QVERIFY(state.has_value());
        QVERIFY(state->detached);
        QVERIFY(state->branch.isEmpty());
        QCOMPARE(state->head.sha, first);
        QCOMPARE(state->head.subject, QStringLiteral("one"));
    }

    void inspect_brokenRepository_isAnErrorNotACrash()
    {
        GitFixture fx;
        QVERIFY(fx.init(QStringLiteral("repo")));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral("a"), "1", QStringLiteral("one")));
        // HEAD pointing at garbage is what a half-written or corrupted repository looks like.
        QVERIFY(fx.write(QStringLiteral("repo/.git/HEAD"), "ref: refs/heads/../../../nonsense\n"));
        const auto state = GitRepository::inspect(fx.path(QStringLiteral("repo")));
        if (state.has_value()) {
            QVERIFY(state->head.sha.isEmpty());
        } else {
            QCOMPARE(state.error().code, Error::Code::GitFailed);
            QVERIFY(!state.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_GitRepository)
#include "tst_gitrepository.moc"
