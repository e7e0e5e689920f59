// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/accounts/accountstore.h"
#include "core/auth/accounttokenprovider.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/tokenset.h"
#include "core/remote/lagoondiscoveryinfo.h"
#include "core/settings/settings.h"

#include "tests/auth/fakejwt.h"
#include "tests/auth/secretstoretests.h"

using namespace Lagoon;

// Accounts persist in settings without secrets; their tokens go to the SecretStore.
class tst_AccountStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    Settings *newSettings() { return new Settings(new QSettings(file(), QSettings::IniFormat), this); }

    static Account sample(const QString &name = QStringLiteral("amazee.io"))
    {
        Account account;
        account.id = Account::newId();
        account.displayName = name;
        account.apiUrl = QUrl(QStringLiteral("https://api.example.com/graphql"));
        account.authServerUrl = QUrl(QStringLiteral("https://keycloak.example.com/auth"));
        account.sshHost = QStringLiteral("token.example.com");
        account.sshPort = 32222;
        account.sshKeyFile = QStringLiteral("/home/me/.ssh/id_ed25519");
        account.loginMethod = LoginMethod::SshKey;
        account.username = QStringLiteral("me@example.com");
        return account;
    }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void account_jsonRoundTrip()
    {
        const Account account = sample();
        const auto back = Account::fromJson(account.toJson());
        QVERIFY(back);
        QCOMPARE(*back, account);
        QJsonObject broken = account.toJson();
        broken.insert(QStringLiteral("loginMethod"), QStringLiteral("carrier-pigeon"));
        QCOMPARE(Account::fromJson(broken).error().code, Error::Code::ParseFailed);
        broken = account.toJson();
        broken.remove(QStringLiteral("apiUrl"));
        QCOMPARE(Account::fromJson(broken).error().code, Error::Code::ParseFailed);
    }

    void account_issuerAndSshOptions()
    {
        Account account = sample();
        QCOMPARE(account.issuerUrl().toString(), QStringLiteral("https://keycloak.example.com/auth/realms/lagoon"));
        account.authServerUrl = QUrl(QStringLiteral("https://keycloak.example.com/auth/realms/other/"));
        QCOMPARE(account.issuerUrl().toString(), QStringLiteral("https://keycloak.example.com/auth/realms/other"));
        account.authServerUrl = QUrl();
        QVERIFY(account.issuerUrl().isEmpty());
        const SshTokenOptions ssh = account.sshOptions();
        QCOMPARE(ssh.host, QStringLiteral("token.example.com"));
        QCOMPARE(ssh.port, 32222);
        QCOMPARE(ssh.user, QStringLiteral("lagoon"));
        QCOMPARE(ssh.identityFile, QStringLiteral("/home/me/.ssh/id_ed25519"));
    }

    void account_fromDiscovery()
    {
        LagoonDiscoveryInfo info =
            LagoonDiscoveryInfo::fromApiUrl(QUrl(QStringLiteral("https://api.example.com/graphql")));
        info.authorizationEndpoint = QUrl(QStringLiteral("https://keycloak.example.com/auth"));
        info.sshTokenHost = QStringLiteral("token.example.com");
        info.sshTokenPort = 22;
        const Account account = Account::fromDiscovery(info, QString());
        QVERIFY(account.isValid());
        QCOMPARE(account.displayName, QStringLiteral("api.example.com"));
        QCOMPARE(account.loginMethod, LoginMethod::Browser);
        QCOMPARE(account.issuerUrl().toString(), QStringLiteral("https://keycloak.example.com/auth/realms/lagoon"));
        info.authorizationEndpoint = QUrl();
        QCOMPARE(Account::fromDiscovery(info, QStringLiteral("x")).loginMethod, LoginMethod::SshKey);
    }

    void save_persistsAcrossStores()
    {
        MemorySecretStore secrets;
        const Account first = sample(QStringLiteral("first"));
        const Account second = sample(QStringLiteral("second"));
        {
            AccountStore store(newSettings(), &secrets);
            QSignalSpy changed(&store, &AccountStore::accountsChanged);
            QVERIFY(store.save(first));
            QVERIFY(store.save(second));
            Account renamed = first;
            renamed.displayName = QStringLiteral("first, renamed");
            QVERIFY(store.save(renamed));
            QCOMPARE(changed.count(), 3);
            store.setDefaultAccount(second.id);
        }
        AccountStore reopened(newSettings(), &secrets);
        QVERIFY(reopened.loadErrors().isEmpty());
        QCOMPARE(reopened.accounts().size(), 2);
        QCOMPARE(reopened.account(first.id)->displayName, QStringLiteral("first, renamed"));
        QCOMPARE(*reopened.account(second.id), second);
        QCOMPARE(reopened.defaultAccountId(), second.id);
        QCOMPARE(reopened.accountForApi(QUrl(QStringLiteral("https://api.example.com/graphql/")))->apiUrl,
                 first.apiUrl);
    }

    void twoStores_onOneFile_keepEachOthersChanges()
    {
        // The app and the CLI each hold an AccountStore on the same settings file. What one of them
        // adds, renames or removes while the other runs must survive the other's next change.
        MemorySecretStore secrets;
        AccountStore app(newSettings(), &secrets);
        AccountStore cli(newSettings(), &secrets);
        const Account fromApp = sample(QStringLiteral("from the app"));
        const Account fromCli = sample(QStringLiteral("from the CLI"));
        const Account dropped = sample(QStringLiteral("dropped by the CLI"));
        QVERIFY(app.save(dropped));
        QVERIFY(cli.save(fromCli)); // the CLI read the file when it started: `dropped` was not in it yet
        QVERIFY(app.save(fromApp));
        QVERIFY(app.account(fromCli.id));

        bool removed = false;
        cli.remove(dropped.id, this, [&removed](const Result<void> &r) { removed = r.has_value(); });
        QTRY_VERIFY(removed);
        Account renamed = fromApp;
        renamed.displayName = QStringLiteral("renamed by the CLI");
        QVERIFY(cli.save(renamed));
        app.setDefaultAccount(fromCli.id);

        AccountStore reopened(newSettings(), &secrets);
        QVERIFY(reopened.loadErrors().isEmpty());
        QCOMPARE(reopened.accounts().size(), 2);
        QVERIFY(reopened.account(fromCli.id));
        QCOMPARE(reopened.account(fromApp.id)->displayName, QStringLiteral("renamed by the CLI"));
        QVERIFY(!reopened.account(dropped.id));
        QCOMPARE(reopened.defaultAccountId(), fromCli.id);
    }

    void save_invalid_isRefused()
    {
        MemorySecretStore secrets;
        AccountStore store(newSettings(), &secrets);
        Account account = sample();
        account.apiUrl = QUrl(QStringLiteral("relative/graphql"));
        QCOMPARE(store.save(account).error().code, Error::Code::ParseFailed);
        QVERIFY(store.accounts().isEmpty());
    }

    void load_skipsBrokenEntriesAndSaysWhy()
    {
        {
            QSettings raw(file(), QSettings::IniFormat);
            QJsonObject good = sample().toJson();
            const QJsonObject bad{{QStringLiteral("id"), QStringLiteral("x")}};
            raw.setValue(
                QStringLiteral("accounts/list"),
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                            {QStringLiteral("accounts"), QJsonArray{good, bad}}})
                                      .toJson(QJsonDocument::Compact)));
        }
        MemorySecretStore secrets;
        AccountStore store(newSettings(), &secrets);
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.loadErrors().size(), 1);
        QCOMPARE(store.loadErrors().constFirst().code, Error::Code::ParseFailed);
    }

    void load_newerFormat_isNotTouched()
    {
        {
            QSettings raw(file(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("accounts/list"), QStringLiteral("{\"version\":2,\"accounts\":[]}"));
        }
        MemorySecretStore secrets;
        AccountStore store(newSettings(), &secrets);
        QVERIFY(store.accounts().isEmpty());
        QCOMPARE(store.loadErrors().constFirst().code, Error::Code::Unsupported);
    }

    void tokens_goToTheSecretStoreNeverToSettings()
    {
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        const Account account = sample();
        const QString token = Test::fakeJwtExpiringIn(3600);
        {
            AccountStore store(newSettings(), &secrets);
            QVERIFY(store.save(account));
            AccountTokenProvider *provider = store.createTokenProvider(account, &network, this);
            QCOMPARE(provider->method(), LoginMethod::SshKey);
            provider->setTokens(*TokenSet::fromAccessToken(token, QStringLiteral("refresh-secret")));
            QTRY_VERIFY(secrets.contains(account.id, TokenSet::secretKey()));
            delete provider;
        }
        QFile settingsFile(file());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray written = settingsFile.readAll();
        QVERIFY(written.contains("api.example.com"));
        QVERIFY(!written.contains(token.toLatin1()));
        QVERIFY(!written.contains("refresh-secret"));
    }

    void remove_deletesTheAccountsTokens()
    {
        MemorySecretStore secrets;
        Test::SecretStoreCalls calls(&secrets);
        AccountStore store(newSettings(), &secrets);
        const Account keep = sample(QStringLiteral("keep"));
        const Account drop = sample(QStringLiteral("drop"));
        QVERIFY(store.save(keep));
        QVERIFY(store.save(drop));
        store.setDefaultAccount(drop.id);
        QVERIFY(calls.store(keep.id, TokenSet::secretKey(), "k"));
        QVERIFY(calls.store(drop.id, TokenSet::secretKey(), "d"));
        bool removed = false;
        store.remove(drop.id, this, [&removed](const Result<void> &r) { removed = r.has_value(); });
        QTRY_VERIFY(removed);
        QVERIFY(!store.account(drop.id));
        QVERIFY(!secrets.contains(drop.id, TokenSet::secretKey()));
        QVERIFY(secrets.contains(keep.id, TokenSet::secretKey()));
        QCOMPARE(store.defaultAccountId(), keep.id);
    }
};

QTEST_GUILESS_MAIN(tst_AccountStore)
#include "tst_accountstore.moc"
