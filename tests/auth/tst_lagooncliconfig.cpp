// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "core/accounts/accountstore.h"
#include "core/accounts/lagooncliconfig.h"
#include "core/accounts/lagooncliimporter.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/tokenset.h"
#include "core/settings/settings.h"

#include "tests/auth/fakejwt.h"
#include "tests/auth/secretstoretests.h"

using namespace Lagoon;

// Importing lagoon-cli's contexts from ~/.lagoon.yml: accounts without the token unless asked,
// and a notice that the plain-text token stays in lagoon-cli's file.
class tst_LagoonCliConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    static QString fixture(const char *name)
    {
        return QStringLiteral(LAGOON_TEST_DATA_DIR "/auth/") + QLatin1StringView(name);
    }
    static const LagoonCliContext *find(const QList<LagoonCliContext> &contexts, const QString &name)
    {
        for (const LagoonCliContext &context : contexts) {
            if (context.name == name)
                return &context;
        }
        return nullptr;
    }

    Result<LagoonCliImporter::Outcome> import(AccountStore &store, const LagoonCliConfig &config, const QString &name,
                                              LagoonCliImporter::TokenChoice choice)
    {
        std::optional<Result<LagoonCliImporter::Outcome>> answer;
        LagoonCliImporter::importContext(&store, config, name, choice, this,
                                         [&answer](const Result<LagoonCliImporter::Outcome> &o) { answer = o; });
        (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000);
        return answer.value_or(makeError(Error::Code::Timeout, QStringLiteral("no answer")));
    }

    // Two lagoon-cli contexts for one API, each with its SSH service, key and a token that expires
    // in `firstExpiresIn` / `secondExpiresIn` seconds.
    LagoonCliConfig twoContextsForOneApi(qint64 firstExpiresIn, qint64 secondExpiresIn)
    {
        const QByteArray yaml = "current: first\nlagoons:\n"
                                "  first:\n    graphql: https://api.example.com/graphql\n    hostname: ssh-first.example.com\n"
                                "    port: \"22\"\n    sshkey: /keys/first\n    token: " +
                                Test::fakeJwtExpiringIn(firstExpiresIn).toUtf8() +
                                "\n  second:\n    graphql: https://api.example.com/graphql/\n    hostname: "
                                "ssh-second.example.com\n    port: \"2222\"\n    sshkey: /keys/second\n    token: " +
                                Test::fakeJwtExpiringIn(secondExpiresIn).toUtf8() + "\n";
        auto config = LagoonCliConfig::parse(yaml, m_dir.filePath(QStringLiteral("lagoon.yml")));
        if (!config)
            qFatal("%s", qPrintable(config.error().message));
        return *config;
    }

    static TokenSet storedTokens(SecretStore &secrets, const QString &account)
    {
        Test::SecretStoreCalls calls(&secrets);
        const auto secret = calls.read(account, TokenSet::secretKey());
        return secret ? TokenSet::fromSecret(*secret).value_or(TokenSet{}) : TokenSet{};
    }

