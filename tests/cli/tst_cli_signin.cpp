// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include "tests/auth/authsandbox.h"
#include "tests/auth/browserdriver.h"
#include "tests/cli/clihome.h"

using namespace Lagoon::Test;

// `login --browser` and `login --ssh` against the sandbox's realm and SSH token service. The test
// plays the browser on the address the CLI prints; the SSH key is generated and registered with
// the sandbox here. The realm's tokens live 5 seconds, so later runs renew them.
class tst_CliSignIn : public QObject
{
    Q_OBJECT

private:
    AuthSandbox m_sandbox;
    static constexpr int TokenTtlSeconds = 5;

    static QJsonObject onlyAccount(CliHome &home)
    {
        const QJsonArray accounts = home.run({QStringLiteral("accounts"), QStringLiteral("--json")})
                                        .json()
                                        .value(QStringLiteral("accounts"))
                                        .toArray();
        return accounts.size() == 1 ? accounts.first().toObject() : QJsonObject();
    }

    qsizetype refreshGrants()
    {
        qsizetype count = 0;
        for (const QJsonValue &event : m_sandbox.events(QStringLiteral("oidc.token"))) {
            if (event.toObject().value(QStringLiteral("grant")).toString() == QLatin1StringView("refresh_token"))
                ++count;
        }
        return count;
    }

    // ssh as the CLI starts it, but with this test's known_hosts and no ~/.ssh/config: OpenSSH reads
    // those from the passwd home, not $HOME, and the sandbox's host key is new on every start.
    static bool installSshWrapper(CliHome &home)
    {
        const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
        QDir(home.path()).mkpath(QStringLiteral("bin"));
        QFile config(home.path(QStringLiteral("ssh_config")));
        QFile wrapper(home.path(QStringLiteral("bin/ssh")));
        if (ssh.isEmpty() || !config.open(QIODevice::WriteOnly) || !wrapper.open(QIODevice::WriteOnly))
            return false;
        wrapper.write(QStringLiteral("#!/bin/sh\nexec '%1' -F '%2' -o UserKnownHostsFile='%3' \"$@\"\n")
                          .arg(ssh, config.fileName(), home.path(QStringLiteral("known_hosts")))
                          .toUtf8());
        wrapper.setPermissions(wrapper.permissions() | QFileDevice::ExeOwner);
        home.environment().insert(QStringLiteral("PATH"), home.path(QStringLiteral("bin")) + QLatin1Char(':') +
                                                               home.environment().value(QStringLiteral("PATH")));
        home.environment().remove(QStringLiteral("SSH_AUTH_SOCK"));
        return true;
    }

