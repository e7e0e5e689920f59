// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "tests/cli/clihome.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon::Test;

// The CLI's Lagoon commands against the sandbox and its lagoon-demo seed: a token read from stdin
// (the sandbox mints it as the SSH token service would), projects, environments and deployments as
// text and JSON, a refused token, and the cached answers when Lagoon is gone. Every home of these
// tests is new; the keychain is the test session's (tests/services/session.sh).
class tst_CliLagoon : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;

    // Signs `home` in as `email`; the account is called "sandbox".
    bool signIn(CliHome &home, const QString &email = QStringLiteral("maintainer@example.com"))
    {
        const QString token = m_sandbox.userToken(email);
        const CliRun r = home.run({QStringLiteral("login"), QStringLiteral("--api"), m_sandbox.apiUrl().toString(),
                                   QStringLiteral("--account"), QStringLiteral("sandbox"), QStringLiteral("--token-stdin")},
                                  token.toUtf8() + '\n');
        if (r.exitCode != 0)
            qWarning("login: %d %s", r.exitCode, r.err.constData());
        return r.exitCode == 0 && !r.out.contains(token.toUtf8()) && !r.err.contains(token.toUtf8());
    }

    // How many `operation` requests the sandbox has answered so far.
    int operationsRun(const QString &operation)
    {
        int seen = 0;
        const QJsonArray events = m_sandbox.events(QStringLiteral("graphql"));
        for (const QJsonValue &event : events)
            seen += event.toObject().value(QStringLiteral("operation")).toString() == operation;
        return seen;
    }

    static QJsonObject accountJson(CliHome &home, const QString &name)
    {
        const CliRun r = home.run({QStringLiteral("accounts"), QStringLiteral("--json")});
        for (const QJsonValue &account : r.json().value(QStringLiteral("accounts")).toArray()) {
            if (account.toObject().value(QStringLiteral("name")).toString() == name)
                return account.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = CliHome::keychainProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void login_tokenFromStdin_keepsItInTheKeychainOnly()
    {
        CliHome home;
        const QString token = m_sandbox.userToken(QStringLiteral("maintainer@example.com"));
        QVERIFY(!token.isEmpty());
        const CliRun r = home.run({QStringLiteral("login"), QStringLiteral("--api"), m_sandbox.apiUrl().toString(),
                                   QStringLiteral("--account"), QStringLiteral("sandbox"), QStringLiteral("--token-stdin")},
                                  token.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.text().contains(QStringLiteral("Signed in to sandbox as maintainer@example.com")));
        QVERIFY(!r.out.contains(token.toUtf8()) && !r.err.contains(token.toUtf8()));

        const QJsonObject account = accountJson(home, QStringLiteral("sandbox"));
        QCOMPARE(account.value(QStringLiteral("status")).toString(), QStringLiteral("signed-in"));
        QCOMPARE(account.value(QStringLiteral("method")).toString(), QStringLiteral("token"));
        QCOMPARE(account.value(QStringLiteral("user")).toString(), QStringLiteral("maintainer@example.com"));
        QCOMPARE(account.value(QStringLiteral("default")).toBool(), true);
        QVERIFY(account.value(QStringLiteral("tokenExpires")).toString().endsWith(QLatin1Char('Z')));
        // Discovery filled in the realm and the SSH token service.
        QVERIFY(home.settingsText().contains("authServerUrl"));
        QVERIFY(home.settingsText().contains(m_sandbox.apiUrl().toString().toUtf8()));
        QVERIFY(CliHome::keychainAccounts().contains(account.value(QStringLiteral("id")).toString()));
        QVERIFY(!home.settingsText().contains(token.toUtf8()));

        const CliRun text = home.run({QStringLiteral("accounts")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.text().contains(QStringLiteral("signed in")));
        QVERIFY(!text.out.contains(token.toUtf8()));
    }

    void projects_textAndJson_showTheSeed()
    {
        CliHome home;
        QVERIFY(signIn(home));
        const CliRun text = home.run({QStringLiteral("projects")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.startsWith("PROJECT"));
        const QStringList lines = text.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 3),
                 (QStringList{QStringLiteral("lagoon-demo"), QStringLiteral("main"), QStringLiteral("4")}));

        const CliRun json = home.run({QStringLiteral("projects"), QStringLiteral("--json"), QStringLiteral("--account"),
                                      QStringLiteral("sandbox")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject doc = json.json();
        QCOMPARE(doc.value(QStringLiteral("offline")).toBool(true), false);
        const QJsonArray projects = doc.value(QStringLiteral("projects")).toArray();
        QCOMPARE(projects.size(), 1);
        const QJsonObject project = projects.first().toObject();
        QCOMPARE(project.value(QStringLiteral("name")).toString(), QStringLiteral("lagoon-demo"));
        QCOMPARE(project.value(QStringLiteral("id")).toInt(), 18);
        QCOMPARE(project.value(QStringLiteral("productionEnvironment")).toString(), QStringLiteral("main"));
        QCOMPARE(project.value(QStringLiteral("environments")).toArray(),
                 (QJsonArray{QStringLiteral("main"), QStringLiteral("staging"), QStringLiteral("dev"),
                             QStringLiteral("pr-175")}));
    }

    void environments_textAndJson_showTypesNamespacesAndLastDeployment()
    {
        CliHome home;
        QVERIFY(signIn(home));
        const CliRun text = home.run({QStringLiteral("environments"), QStringLiteral("lagoon-demo")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.startsWith("ENVIRONMENT"));
        QVERIFY(text.out.contains("lagoon-demo-main"));
        QVERIFY(text.out.contains("pullrequest"));
        QVERIFY(text.out.contains("lagoon-build-7g8h9i running"));

        const CliRun json = home.run({QStringLiteral("environments"), QStringLiteral("lagoon-demo"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray environments = json.json().value(QStringLiteral("environments")).toArray();
        QCOMPARE(environments.size(), 4);
        const QJsonObject main = environments.at(0).toObject();
        QCOMPARE(main.value(QStringLiteral("name")).toString(), QStringLiteral("main"));
        QCOMPARE(main.value(QStringLiteral("id")).toInt(), 3);
        QCOMPARE(main.value(QStringLiteral("environmentType")).toString(), QStringLiteral("production"));
        QCOMPARE(main.value(QStringLiteral("deployType")).toString(), QStringLiteral("branch"));
        QCOMPARE(main.value(QStringLiteral("namespace")).toString(), QStringLiteral("lagoon-demo-main"));
        QVERIFY(!main.value(QStringLiteral("route")).toString().isEmpty());
        const QJsonObject last = main.value(QStringLiteral("lastDeployment")).toObject();
        QCOMPARE(last.value(QStringLiteral("name")).toString(), QStringLiteral("lagoon-build-7g8h9i"));
        QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        const QJsonObject pr = environments.at(3).toObject();
        QCOMPARE(pr.value(QStringLiteral("name")).toString(), QStringLiteral("pr-175"));
        QCOMPARE(pr.value(QStringLiteral("deployType")).toString(), QStringLiteral("pullrequest"));
        QVERIFY(pr.value(QStringLiteral("lastDeployment")).isNull());
    }

    void deployments_textJsonAndLimit()
    {
        CliHome home;
        QVERIFY(signIn(home));
        const CliRun text = home.run({QStringLiteral("deployments"), QStringLiteral("lagoon-demo"), QStringLiteral("main")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QStringList lines = text.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("DEPLOYMENT")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("lagoon-build-7g8h9i")));
        QVERIFY(lines.at(2).contains(QStringLiteral("failed")));
        QVERIFY(lines.at(3).contains(QStringLiteral("complete")));
        QVERIFY(lines.at(3).contains(QStringLiteral("17 min 0 s")));

        const CliRun json = home.run({QStringLiteral("deployments"), QStringLiteral("lagoon-demo"), QStringLiteral("main"),
                                      QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject doc = json.json();
        QCOMPARE(doc.value(QStringLiteral("namespace")).toString(), QStringLiteral("lagoon-demo-main"));
        const QJsonArray deployments = doc.value(QStringLiteral("deployments")).toArray();
        QCOMPARE(deployments.size(), 2);
        const QJsonObject failed = deployments.at(1).toObject();
        QCOMPARE(failed.value(QStringLiteral("name")).toString(), QStringLiteral("lagoon-build-def456"));
        QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(QStringLiteral("durationSeconds")).toInt(), 1020);
        QVERIFY(failed.value(QStringLiteral("started")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(deployments.at(0).toObject().value(QStringLiteral("completed")).isNull());
    }

    void notFound_andUsage_exitCodes()
    {
        CliHome home;
        const CliRun none = home.run({QStringLiteral("projects")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("no Lagoon account yet"));
        QVERIFY(signIn(home));
        const CliRun project = home.run({QStringLiteral("environments"), QStringLiteral("no-such-project")});
        QCOMPARE(project.exitCode, 1);
        QVERIFY(project.err.contains("no project no-such-project"));
        const CliRun environment =
            home.run({QStringLiteral("deployments"), QStringLiteral("lagoon-demo"), QStringLiteral("nope")});
        QCOMPARE(environment.exitCode, 1);
        QVERIFY(environment.err.contains("has no environment nope"));
        QCOMPARE(home.run({QStringLiteral("deployments"), QStringLiteral("lagoon-demo")}).exitCode, 2);
        QCOMPARE(home.run({QStringLiteral("deployments"), QStringLiteral("lagoon-demo"), QStringLiteral("main"),
                           QStringLiteral("--limit"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(home.run({QStringLiteral("projects"), QStringLiteral("--account"), QStringLiteral("nobody")}).exitCode, 2);
        // A token belongs on stdin, never on the command line.
        const CliRun argv = home.run({QStringLiteral("login"), QStringLiteral("--token-stdin"), QStringLiteral("eyJ.x.y")});
        QCOMPARE(argv.exitCode, 2);
        QVERIFY(argv.err.contains("never from the command line"));
        QCOMPARE(home.run({QStringLiteral("login"), QStringLiteral("--token-stdin")}, QByteArray()).exitCode, 2);
        QCOMPARE(home.run({QStringLiteral("login"), QStringLiteral("--browser"), QStringLiteral("--ssh")}).exitCode, 2);
        QCOMPARE(home.run({QStringLiteral("login"), QStringLiteral("--api"), QStringLiteral("ftp://x"),
                           QStringLiteral("--token-stdin")},
                          "token\n")
                     .exitCode,
                 2);
    }

    void login_apiWithoutScheme_isHttps_andPlainHttpToAnotherHostIsRefused()
    {
        CliHome home;
        const QStringList before = CliHome::keychainAccounts();
        const QString token = m_sandbox.userToken(QStringLiteral("maintainer@example.com"));
        const int meBefore = operationsRun(QStringLiteral("Me"));
        // The sandbox speaks plain http on 127.0.0.1; typed without a scheme, the address is https://,
        // so the token never reaches it.
        const QString bare = m_sandbox.apiUrl().toString(QUrl::RemoveScheme).mid(2);
        const CliRun https = home.run({QStringLiteral("login"), QStringLiteral("--api"), bare, QStringLiteral("--account"),
                                       QStringLiteral("bare"), QStringLiteral("--token-stdin")},
                                      token.toUtf8() + '\n');
        QVERIFY2(https.exitCode == 1, https.err.constData());
        QCOMPARE(operationsRun(QStringLiteral("Me")), meBefore);

        const CliRun http =
            home.run({QStringLiteral("login"), QStringLiteral("--api"), QStringLiteral("http://api.lagoon.example.com/graphql"),
                      QStringLiteral("--token-stdin")},
                     token.toUtf8() + '\n');
        QCOMPARE(http.exitCode, 2);
        QVERIFY2(http.err.contains("unencrypted"), http.err.constData());
        QVERIFY(http.err.contains("http://api.lagoon.example.com/graphql"));

        QCOMPARE(CliHome::keychainAccounts(), before);
        QVERIFY(home.run({QStringLiteral("accounts"), QStringLiteral("--json")})
                    .json()
                    .value(QStringLiteral("accounts"))
                    .toArray()
                    .isEmpty());
    }

    void login_badToken_isRefusedAndNothingIsStored()
    {
        CliHome home;
        const QStringList before = CliHome::keychainAccounts();
        QString token = m_sandbox.userToken(QStringLiteral("developer@example.com"));
        // The same claims with another signature: readable, but not Lagoon's.
        token = token.left(token.lastIndexOf(QLatin1Char('.')) + 1) + QStringLiteral("c2lnbmF0dXJl");
        const QStringList args{QStringLiteral("login"), QStringLiteral("--api"), m_sandbox.apiUrl().toString(),
                               QStringLiteral("--account"), QStringLiteral("bad"), QStringLiteral("--token-stdin")};
        const CliRun refused = home.run(args, token.toUtf8());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Lagoon refused the token"), refused.err.constData());
        QVERIFY(!refused.err.contains(token.toUtf8()));

        const CliRun garbage = home.run(args, "not a token at all\n");
        QCOMPARE(garbage.exitCode, 1);
        QVERIFY(garbage.err.contains("Signing in to bad failed"));

        QCOMPARE(CliHome::keychainAccounts(), before);
        const CliRun accounts = home.run({QStringLiteral("accounts"), QStringLiteral("--json")});
        QCOMPARE(accounts.exitCode, 0);
        QVERIFY(accounts.json().value(QStringLiteral("accounts")).toArray().isEmpty());
        QVERIFY(!home.settingsText().contains(token.toUtf8()));
    }

    void offline_printsTheCachedAnswersAndExitsOne()
    {
        CliHome home;
        QVERIFY(signIn(home));
        QCOMPARE(home.run({QStringLiteral("projects")}).exitCode, 0);
        QCOMPARE(home.run({QStringLiteral("environments"), QStringLiteral("lagoon-demo")}).exitCode, 0);
        QCOMPARE(home.run({QStringLiteral("deployments"), QStringLiteral("lagoon-demo"), QStringLiteral("main")}).exitCode, 0);
        QVERIFY(!home.cacheText().isEmpty());

        m_sandbox.kill();
        const CliRun projects = home.run({QStringLiteral("projects")});
        QCOMPARE(projects.exitCode, 1);
        QVERIFY(projects.out.contains("lagoon-demo"));
        QVERIFY2(projects.err.contains("(offline, as of "), projects.err.constData());
        const CliRun json = home.run({QStringLiteral("environments"), QStringLiteral("lagoon-demo"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(QStringLiteral("offline")).toBool(), true);
        QCOMPARE(json.json().value(QStringLiteral("environments")).toArray().size(), 4);
        const CliRun deployments =
            home.run({QStringLiteral("deployments"), QStringLiteral("lagoon-demo"), QStringLiteral("main")});
        QCOMPARE(deployments.exitCode, 1);
        QVERIFY(deployments.out.contains("lagoon-build-def456"));
        QVERIFY(deployments.err.contains("(offline, as of "));
        // Nothing cached: the error alone.
        const CliRun unknown = home.run({QStringLiteral("environments"), QStringLiteral("other")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(!unknown.err.contains("offline"));

        // The restarted realm has keys of its own, so the old token is refused, not taken for offline.
        QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
        const CliRun refused = home.run({QStringLiteral("projects")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!refused.err.contains("offline"));
        QVERIFY(signIn(home));
        QCOMPARE(home.run({QStringLiteral("projects")}).exitCode, 0);
    }

    void logout_forgetsTokensAndCache()
    {
        CliHome home;
        QVERIFY(signIn(home));
        QCOMPARE(home.run({QStringLiteral("projects")}).exitCode, 0);
        const QString id = accountJson(home, QStringLiteral("sandbox")).value(QStringLiteral("id")).toString();
        QVERIFY(CliHome::keychainAccounts().contains(id));
        const CliRun out = home.run({QStringLiteral("logout")});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        QVERIFY(!CliHome::keychainAccounts().contains(id));
        QVERIFY(home.cacheText().isEmpty());
        QCOMPARE(accountJson(home, QStringLiteral("sandbox")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("signed-out"));
        const CliRun projects = home.run({QStringLiteral("projects")});
        QCOMPARE(projects.exitCode, 1);
        QVERIFY(projects.err.contains("login --account sandbox"));
        // Signing in again needs no --api: the account is known.
        const QString token = m_sandbox.userToken(QStringLiteral("maintainer@example.com"));
        QCOMPARE(home.run({QStringLiteral("login"), QStringLiteral("--token-stdin")}, token.toUtf8()).exitCode, 0);
        QCOMPARE(home.run({QStringLiteral("projects")}).exitCode, 0);
        QCOMPARE(home.run({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("sandbox")}).exitCode, 0);
        QVERIFY(!CliHome::keychainAccounts().contains(id));
    }
};

QTEST_GUILESS_MAIN(tst_CliLagoon)
#include "tst_cli_lagoon.moc"
