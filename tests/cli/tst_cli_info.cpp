// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/support/clirunner.h"
#include "tests/support/gitfixture.h"

using Lagoon::Test::GitFixture;

class tst_CliInfo : public QObject
{
    Q_OBJECT

private:
    using Run = Lagoon::Test::CliRun;

    static Run run(const QStringList &arguments, const QString &workdir = {},
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return Lagoon::Test::runCli(arguments, workdir, env);
    }

private Q_SLOTS:
    void version_printsNameAndVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("lagoon-desktop-cli 0."));
    }

    void help_listsCommandsAndExitCodes()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("info"));
        QVERIFY(r.out.contains("Exit codes"));
        const Run infoHelp = run({QStringLiteral("info"), QStringLiteral("--help")});
        QCOMPARE(infoHelp.exitCode, 0);
        QVERIFY(infoHelp.out.contains("--json"));
    }

    void usageErrors_exitWithTwo()
    {
        QCOMPARE(run({}).exitCode, 2);
        const Run unknown = run({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("Unknown command 'frobnicate'"));
        QCOMPARE(run({QStringLiteral("info"), QStringLiteral("--bogus")}).exitCode, 2);
        const Run missing = run({QStringLiteral("info"), QStringLiteral("/nonexistent/lagoon")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("does not exist"));
        QVERIFY(missing.out.isEmpty());
    }

    void info_exampleJson_describesTheProject()
    {
        const Run r = run({QStringLiteral("info"), QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QStringLiteral("projectName")).toString(), QStringLiteral("drupal-example"));
        QCOMPARE(doc.value(QStringLiteral("composeSource")).toString(), QStringLiteral("docker-compose-yaml"));
        const QJsonArray files = doc.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("docker-compose.yml"));
        QVERIFY(files.at(1).toObject().value(QStringLiteral("exists")).toBool());
        QVERIFY(doc.value(QStringLiteral("problems")).toArray().isEmpty());
        QVERIFY(doc.value(QStringLiteral("git")).isObject());
    }

    void info_gitRepository_textAndJsonAgree()
    {
        GitFixture fx;
        QVERIFY(fx.init(QStringLiteral("repo")));
        QVERIFY(fx.write(QStringLiteral("repo/docker-compose.yml"), "services: {}\n"));
        QVERIFY(fx.commit(QStringLiteral("repo"), QStringLiteral(".lagoon.yml"), "docker-compose-yaml: docker-compose.yml\n",
                          QStringLiteral("Lagoon config")));
        QVERIFY(fx.write(QStringLiteral("repo/notes.txt"), "x"));

        const Run json = run({QStringLiteral("info"), QStringLiteral("--json")}, fx.path(QStringLiteral("repo")), fx.environment());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject git = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("git")).toObject();
        QCOMPARE(git.value(QStringLiteral("branch")).toString(), QStringLiteral("main"));
        QCOMPARE(git.value(QStringLiteral("head")).toObject().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Lagoon config"));
        QVERIFY(git.value(QStringLiteral("dirty")).toBool());
        const QJsonArray changes = git.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2); // docker-compose.yml and notes.txt are untracked
        QCOMPARE(git.value(QStringLiteral("upstream")).type(), QJsonValue::Null);

        const Run text = run({QStringLiteral("info"), fx.path(QStringLiteral("repo"))});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("main (no upstream)"));
        QVERIFY(text.out.contains("Lagoon config"));
        QVERIFY(text.out.contains("2 changed files, 2 untracked"));
    }

    void info_problems_exitWithOne()
    {
        GitFixture fx;
        QVERIFY(fx.write(QStringLiteral("p/.lagoon.yml"), "docker-compose-yaml: compose.yml\n"));
        const Run r = run({QStringLiteral("info"), fx.path(QStringLiteral("p"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("compose.yml: error: docker-compose file referenced in .lagoon.yml not found [project.compose-missing]"));
        QVERIFY(r.out.contains("not in a git repository"));
    }

    void info_japanese_translatesOutput()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LAGOON_DESKTOP_LANGUAGE"), QStringLiteral("ja"));
        const Run r = run({QStringLiteral("info"), QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example")},
                          {}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("ファイル")), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CliInfo)
#include "tst_cli_info.moc"