    // Runs `login --browser` and plays the browser on the address it prints, signing in as `email`.
    static CliRun browserLogin(CliHome &home, const QStringList &arguments, const QString &email)
    {
        bool driven = false;
        QString browserError;
        const auto playBrowser = [&](const QByteArray &err) {
            const QRegularExpressionMatch line =
                QRegularExpression(QStringLiteral("^  (http\\S+)$"), QRegularExpression::MultilineOption)
                    .match(QString::fromUtf8(err));
            if (driven || !line.hasMatch())
                return;
            driven = true;
            BrowserDriver browser;
            const auto callback = browser.signIn(QUrl(line.captured(1)), email, email);
            if (!callback) {
                browserError = callback.error();
                return;
            }
            if (browser.deliver(*callback) != 200)
                browserError = QStringLiteral("the CLI's loopback address did not answer 200");
        };
        CliRun r = home.run(QStringList{QStringLiteral("login"), QStringLiteral("--browser"), QStringLiteral("--timeout"),
                                        QStringLiteral("60")} +
                                arguments,
                            {}, playBrowser);
        if (!driven)
            qWarning("login printed no address to open");
        if (!browserError.isEmpty())
            qWarning("browser: %s", qPrintable(browserError));
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = CliHome::keychainProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_sandbox.start({QStringLiteral("--access-token-ttl"), QString::number(TokenTtlSeconds)}),
                 qPrintable(m_sandbox.errorString()));
    }

    void browser_testPlaysTheBrowser_signsInAndRenews()
    {
        CliHome home;
        const QString email = QStringLiteral("maintainer@example.com");
        const CliRun r = browserLogin(home, {QStringLiteral("--api"), m_sandbox.apiUrl().toString()}, email);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("Open this address in your browser"));
        QVERIFY(r.text().contains(QStringLiteral("as maintainer@example.com")));

        const QJsonObject account = onlyAccount(home);
        QCOMPARE(account.value(QStringLiteral("method")).toString(), QStringLiteral("browser"));
        QCOMPARE(account.value(QStringLiteral("user")).toString(), email);
        QVERIFY(CliHome::keychainAccounts().contains(account.value(QStringLiteral("id")).toString()));
        QCOMPARE(home.run({QStringLiteral("projects")}).exitCode, 0);

        // Each renewal hands out a new refresh token and retires the old one, so every run must leave
        // the new one in the keychain for the next.
        const qsizetype before = refreshGrants();
        for (int round = 0; round < 2; ++round) {
            QTest::qWait((TokenTtlSeconds + 1) * 1000);
            QCOMPARE(onlyAccount(home).value(QStringLiteral("status")).toString(), QStringLiteral("renewable"));
            const CliRun projects = home.run({QStringLiteral("projects")});
            QVERIFY2(projects.exitCode == 0, projects.err.constData());
            QVERIFY(projects.out.contains("lagoon-demo"));
        }
        QCOMPARE(refreshGrants(), before + 2);
    }

    void browser_importedLagoonCliContext_findsItsRealm()
    {
        // lagoon-cli knows the API and the SSH service; the realm comes from discovery at login.
        CliHome home;
        QFile config(home.path(QStringLiteral("home/.lagoon.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("lagoons:\n  sandbox:\n    graphql: %1\n    hostname: %2\n    port: \"%3\"\n")
                         .arg(m_sandbox.apiUrl().toString(), m_sandbox.sshHost())
                         .arg(m_sandbox.sshPort())
                         .toUtf8());
        config.close();
        QCOMPARE(home.run({QStringLiteral("accounts"), QStringLiteral("import-lagoon-cli")}).exitCode, 0);
        QCOMPARE(onlyAccount(home).value(QStringLiteral("method")).toString(), QStringLiteral("ssh"));
        const CliRun r = browserLogin(home, {QStringLiteral("--account"), QStringLiteral("sandbox")},
                                      QStringLiteral("developer@example.com"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject account = onlyAccount(home);
        QCOMPARE(account.value(QStringLiteral("method")).toString(), QStringLiteral("browser"));
        QCOMPARE(account.value(QStringLiteral("user")).toString(), QStringLiteral("developer@example.com"));
    }

    void browser_nobodyComes_timesOut()
    {
        CliHome home;
        const CliRun r = home.run({QStringLiteral("login"), QStringLiteral("--api"), m_sandbox.apiUrl().toString(),
                                   QStringLiteral("--browser"), QStringLiteral("--timeout"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Signing in to"));
        QVERIFY(onlyAccount(home).isEmpty());
    }

    void ssh_registeredKey_signsIn()
    {
        CliHome home;
        QVERIFY(installSshWrapper(home));
        const QString key = m_sandbox.newKey(home.path(), QStringLiteral("id_cli"), QStringLiteral("developer@example.com"));
        QVERIFY(!key.isEmpty());
        const CliRun r = home.run({QStringLiteral("login"), QStringLiteral("--api"), m_sandbox.apiUrl().toString(),
                                   QStringLiteral("--account"), QStringLiteral("ssh-sandbox"), QStringLiteral("--ssh"),
                                   QStringLiteral("--ssh-key"), key, QStringLiteral("--ssh-user"), m_sandbox.sshUser()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("Asking the SSH token service"));
        QVERIFY(r.text().contains(QStringLiteral("Signed in to ssh-sandbox as developer@example.com")));
        const QJsonObject account = onlyAccount(home);
        QCOMPARE(account.value(QStringLiteral("method")).toString(), QStringLiteral("ssh"));
        QVERIFY(home.settingsText().contains("id_cli"));
        const CliRun environments = home.run({QStringLiteral("environments"), QStringLiteral("lagoon-demo")});
        QVERIFY2(environments.exitCode == 0, environments.err.constData());

        // Past the token's lifetime the next run asks the SSH service again by itself.
        QTest::qWait((TokenTtlSeconds + 1) * 1000);
        QCOMPARE(home.run({QStringLiteral("projects")}).exitCode, 0);
    }

    void ssh_unknownKey_failsAndStoresNothing()
    {
        CliHome home;
        QVERIFY(installSshWrapper(home));
        const QString key = m_sandbox.newKey(home.path(), QStringLiteral("id_stranger"));
        QVERIFY(!key.isEmpty());
        const QStringList before = CliHome::keychainAccounts();
        const CliRun r = home.run({QStringLiteral("login"), QStringLiteral("--api"), m_sandbox.apiUrl().toString(),
                                   QStringLiteral("--ssh"), QStringLiteral("--ssh-key"), key, QStringLiteral("--ssh-user"),
                                   m_sandbox.sshUser()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Signing in to"));
        QVERIFY(onlyAccount(home).isEmpty());
        QCOMPARE(CliHome::keychainAccounts(), before);
    }

    void browser_offlineAfterTheTokenExpired_printsTheCachedAnswers()
    {
        // Offline once the access token has expired: renewing it fails for want of a network, which
        // is being offline, not a sign-in that needs repeating. Last: it stops the sandbox.
        CliHome home;
        const CliRun r = browserLogin(home, {QStringLiteral("--api"), m_sandbox.apiUrl().toString()},
                                      QStringLiteral("maintainer@example.com"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(home.run({QStringLiteral("projects")}).exitCode, 0);
        QTest::qWait((TokenTtlSeconds + 1) * 1000);
        m_sandbox.stop();

        const CliRun projects = home.run({QStringLiteral("projects")});
        QCOMPARE(projects.exitCode, 1);
        QVERIFY2(projects.out.contains("lagoon-demo"), projects.err.constData());
        QVERIFY2(projects.err.contains("(offline, as of "), projects.err.constData());
        QVERIFY(!projects.err.contains("login --account"));
        const CliRun json = home.run({QStringLiteral("projects"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(QStringLiteral("offline")).toBool(), true);
        // Still signed in: nothing was refused.
        QCOMPARE(onlyAccount(home).value(QStringLiteral("status")).toString(), QStringLiteral("renewable"));
    }
};

QTEST_GUILESS_MAIN(tst_CliSignIn)
#include "tst_cli_signin.moc"