private Q_SLOTS:
    void read_contextsWithoutTokens()
    {
        const auto config = LagoonCliConfig::read(fixture("lagoon.yml"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        const QList<LagoonCliContext> contexts = config->contexts();
        QCOMPARE(contexts.size(), 4);

        const LagoonCliContext *amazeeio = find(contexts, QStringLiteral("amazeeio"));
        QVERIFY(amazeeio);
        QVERIFY(amazeeio->isCurrent);
        QVERIFY(amazeeio->hasStoredToken);
        QCOMPARE(amazeeio->account.apiUrl.toString(), QStringLiteral("https://api.amazeeio.cloud/graphql"));
        QCOMPARE(amazeeio->account.sshHost, QStringLiteral("token.amazeeio.cloud"));
        QCOMPARE(amazeeio->account.sshPort, 22);
        QCOMPARE(amazeeio->account.sshUser, QStringLiteral("lagoon"));
        QCOMPARE(amazeeio->account.loginMethod, LoginMethod::SshKey);
        QCOMPARE(amazeeio->account.displayName, QStringLiteral("amazeeio"));
        QVERIFY(amazeeio->account.isValid());
        // The token is in no field of the context or its account.
        const QString token = config->storedToken(QStringLiteral("amazeeio"));
        QVERIFY(token.startsWith(QStringLiteral("eyJ")));
        QVERIFY(!QJsonDocument(amazeeio->account.toJson()).toJson().contains(token.toLatin1()));

        const LagoonCliContext *local = find(contexts, QStringLiteral("local"));
        QVERIFY(local);
        QVERIFY(!local->isCurrent);
        QVERIFY(!local->hasStoredToken);
        QCOMPARE(local->account.sshPort, 2020);
        QCOMPARE(local->account.sshKeyFile, QDir::homePath() + QStringLiteral("/.ssh/id_lagoon"));

        QCOMPARE(find(contexts, QStringLiteral("brokentoken"))->account.sshPort, 32222);
        // No token host: only a pasted token can sign in there.
        QCOMPARE(find(contexts, QStringLiteral("tokenonly"))->account.loginMethod, LoginMethod::PastedToken);
    }

    void read_failures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << fixture("does-not-exist.yml") << Error::Code::NotFound
                                 << QStringLiteral("No lagoon-cli");
        QTest::newRow("broken yaml") << fixture("broken.yml") << Error::Code::ParseFailed << QStringLiteral("line ");
        QTest::newRow("no lagoons") << fixture("nolagoons.yml") << Error::Code::ParseFailed
                                    << QStringLiteral("\"lagoons\"");
    }

    void read_failures()
    {
        QFETCH(QString, file);
        QFETCH(Error::Code, code);
        QFETCH(QString, mentions);
        const auto config = LagoonCliConfig::read(file);
        QVERIFY(!config);
        QCOMPARE(config.error().code, code);
        QVERIFY2(config.error().message.contains(mentions), qPrintable(config.error().message));
    }

    void import_leavesTheTokenUnlessAsked()
    {
        MemorySecretStore secrets;
        AccountStore store(
            new Settings(new QSettings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat), this), &secrets);
        const auto config = LagoonCliConfig::read(fixture("lagoon.yml"));
        QVERIFY(config);
        const auto outcome = import(store, *config, QStringLiteral("amazeeio"), LagoonCliImporter::TokenChoice::Leave);
        QVERIFY(outcome);
        QVERIFY(!outcome->tokenImported);
        QCOMPARE(secrets.size(), 0);
        QVERIFY2(outcome->notice.contains(QStringLiteral("lagoon.yml")) &&
                     outcome->notice.contains(QStringLiteral("not imported")),
                 qPrintable(outcome->notice));
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.accounts().constFirst().apiUrl.toString(), QStringLiteral("https://api.amazeeio.cloud/graphql"));
    }

    void import_withToken_storesItAndSaysTheFileStillHasIt()
    {
        MemorySecretStore secrets;
        Test::SecretStoreCalls calls(&secrets);
        AccountStore store(
            new Settings(new QSettings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat), this), &secrets);
        const auto config = LagoonCliConfig::read(fixture("lagoon.yml"));
        QVERIFY(config);
        const auto outcome = import(store, *config, QStringLiteral("amazeeio"), LagoonCliImporter::TokenChoice::Import);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(outcome->tokenImported);
        QVERIFY2(outcome->notice.contains(QStringLiteral("plain text")) &&
                     outcome->notice.contains(QStringLiteral("lagoon.yml")),
                 qPrintable(outcome->notice));
        const auto secret = calls.read(outcome->account.id, TokenSet::secretKey());
        QVERIFY(secret);
        const auto tokens = TokenSet::fromSecret(*secret);
        QVERIFY(tokens);
        QCOMPARE(tokens->accessToken, config->storedToken(QStringLiteral("amazeeio")));
        QCOMPARE(tokens->expiresAt, QDateTime::fromSecsSinceEpoch(4102444800).toUTC());
        // lagoon-cli's file is left as it was.
        QVERIFY(LagoonCliConfig::read(fixture("lagoon.yml"))->storedToken(QStringLiteral("amazeeio")) ==
                tokens->accessToken);

        // Importing again updates the same account rather than adding a second one.
        const auto again = import(store, *config, QStringLiteral("amazeeio"), LagoonCliImporter::TokenChoice::Leave);
        QVERIFY(again);
        QCOMPARE(again->account.id, outcome->account.id);
        QCOMPARE(store.accounts().size(), 1);
    }

    void import_intoABrowserAccount_keepsItsSignIn()
    {
        MemorySecretStore secrets;
        AccountStore store(
            new Settings(new QSettings(m_dir.filePath(QStringLiteral("e.ini")), QSettings::IniFormat), this), &secrets);
        Account browser;
        browser.id = Account::newId();
        browser.displayName = QStringLiteral("amazee.io (browser)");
        browser.apiUrl = QUrl(QStringLiteral("https://api.amazeeio.cloud/graphql"));
        browser.loginMethod = LoginMethod::Browser;
        QVERIFY(store.save(browser));
        const auto config = LagoonCliConfig::read(fixture("lagoon.yml"));
        const auto outcome = import(store, *config, QStringLiteral("amazeeio"), LagoonCliImporter::TokenChoice::Import);
        QVERIFY(outcome);
        QCOMPARE(outcome->account.id, browser.id);
        QCOMPARE(outcome->account.loginMethod, LoginMethod::Browser);
        QCOMPARE(outcome->account.displayName, browser.displayName);
        QCOMPARE(outcome->account.sshHost, QStringLiteral("token.amazeeio.cloud"));
        QVERIFY(!outcome->tokenImported);
        QVERIFY2(outcome->notice.contains(QStringLiteral("browser")), qPrintable(outcome->notice));
        QCOMPARE(secrets.size(), 0);
    }

    void import_twoContextsOneApi_oneAccountThatKeepsTheLongerToken()
    {
        MemorySecretStore secrets;
        AccountStore store(
            new Settings(new QSettings(m_dir.filePath(QStringLiteral("f.ini")), QSettings::IniFormat), this), &secrets);
        const LagoonCliConfig config = twoContextsForOneApi(7200, 3600);
        const auto first = import(store, config, QStringLiteral("first"), LagoonCliImporter::TokenChoice::Import);
        QVERIFY(first);
        QVERIFY(!first->merged);
        QVERIFY(first->tokenImported);
        const auto second = import(store, config, QStringLiteral("second"), LagoonCliImporter::TokenChoice::Import);
        QVERIFY(second);
        // One account, and the report says why, not "two accounts".
        QCOMPARE(store.accounts().size(), 1);
        QVERIFY(second->merged);
        QCOMPARE(second->account.id, first->account.id);
        QVERIFY2(second->notice.contains(QLatin1String("same API URL")) && second->notice.contains(QLatin1String("merged")),
                 qPrintable(second->notice));
        // The first token lasts longer: it stays, and so do the SSH details that renew it.
        QVERIFY(!second->tokenImported);
        QVERIFY2(second->notice.contains(QLatin1String("lasts at least as long")), qPrintable(second->notice));
        QCOMPARE(storedTokens(secrets, first->account.id).accessToken, config.storedToken(QStringLiteral("first")));
        const Account account = store.accounts().constFirst();
        QCOMPARE(account.displayName, QStringLiteral("first"));
        QCOMPARE(account.sshHost, QStringLiteral("ssh-first.example.com"));
        QCOMPARE(account.sshKeyFile, QStringLiteral("/keys/first"));
    }

    void import_twoContextsOneApi_theLaterTokenReplacesTheSoonerOne()
    {
        MemorySecretStore secrets;
        AccountStore store(
            new Settings(new QSettings(m_dir.filePath(QStringLiteral("g.ini")), QSettings::IniFormat), this), &secrets);
        const LagoonCliConfig config = twoContextsForOneApi(3600, 7200);
        const auto first = import(store, config, QStringLiteral("first"), LagoonCliImporter::TokenChoice::Import);
        QVERIFY(first && first->tokenImported);
        const auto second = import(store, config, QStringLiteral("second"), LagoonCliImporter::TokenChoice::Import);
        QVERIFY(second);
        QVERIFY(second->merged);
        QVERIFY(second->tokenImported);
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(storedTokens(secrets, first->account.id).accessToken, config.storedToken(QStringLiteral("second")));
        // The token's SSH details come with it; the account keeps its name.
        const Account account = store.accounts().constFirst();
        QCOMPARE(account.displayName, QStringLiteral("first"));
        QCOMPARE(account.sshHost, QStringLiteral("ssh-second.example.com"));
        QCOMPARE(account.sshPort, 2222);
        QCOMPARE(account.sshKeyFile, QStringLiteral("/keys/second"));
    }

    void import_expiredToken_neverReplacesAValidOne()
    {
        MemorySecretStore secrets;
        AccountStore store(
            new Settings(new QSettings(m_dir.filePath(QStringLiteral("h.ini")), QSettings::IniFormat), this), &secrets);
        const LagoonCliConfig config = twoContextsForOneApi(3600, -60);
        const auto first = import(store, config, QStringLiteral("first"), LagoonCliImporter::TokenChoice::Import);
        QVERIFY(first && first->tokenImported);
        const auto second = import(store, config, QStringLiteral("second"), LagoonCliImporter::TokenChoice::Import);
        QVERIFY(second);
        QVERIFY(!second->tokenImported);
        QVERIFY2(second->notice.contains(QLatin1String("expired")), qPrintable(second->notice));
        QCOMPARE(storedTokens(secrets, first->account.id).accessToken, config.storedToken(QStringLiteral("first")));
        QCOMPARE(store.accounts().constFirst().sshHost, QStringLiteral("ssh-first.example.com"));

        // Nor is an expired token imported for a new account.
        MemorySecretStore other;
        AccountStore fresh(
            new Settings(new QSettings(m_dir.filePath(QStringLiteral("i.ini")), QSettings::IniFormat), this), &other);
        const auto alone = import(fresh, config, QStringLiteral("second"), LagoonCliImporter::TokenChoice::Import);
        QVERIFY(alone);
        QVERIFY(!alone->tokenImported);
        QCOMPARE(other.size(), 0);
    }

    void import_plainHttpToAnotherHost_isRefused()
    {
        MemorySecretStore secrets;
        AccountStore store(
            new Settings(new QSettings(m_dir.filePath(QStringLiteral("j.ini")), QSettings::IniFormat), this), &secrets);
        const auto config = LagoonCliConfig::parse("lagoons:\n  plain:\n    graphql: http://api.example.com/graphql\n",
                                                   m_dir.filePath(QStringLiteral("plain.yml")));
        QVERIFY(config);
        const auto outcome = import(store, *config, QStringLiteral("plain"), LagoonCliImporter::TokenChoice::Import);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, Error::Code::ParseFailed);
        QVERIFY2(outcome.error().message.contains(QLatin1String("unencrypted")), qPrintable(outcome.error().message));
        QVERIFY(store.accounts().isEmpty());
    }

    void import_unreadableToken_isNotStored()
    {
        MemorySecretStore secrets;
        AccountStore store(
            new Settings(new QSettings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat), this), &secrets);
        const auto config = LagoonCliConfig::read(fixture("lagoon.yml"));
        const auto outcome =
            import(store, *config, QStringLiteral("brokentoken"), LagoonCliImporter::TokenChoice::Import);
        QVERIFY(outcome);
        QVERIFY(!outcome->tokenImported);
        QCOMPARE(secrets.size(), 0);
        QVERIFY(!outcome->notice.isEmpty());
    }

    void import_unknownContext_isNotFound()
    {
        MemorySecretStore secrets;
        AccountStore store(
            new Settings(new QSettings(m_dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat), this), &secrets);
        const auto config = LagoonCliConfig::read(fixture("lagoon.yml"));
        const auto outcome = import(store, *config, QStringLiteral("nope"), LagoonCliImporter::TokenChoice::Import);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, Error::Code::NotFound);
        QVERIFY(store.accounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LagoonCliConfig)
#include "tst_lagooncliconfig.moc"
