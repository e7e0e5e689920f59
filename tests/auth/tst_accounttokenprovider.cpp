// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <memory>
#include <optional>

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/auth/accounttokenprovider.h"
#include "core/auth/browserlogin.h"
#include "core/auth/memorysecretstore.h"
#include "core/remote/lagoonapiclient.h"

#include "tests/auth/authsandbox.h"
#include "tests/auth/browserdriver.h"
#include "tests/auth/fakejwt.h"
#include "tests/auth/secretstoretests.h"
#include "tests/support/cannedhttpserver.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;

namespace {

// A keychain that is locked: every read is refused.
class LockedSecretStore final : public SecretStore
{
public:
    int reads = 0;
    void store(const QString &, const QString &, const QByteArray &, QObject *context, WriteCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(makeError(Error::Code::PermissionDenied, QStringLiteral("locked"))); },
            Qt::QueuedConnection);
    }
    void read(const QString &, const QString &, QObject *context, ReadCallback done) override
    {
        ++reads;
        QMetaObject::invokeMethod(
            context, [done] { done(makeError(Error::Code::PermissionDenied, QStringLiteral("locked"))); },
            Qt::QueuedConnection);
    }
    void remove(const QString &, const QString &, QObject *context, WriteCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
    }
};

// A keychain that another process (the CLI, the app) writes to right after one of our reads.
class RacingSecretStore final : public SecretStore
{
public:
    explicit RacingSecretStore(SecretStore *shared) : m_shared(shared) {}
    /** Runs once, right after the next read has been answered. */
    std::function<void()> afterNextRead;

    void store(const QString &account, const QString &key, const QByteArray &secret, QObject *context,
               WriteCallback done) override
    {
        m_shared->store(account, key, secret, context, std::move(done));
    }
    void read(const QString &account, const QString &key, QObject *context, ReadCallback done) override
    {
        m_shared->read(account, key, context,
                       [done = std::move(done), after = std::exchange(afterNextRead, {})](const Result<QByteArray> &r) {
                           done(r);
                           if (after)
                               after();
                       });
    }
    void remove(const QString &account, const QString &key, QObject *context, WriteCallback done) override
    {
        m_shared->remove(account, key, context, std::move(done));
    }

private:
    SecretStore *m_shared;
};

} // namespace

// AccountTokenProvider against the sandbox, whose realm issues access tokens that live 3 seconds
// (--access-token-ttl 3): renewal before expiry, after a refusal, shared by concurrent requests,
// refused refresh tokens, SSH renewal and pasted tokens.
class tst_AccountTokenProvider : public QObject
{
    Q_OBJECT

private:
    Test::AuthSandbox m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    // Signs in through BrowserLogin, the test playing the browser.
    TokenSet signIn(const QString &email)
    {
        BrowserLogin login(&m_network);
        login.setIssuer(m_sandbox.issuer());
        std::optional<Result<TokenSet>> result;
        Test::BrowserDriver browser;
        connect(&login, &BrowserLogin::openUrl, this, [&](const QUrl &url) {
            const auto callback = browser.signIn(url, email, email);
            if (callback)
                browser.deliver(*callback);
            else
                qWarning("browser: %s", qPrintable(callback.error()));
        });
        connect(&login, &BrowserLogin::finished, this, [&](const Result<TokenSet> &r) { result = r; });
        login.start();
        Test::SandboxFixture::waitUntil([&] { return result.has_value(); }, 20000);
        if (!result || !*result) {
            qWarning("sign-in failed: %s", result ? qPrintable(result->error().message) : "no result");
            return {};
        }
        return **result;
    }

    std::unique_ptr<AccountTokenProvider> browserProvider(SecretStore *secrets,
                                                          const QString &id = QStringLiteral("acct"))
    {
        auto provider = std::make_unique<AccountTokenProvider>(id, LoginMethod::Browser, secrets, &m_network);
        provider->setIssuer(m_sandbox.issuer(), QStringLiteral("lagoon-cli"));
        return provider;
    }

