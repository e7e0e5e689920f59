// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <csignal>

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "tests/cli/clihome.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon::Test;

// `lagoon-desktop-cli deploy` against the sandbox, signed in as the seed's maintainer: the build
// name without --follow, and with it the four outcomes the sandbox scripts (complete, failed,
// completed with warnings, cancelled) with their exit codes; Ctrl+C stops following only.
class tst_CliDeploy : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;

    bool signIn(CliHome &home)
    {
        const QString token = m_sandbox.userToken(QStringLiteral("maintainer@example.com"));
        const CliRun r = home.run({QStringLiteral("login"), QStringLiteral("--api"), m_sandbox.apiUrl().toString(),
                                   QStringLiteral("--account"), QStringLiteral("sandbox"), QStringLiteral("--token-stdin")},
                                  token.toUtf8() + '\n');
        return r.exitCode == 0;
    }

    CliRun deploy(CliHome &home, const QStringList &extra)
    {
        return home.run(QStringList{QStringLiteral("deploy"), QStringLiteral("--project"), QStringLiteral("lagoon-demo")} + extra,
                        {}, {}, 120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = CliHome::keychainProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_sandbox.start({QStringLiteral("--speed"), QStringLiteral("0.02")}), qPrintable(m_sandbox.errorString()));
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    void wrongUsageExitsWith2()
    {
        CliHome home;
        QCOMPARE(home.run({QStringLiteral("deploy"), QStringLiteral("--branch"), QStringLiteral("dev")}).exitCode, 2);
        QCOMPARE(deploy(home, {QStringLiteral("--branch"), QStringLiteral("dev"), QStringLiteral("--environment"),
                               QStringLiteral("dev")})
                     .exitCode,
                 2);
        const CliRun badVariable = deploy(home, {QStringLiteral("--branch"), QStringLiteral("dev"),
                                                 QStringLiteral("--variable"), QStringLiteral("NOVALUE")});
        QCOMPARE(badVariable.exitCode, 2);
        QVERIFY(badVariable.err.contains("NAME=VALUE"));
    }

    void withoutFollowPrintsTheBuildName()
    {
        CliHome home;
        QVERIFY(signIn(home));
        const CliRun r = deploy(home, {QStringLiteral("--branch"), QStringLiteral("dev"), QStringLiteral("--variable"),
                                       QStringLiteral("GREETING=hello world")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString build = r.text().trimmed();
        QVERIFY(build.startsWith(QLatin1String("lagoon-build-")));
        QCOMPARE(m_sandbox.build(build).value(QStringLiteral("environment")).toString(), QStringLiteral("dev"));
        const QJsonArray deploys = m_sandbox.events(QStringLiteral("deploy"));
        QCOMPARE(deploys.size(), 1);
        const QJsonObject variable = deploys.first().toObject().value(QStringLiteral("buildVariables")).toArray().first().toObject();
        QCOMPARE(variable.value(QStringLiteral("value")).toString(), QStringLiteral("hello world"));
    }

    void followComplete_exits0()
    {
        CliHome home;
        QVERIFY(signIn(home));
        const CliRun r = deploy(home, {QStringLiteral("--environment"), QStringLiteral("dev"), QStringLiteral("--follow")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.text().contains(QLatin1String("succeeded Image Builds (")), r.out.constData());
        QVERIFY(r.text().trimmed().endsWith(QLatin1String("completed.")));
    }

    void followFailed_exits1NamingTheStep()
    {
        CliHome home;
        QVERIFY(signIn(home));
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("outcome"), QStringLiteral("failed")},
                                           {QStringLiteral("failAt"), QStringLiteral("buildingImages")}}));
        const CliRun r = deploy(home, {QStringLiteral("--branch"), QStringLiteral("dev"), QStringLiteral("--follow")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.text().contains(QLatin1String("failed at Image Builds.")), r.out.constData());
    }

    void followWarnings_exits3()
    {
        CliHome home;
        QVERIFY(signIn(home));
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("outcome"), QStringLiteral("warnings")},
                                           {QStringLiteral("warnAt"), QStringLiteral("cleanupRoutes")}}));
        const CliRun r = deploy(home, {QStringLiteral("--branch"), QStringLiteral("dev"), QStringLiteral("--follow")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.text().contains(QLatin1String("Route/Ingress Cleanup (")), r.out.constData());
        QVERIFY(r.text().contains(QLatin1String(", with warnings")));
        QVERIFY(r.text().trimmed().endsWith(QLatin1String("completed with warnings.")));
    }

    void followCancelled_exits1_json()
    {
        CliHome home;
        QVERIFY(signIn(home));
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("outcome"), QStringLiteral("cancelled")},
                                           {QStringLiteral("cancelAt"), QStringLiteral("pushingImages")}}));
        const CliRun r = deploy(home, {QStringLiteral("--branch"), QStringLiteral("dev"), QStringLiteral("--follow"),
                                       QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
        QVERIFY(json.value(QStringLiteral("build")).toString().startsWith(QLatin1String("lagoon-build-")));
        QVERIFY(!json.value(QStringLiteral("steps")).toArray().isEmpty());
    }

    void lagoonRefusal_exits1WithItsWords()
    {
        CliHome home;
        QVERIFY(signIn(home));
        const CliRun r = deploy(home, {QStringLiteral("--branch"), QStringLiteral("no-such-branch")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Error deploying no-such-branch"), r.err.constData());
        QVERIFY(m_sandbox.events(QStringLiteral("deploy")).isEmpty());
    }

    void interruptStopsFollowingButNotTheBuild()
    {
        CliHome home;
        QVERIFY(signIn(home));
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("buildingImages")}}));
        QProcess cli;
        cli.setProcessEnvironment(home.environment());
        cli.start(qEnvironmentVariable("LAGOON_CLI"),
                  {QStringLiteral("deploy"), QStringLiteral("--project"), QStringLiteral("lagoon-demo"),
                   QStringLiteral("--branch"), QStringLiteral("dev"), QStringLiteral("--follow")});
        QByteArray err;
        QVERIFY(SandboxFixture::waitUntil(
            [&] {
                err += cli.readAllStandardError();
                return err.contains("Ctrl+C stops following") || cli.state() == QProcess::NotRunning;
            },
            60000));
        QVERIFY2(cli.state() == QProcess::Running, err.constData());
        ::kill(static_cast<pid_t>(cli.processId()), SIGINT);
        QVERIFY(SandboxFixture::waitUntil([&] { return cli.state() == QProcess::NotRunning; }, 30000));
        err += cli.readAllStandardError();
        QCOMPARE(cli.exitCode(), 130);
        QVERIFY2(err.contains("nothing was cancelled"), err.constData());
        const QString build = QString::fromUtf8(cli.readAllStandardOutput()).split(QLatin1Char('\n')).first().trimmed();
        QVERIFY(build.startsWith(QLatin1String("lagoon-build-")));
        QVERIFY(m_sandbox.events(QStringLiteral("build.cancel")).isEmpty());
        QCOMPARE(m_sandbox.build(build).value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    }
};

QTEST_GUILESS_MAIN(tst_CliDeploy)
#include "tst_cli_deploy.moc"
