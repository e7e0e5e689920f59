// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "tests/cli/clihome.h"

using namespace Lagoon::Test;

// `accounts` without a Lagoon: importing lagoon-cli's contexts (tests/data/auth/lagoon.yml, whose
// tokens are unsigned fakes that expire in 2100), listing, removing and signing out. The tokens
// only reach the keychain when asked for, and never the output or the settings file.
class tst_CliAccounts : public QObject
{
    Q_OBJECT

private:
    static constexpr char AmazeeToken[] =
        "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjQxMDI0NDQ4MDAsImlhdCI6MTcwMDAwMDAwMCwiZW1haWwiOiJtZUBleGFtcGxl"
        "LmNvbSJ9.c2lnbmF0dXJl";

    static QString fixture(const char *name)
    {
        return QStringLiteral(LAGOON_TEST_DATA_DIR "/auth/") + QLatin1StringView(name);
    }

    static QJsonArray accounts(CliHome &home)
    {
        return home.run({QStringLiteral("accounts"), QStringLiteral("--json")}).json().value(QStringLiteral("accounts")).toArray();
    }

    static QJsonObject account(CliHome &home, const QString &name)
    {
        for (const QJsonValue &value : accounts(home)) {
            if (value.toObject().value(QStringLiteral("name")).toString() == name)
                return value.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = CliHome::keychainProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void list_withoutAccounts_saysHowToAddOne()
    {
        CliHome home;
        const CliRun r = home.run({QStringLiteral("accounts")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("import-lagoon-cli"));
        QCOMPARE(accounts(home), QJsonArray());
    }

    void import_fromHomeLagoonYml_withoutTokens()
    {
        CliHome home;
        QVERIFY(QFile::copy(fixture("lagoon.yml"), home.path(QStringLiteral("home/.lagoon.yml"))));
        const QStringList before = CliHome::keychainAccounts();
        const CliRun r = home.run({QStringLiteral("accounts"), QStringLiteral("import-lagoon-cli")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.text().contains(QStringLiteral("amazeeio: imported as the account amazeeio "
                                                 "(https://api.amazeeio.cloud/graphql).")));
        QVERIFY(r.text().contains(QStringLiteral("local: imported")));
        QVERIFY(r.err.contains("it was not imported"));
        QCOMPARE(accounts(home).size(), 4);
        const QJsonObject amazee = account(home, QStringLiteral("amazeeio"));
        QCOMPARE(amazee.value(QStringLiteral("method")).toString(), QStringLiteral("ssh"));
        QCOMPARE(amazee.value(QStringLiteral("status")).toString(), QStringLiteral("signed-out"));
        QCOMPARE(CliHome::keychainAccounts(), before);
        QVERIFY(!home.settingsText().contains(AmazeeToken));
        QVERIFY(home.settingsText().contains("token.amazeeio.cloud"));

        // Again: the same accounts, not copies.
        QCOMPARE(home.run({QStringLiteral("accounts"), QStringLiteral("import-lagoon-cli")}).exitCode, 0);
        QCOMPARE(accounts(home).size(), 4);
    }

    void import_withToken_putsItInTheKeychain()
    {
        CliHome home;
        const CliRun r = home.run({QStringLiteral("accounts"), QStringLiteral("import-lagoon-cli"), QStringLiteral("amazeeio"),
                                   QStringLiteral("brokentoken"), QStringLiteral("--with-token"), QStringLiteral("--file"),
                                   fixture("lagoon.yml")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.text().contains(QStringLiteral("amazeeio: imported as the account amazeeio "
                                                 "(https://api.amazeeio.cloud/graphql), signed in with its token.")));
        QVERIFY(r.err.contains("still holds it in plain text"));
        QVERIFY(r.err.contains("not a token Lagoon Desktop can read"));
        QVERIFY(!r.out.contains(AmazeeToken) && !r.err.contains(AmazeeToken));
        QCOMPARE(accounts(home).size(), 2);

        const QJsonObject amazee = account(home, QStringLiteral("amazeeio"));
        QCOMPARE(amazee.value(QStringLiteral("status")).toString(), QStringLiteral("signed-in"));
        QCOMPARE(amazee.value(QStringLiteral("tokenExpires")).toString(), QStringLiteral("2100-01-01T00:00:00Z"));
        QCOMPARE(account(home, QStringLiteral("brokentoken")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("signed-out"));
        const QString id = amazee.value(QStringLiteral("id")).toString();
        QVERIFY(CliHome::keychainAccounts().contains(id));
        const CliRun text = home.run({QStringLiteral("accounts")});
        QVERIFY(text.text().contains(QStringLiteral("2100-01-01")));
        QVERIFY(!text.out.contains(AmazeeToken));
        QVERIFY(!home.settingsText().contains(AmazeeToken));

        // Signing out keeps the account, without its token.
        const CliRun logout = home.run({QStringLiteral("logout"), QStringLiteral("--account"), QStringLiteral("amazeeio")});
        QVERIFY2(logout.exitCode == 0, logout.err.constData());
        QVERIFY(!CliHome::keychainAccounts().contains(id));
        QCOMPARE(account(home, QStringLiteral("amazeeio")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("signed-out"));
        QCOMPARE(accounts(home).size(), 2);
    }

    void remove_takesTheAccountAndItsToken()
    {
        CliHome home;
        QCOMPARE(home.run({QStringLiteral("accounts"), QStringLiteral("import-lagoon-cli"), QStringLiteral("amazeeio"),
                           QStringLiteral("--with-token"), QStringLiteral("--file"), fixture("lagoon.yml")})
                     .exitCode,
                 0);
        const QString id = account(home, QStringLiteral("amazeeio")).value(QStringLiteral("id")).toString();
        QVERIFY(CliHome::keychainAccounts().contains(id));
        const CliRun removed = home.run({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("amazeeio")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY(removed.text().contains(QStringLiteral("Removed the account amazeeio")));
        QVERIFY(accounts(home).isEmpty());
        QVERIFY(!CliHome::keychainAccounts().contains(id));
        QCOMPARE(home.run({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("amazeeio")}).exitCode, 2);
    }

    void import_problems_exitCodes()
    {
        CliHome home;
        // command.h: a file that cannot be read, or an argument naming nothing, is exit 2; nothing is imported.
        const CliRun missing = home.run({QStringLiteral("accounts"), QStringLiteral("import-lagoon-cli")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("No lagoon-cli configuration"));
        QFile huge(home.path(QStringLiteral("huge.yml")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        huge.write("lagoons: {}\n" + QByteArray(2 * 1024 * 1024, '#'));
        huge.close();
        const CliRun oversized = home.run(
            {QStringLiteral("accounts"), QStringLiteral("import-lagoon-cli"), QStringLiteral("--file"), huge.fileName()});
        QCOMPARE(oversized.exitCode, 2);
        const CliRun broken = home.run(
            {QStringLiteral("accounts"), QStringLiteral("import-lagoon-cli"), QStringLiteral("--file"), fixture("broken.yml")});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY(broken.err.contains("line"));
        const CliRun noContexts = home.run({QStringLiteral("accounts"), QStringLiteral("import-lagoon-cli"),
                                            QStringLiteral("--file"), fixture("nolagoons.yml")});
        QCOMPARE(noContexts.exitCode, 2);
        const CliRun unknown = home.run({QStringLiteral("accounts"), QStringLiteral("import-lagoon-cli"),
                                         QStringLiteral("nope"), QStringLiteral("--file"), fixture("lagoon.yml")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("no context named nope"));
        // One unknown name among known ones: still nothing is imported.
        const CliRun mixed = home.run({QStringLiteral("accounts"), QStringLiteral("import-lagoon-cli"),
                                       QStringLiteral("amazeeio"), QStringLiteral("nope"), QStringLiteral("--file"),
                                       fixture("lagoon.yml")});
        QCOMPARE(mixed.exitCode, 2);
        QVERIFY(accounts(home).isEmpty());
        QCOMPARE(home.run({QStringLiteral("accounts"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(home.run({QStringLiteral("accounts"), QStringLiteral("remove")}).exitCode, 2);
        QCOMPARE(home.run({QStringLiteral("logout")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliAccounts)
#include "tst_cli_accounts.moc"