    static Result<QString> token(AccountTokenProvider &provider)
    {
        std::optional<Result<QString>> answer;
        QObject context;
        provider.accessToken(&context, [&answer](const Result<QString> &t) { answer = t; });
        Test::SandboxFixture::waitUntil([&] { return answer.has_value(); }, 30000);
        return answer.value_or(makeError(Error::Code::Internal, QStringLiteral("no answer")));
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

    qsizetype refusedGrants()
    {
        return m_sandbox.events(QStringLiteral("oidc.token.error")).size();
    }

    // SSH options for the sandbox's token service with `key`, and a known_hosts of this test.
    SshTokenOptions sshOptions(const QString &key)
    {
        QFile config(m_dir.filePath(QStringLiteral("ssh_config")));
        if (config.open(QIODevice::WriteOnly))
            config.close();
        SshTokenOptions ssh;
        ssh.host = m_sandbox.sshHost();
        ssh.port = m_sandbox.sshPort();
        ssh.user = m_sandbox.sshUser();
        ssh.identityFile = key;
        ssh.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        ssh.configFile = config.fileName();
        return ssh;
    }

    static QString describe(const Result<QString> &result)
    {
        return result ? QStringLiteral("token")
                      : result.error().message + QStringLiteral(" / ") + result.error().detail;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--access-token-ttl"), QStringLiteral("3")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void freshToken_isHandedOutAsIs()
    {
        MemorySecretStore secrets;
        auto provider = browserProvider(&secrets);
        const TokenSet tokens = signIn(QStringLiteral("maintainer@example.com"));
        QVERIFY(!tokens.isEmpty());
        QCOMPARE(tokens.lifetime(), 3s);
        const qsizetype before = refreshGrants();
        provider->setTokens(tokens);
        const auto first = token(*provider);
        QVERIFY2(first, qPrintable(describe(first)));
        QCOMPARE(*first, tokens.accessToken);
        QCOMPARE(refreshGrants(), before);
        QVERIFY(secrets.contains(QStringLiteral("acct"), TokenSet::secretKey()));
    }

    void nearExpiry_isRenewedWithoutTheUser()
    {
        MemorySecretStore secrets;
        Test::SecretStoreCalls calls(&secrets);
        auto provider = browserProvider(&secrets);
        QSignalSpy refreshed(provider.get(), &AccountTokenProvider::tokensRefreshed);
        const TokenSet tokens = signIn(QStringLiteral("maintainer@example.com"));
        QVERIFY(!tokens.isEmpty());
        provider->setTokens(tokens);
        // A quarter of the 3 s lifetime is the margin here (60 s would renew every time).
        QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(tokens.expiresAt)) - 600);
        const auto renewed = token(*provider);
        QVERIFY2(renewed, qPrintable(describe(renewed)));
        QVERIFY(*renewed != tokens.accessToken);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(m_sandbox.whoAmI(*renewed), QStringLiteral("maintainer@example.com"));
        // The rotated refresh token is what the keychain holds now.
        const auto stored = TokenSet::fromSecret(*calls.read(QStringLiteral("acct"), TokenSet::secretKey()));
        QVERIFY(stored);
        QCOMPARE(stored->accessToken, *renewed);
        QVERIFY(stored->refreshToken != tokens.refreshToken);
        // And the old access token has really expired meanwhile.
        QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(tokens.expiresAt)) + 1100);
        QVERIFY(m_sandbox.whoAmI(tokens.accessToken).isEmpty());
    }

    void concurrentRequests_shareOneRenewal()
    {
        MemorySecretStore secrets;
        auto provider = browserProvider(&secrets);
        provider->setTokens(signIn(QStringLiteral("developer@example.com")));
        provider->invalidate();
        const qsizetype before = refreshGrants();
        QList<Result<QString>> answers;
        QObject context;
        for (int i = 0; i < 5; ++i)
            provider->accessToken(&context, [&answers](const Result<QString> &t) { answers << t; });
        QVERIFY(Test::SandboxFixture::waitUntil([&] { return answers.size() == 5; }, 20000));
        for (const auto &answer : std::as_const(answers)) {
            QVERIFY2(answer, qPrintable(describe(answer)));
            QCOMPARE(*answer, *answers.constFirst());
        }
        QCOMPARE(refreshGrants(), before + 1);
        // invalidate() naming an older token than the current one changes nothing.
        provider->invalidate(QStringLiteral("some-older-token"));
        QCOMPARE(*token(*provider), *answers.constFirst());
        QCOMPARE(refreshGrants(), before + 1);
    }

    void reusedRefreshToken_isRefusedClearly()
    {
        const TokenSet tokens = signIn(QStringLiteral("owner@example.com"));
        QVERIFY(!tokens.isEmpty());
        MemorySecretStore secrets;
        auto first = browserProvider(&secrets, QStringLiteral("first"));
        first->setTokens(tokens);
        first->invalidate();
        QVERIFY(token(*first)); // rotates the refresh token: the old one is spent

        // A second copy still holding the spent refresh token (another machine, a restored backup).
        auto second = browserProvider(&secrets, QStringLiteral("second"));
        QSignalSpy signInRequired(second.get(), &AccountTokenProvider::signInRequired);
        second->setTokens(tokens);
        second->invalidate();
        const auto refused = token(*second);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Unauthorized);
        QVERIFY2(refused.error().message.contains(QStringLiteral("sign in again")), qPrintable(describe(refused)));
        QVERIFY(refused.error().detail.contains(QStringLiteral("invalid_grant")));
        QCOMPARE(signInRequired.count(), 1);
        // Asked again, it does not try the spent token a second time.
        const qsizetype before = refreshGrants();
        QCOMPARE(token(*second).error().code, Error::Code::Unauthorized);
        QCOMPARE(refreshGrants(), before);
    }

    void apiRefusal_renewsAndTheClientRetries()
    {
        // An access token the API refuses (bad signature) with a valid refresh token: the client's
        // 401 makes the provider renew, and the request goes through on the second try.
        const TokenSet real = signIn(QStringLiteral("maintainer@example.com"));
        QVERIFY(!real.isEmpty());
        MemorySecretStore secrets;
        auto provider = browserProvider(&secrets);
        TokenSet refusedByApi = *TokenSet::fromAccessToken(Test::fakeJwtExpiringIn(3600), real.refreshToken);
        provider->setTokens(refusedByApi);
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), provider->provider());
        std::optional<Result<QJsonObject>> answer;
        client.run(QStringLiteral("Me"), {}, this, [&answer](const Result<QJsonObject> &data) { answer = data; });
        QVERIFY(Test::SandboxFixture::waitUntil([&] { return answer.has_value(); }, 20000));
        QVERIFY2(*answer, qPrintable((*answer).error().message));
        QCOMPARE((*answer)->value(QStringLiteral("me")).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("maintainer@example.com"));
    }

    void sshSignIn_isRenewedOverSsh()
    {
        const QString key =
            m_sandbox.newKey(m_dir.path(), QStringLiteral("guest"), QStringLiteral("guest@example.com"));
        QVERIFY(!key.isEmpty());
        QFile config(m_dir.filePath(QStringLiteral("ssh_config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.close();
        SshTokenOptions ssh;
        ssh.host = m_sandbox.sshHost();
        ssh.port = m_sandbox.sshPort();
        ssh.user = m_sandbox.sshUser();
        ssh.identityFile = key;
        ssh.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        ssh.configFile = config.fileName();
        MemorySecretStore secrets;
        Test::SecretStoreCalls calls(&secrets);
        AccountTokenProvider provider(QStringLiteral("ssh-acct"), LoginMethod::SshKey, &secrets, &m_network);
        provider.setSshOptions(ssh);
        provider.setTokens(*TokenSet::fromAccessToken(Test::fakeJwtExpiringIn(-5)));
        const qsizetype lookups = m_sandbox.events(QStringLiteral("ssh.lookup")).size();
        const auto renewed = token(provider);
        QVERIFY2(renewed, qPrintable(describe(renewed)));
        QCOMPARE(m_sandbox.whoAmI(*renewed), QStringLiteral("guest@example.com"));
        QCOMPARE(m_sandbox.events(QStringLiteral("ssh.lookup")).size(), lookups + 1);
        // Renewed over SSH again next time, so no refresh token is kept.
        const auto stored = TokenSet::fromSecret(*calls.read(QStringLiteral("ssh-acct"), TokenSet::secretKey()));
        QVERIFY(stored);
        QVERIFY(!stored->canRefresh());
    }

    void lateRefusals_ofAReplacedToken_renewOnlyOnce()
    {
        // Two requests go out with the same token. The API refuses the first at once: the provider
        // renews. The second one's refusal comes from a slow server after that renewal: it names
        // a token that is no longer the current one, so it must be retried with the new token
        // rather than start another renewal.
        const TokenSet real = signIn(QStringLiteral("maintainer@example.com"));
        QVERIFY(!real.isEmpty());
        MemorySecretStore secrets;
        auto provider = browserProvider(&secrets);
        // The realm's tokens live 3 s: renewing only once they have expired keeps this about refusals.
        provider->setRefreshMargin(0s);
        provider->setTokens(*TokenSet::fromAccessToken(Test::fakeJwtExpiringIn(3600), real.refreshToken));
        Test::CannedHttpServer slow;
        QVERIFY(slow.start());
        slow.respond(401, R"({"errors":[{"message":"Unauthorized - Keycloak token invalid: invalid signature"}]})");
        slow.setDelay(1500ms);
        LagoonApiClient fastClient(&m_network, m_sandbox.apiUrl(), provider->provider());
        LagoonApiClient slowClient(&m_network, slow.url(), provider->provider());
        const qsizetype before = refreshGrants();
        std::optional<Result<QJsonObject>> fastAnswer;
        std::optional<Result<QJsonObject>> slowAnswer;
        fastClient.run(QStringLiteral("Me"), {}, this, [&fastAnswer](const Result<QJsonObject> &d) { fastAnswer = d; });
        slowClient.run(QStringLiteral("Me"), {}, this, [&slowAnswer](const Result<QJsonObject> &d) { slowAnswer = d; });
        QVERIFY(Test::SandboxFixture::waitUntil([&] { return fastAnswer && slowAnswer; }, 30000));
        QVERIFY2(*fastAnswer, qPrintable(fastAnswer->error().message));
        QCOMPARE(slow.requests(), 2); // refused, then retried once with the renewed token
        QCOMPARE(slowAnswer->error().code, Error::Code::Unauthorized);
        QCOMPARE(refreshGrants(), before + 1);
    }

    void sshServiceUnreachable_failsFastForAWhile()
    {
        // An ssh that cannot reach the token service (it would take ConnectTimeout each time): the
        // provider remembers the failure briefly instead of starting ssh for every request.
        const QString counter = m_dir.filePath(QStringLiteral("ssh-runs"));
        QFile::remove(counter);
        QFile script(m_dir.filePath(QStringLiteral("unreachable-ssh")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\necho run >> '%1'\n"
                                    "echo 'ssh: connect to host token.example.com port 22: Connection timed out' >&2\n"
                                    "exit 255\n")
                         .arg(counter)
                         .toUtf8());
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        SshTokenOptions ssh;
        ssh.host = QStringLiteral("token.example.com");
        ssh.sshProgram = script.fileName();
        MemorySecretStore secrets;
        AccountTokenProvider provider(QStringLiteral("ssh-offline"), LoginMethod::SshKey, &secrets, &m_network);
        provider.setSshOptions(ssh);
        provider.setRetryAfterFailure(2s);
        provider.setTokens(*TokenSet::fromAccessToken(Test::fakeJwtExpiringIn(-5)));
        const auto runs = [&counter] {
            QFile file(counter);
            return file.open(QIODevice::ReadOnly) ? file.readAll().count('\n') : qsizetype(0);
        };
        for (int i = 0; i < 3; ++i) {
            const auto offline = token(provider);
            QVERIFY(!offline);
            QCOMPARE(offline.error().code, Error::Code::NetworkError);
        }
        QCOMPARE(runs(), 1);
        // Once the while is over, the next request tries again.
        QTest::qWait(2100);
        QCOMPARE(token(provider).error().code, Error::Code::NetworkError);
        QCOMPARE(runs(), 2);
    }

    void refusedRefreshToken_isForgottenInTheStoreToo()
    {
        // A refresh token the realm refuses is dead: the keychain must not keep offering it, so the
        // accounts list says signed out rather than "renewed when next used".
        const TokenSet tokens = signIn(QStringLiteral("owner@example.com"));
        QVERIFY(!tokens.isEmpty());
        MemorySecretStore secrets;
        auto first = browserProvider(&secrets, QStringLiteral("first"));
        first->setTokens(tokens);
        first->invalidate();
        QVERIFY(token(*first)); // spends the refresh token of `tokens`
        auto second = browserProvider(&secrets, QStringLiteral("second"));
        second->setTokens(tokens);
        QTRY_VERIFY(secrets.contains(QStringLiteral("second"), TokenSet::secretKey()));
        second->invalidate();
        QCOMPARE(token(*second).error().code, Error::Code::Unauthorized);
        QTRY_VERIFY(!secrets.contains(QStringLiteral("second"), TokenSet::secretKey()));
        QVERIFY(secrets.contains(QStringLiteral("first"), TokenSet::secretKey()));
        QCOMPARE(token(*second).error().code, Error::Code::Unauthorized);
    }

    void refusedSshKey_isForgottenInTheStoreToo()
    {
        // A key the SSH token service no longer accepts (removed from the account).
        const QString key = m_sandbox.newKey(m_dir.path(), QStringLiteral("stranger"));
        QVERIFY(!key.isEmpty());
        MemorySecretStore secrets;
        AccountTokenProvider provider(QStringLiteral("ssh-refused"), LoginMethod::SshKey, &secrets, &m_network);
        QSignalSpy signInRequired(&provider, &AccountTokenProvider::signInRequired);
        provider.setSshOptions(sshOptions(key));
        provider.setTokens(*TokenSet::fromAccessToken(Test::fakeJwtExpiringIn(-5)));
        QTRY_VERIFY(secrets.contains(QStringLiteral("ssh-refused"), TokenSet::secretKey()));
        const auto refused = token(provider);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Unauthorized);
        QCOMPARE(signInRequired.count(), 1);
        QTRY_VERIFY(!secrets.contains(QStringLiteral("ssh-refused"), TokenSet::secretKey()));
    }

    void twoAppsOnOneKeychain_takeOverEachOthersRenewals()
    {
        // The app and the CLI keep one account's tokens in the same keychain, each with a copy in
        // memory. The realm rotates refresh tokens and revokes the whole grant when a spent one comes
        // back, so neither may renew with its copy once the other has renewed.
        MemorySecretStore keychain;
        auto app = browserProvider(&keychain, QStringLiteral("shared"));
        auto cli = browserProvider(&keychain, QStringLiteral("shared"));
        const TokenSet tokens = signIn(QStringLiteral("maintainer@example.com"));
        QVERIFY(!tokens.isEmpty());
        app->setTokens(tokens);
        QTRY_VERIFY(keychain.contains(QStringLiteral("shared"), TokenSet::secretKey()));
        const qsizetype refused = refusedGrants();
        QVERIFY(token(*cli)); // loaded from the keychain
        app->invalidate();
        const auto renewedByApp = token(*app);
        QVERIFY2(renewedByApp, qPrintable(describe(renewedByApp)));

        // Later, both copies have expired: the CLI renews with what the app left in the keychain.
        QTest::qWait(3200);
        const auto renewedByCli = token(*cli);
        QVERIFY2(renewedByCli, qPrintable(describe(renewedByCli)));
        QCOMPARE(refusedGrants(), refused);
        // And the app takes the CLI's renewal instead of renewing again.
        const qsizetype grants = refreshGrants();
        const auto again = token(*app);
        QVERIFY2(again, qPrintable(describe(again)));
        QCOMPARE(*again, *renewedByCli);
        QCOMPARE(refreshGrants(), grants);
        QCOMPARE(refusedGrants(), refused);
        QCOMPARE(m_sandbox.whoAmI(*again), QStringLiteral("maintainer@example.com"));
    }

    void refusedRenewal_takesOverWhatAnotherProcessStoredMeanwhile()
    {
        // The app reads the keychain before renewing, and right after that the CLI stores the tokens
        // of a new sign-in. The app's spent refresh token is refused, but the refusal is not the end:
        // it reads the keychain again and goes on with the CLI's tokens instead of signing out.
        const TokenSet spent = signIn(QStringLiteral("owner@example.com"));
        QVERIFY(!spent.isEmpty());
        MemorySecretStore keychain;
        {
            auto other = browserProvider(&keychain, QStringLiteral("other"));
            other->setTokens(spent);
            other->invalidate();
            QVERIFY(token(*other)); // spends the refresh token of `spent`
        }
        const TokenSet fromCli = signIn(QStringLiteral("owner@example.com"));
        QVERIFY(!fromCli.isEmpty());
        RacingSecretStore racing(&keychain);
        auto app = browserProvider(&racing, QStringLiteral("shared"));
        QSignalSpy signInRequired(app.get(), &AccountTokenProvider::signInRequired);
        app->setRefreshMargin(0s);
        app->setTokens(spent);
        // Waiting for an answer of the keychain also lets the app's write finish.
        QCOMPARE(TokenSet::fromSecret(*Test::SecretStoreCalls(&keychain).read(QStringLiteral("shared"),
                                                                              TokenSet::secretKey()))
                     ->refreshToken,
                 spent.refreshToken);
        racing.afterNextRead = [this, &keychain, &fromCli] {
            keychain.store(QStringLiteral("shared"), TokenSet::secretKey(), fromCli.toSecret(), this,
                           [](const Result<void> &) {});
        };
        const qsizetype refused = refusedGrants();
        app->invalidate();
        const auto taken = token(*app);
        QVERIFY2(taken, qPrintable(describe(taken)));
        QCOMPARE(refusedGrants(), refused + 1); // the spent refresh token, once
        QCOMPARE(*taken, fromCli.accessToken);
        QCOMPARE(signInRequired.count(), 0);
        QVERIFY(keychain.contains(QStringLiteral("shared"), TokenSet::secretKey()));
    }

    void pastedToken_expired_asksForANewOne()
    {
        MemorySecretStore secrets;
        AccountTokenProvider provider(QStringLiteral("pasted"), LoginMethod::PastedToken, &secrets, &m_network);
        QSignalSpy signInRequired(&provider, &AccountTokenProvider::signInRequired);
        provider.setTokens(*TokenSet::fromAccessToken(Test::fakeJwtExpiringIn(-30)));
        const auto expired = token(provider);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, Error::Code::Unauthorized);
        QVERIFY2(expired.error().message.contains(QStringLiteral("expired: paste a new one or sign in")),
                 qPrintable(describe(expired)));
        QCOMPARE(signInRequired.count(), 1);

        provider.setTokens(*TokenSet::fromAccessToken(Test::fakeJwtExpiringIn(3600)));
        QVERIFY(token(provider));
        provider.invalidate();
        const auto refused = token(provider);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("refused the pasted token")),
                 qPrintable(describe(refused)));
    }

    void storedTokens_areLoadedOnFirstUse()
    {
        MemorySecretStore secrets;
        Test::SecretStoreCalls calls(&secrets);
        const QString stored = Test::fakeJwtExpiringIn(3600);
        QVERIFY(calls.store(QStringLiteral("acct"), TokenSet::secretKey(),
                            TokenSet::fromAccessToken(stored, QStringLiteral("r"))->toSecret()));
        auto provider = browserProvider(&secrets);
        QCOMPARE(*token(*provider), stored);
    }

    void notSignedIn_and_signOut()
    {
        MemorySecretStore secrets;
        auto provider = browserProvider(&secrets);
        const auto none = token(*provider);
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::Unauthorized);
        QVERIFY(none.error().message.contains(QStringLiteral("not signed in")));

        provider->setTokens(*TokenSet::fromAccessToken(Test::fakeJwtExpiringIn(3600)));
        QTRY_VERIFY(secrets.contains(QStringLiteral("acct"), TokenSet::secretKey()));
        bool signedOut = false;
        provider->signOut(this, [&signedOut](const Result<void> &r) { signedOut = r.has_value(); });
        QTRY_VERIFY(signedOut);
        QCOMPARE(secrets.size(), 0);
        QCOMPARE(token(*provider).error().code, Error::Code::Unauthorized);
    }

    void lockedKeychain_isReportedAndAskedAgain()
    {
        LockedSecretStore locked;
        auto provider = browserProvider(&locked);
        QCOMPARE(token(*provider).error().code, Error::Code::PermissionDenied);
        QCOMPARE(token(*provider).error().code, Error::Code::PermissionDenied);
        QCOMPARE(locked.reads, 2);
    }
};

QTEST_GUILESS_MAIN(tst_AccountTokenProvider)
#include "tst_accounttokenprovider.moc"
