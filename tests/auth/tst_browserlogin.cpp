// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <memory>
#include <optional>

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include "core/auth/browserlogin.h"

#include "tests/auth/authsandbox.h"
#include "tests/auth/browserdriver.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;

// BrowserLogin end to end against the sandbox realm (oidc-provider, public PKCE client
// lagoon-cli). The test is the browser: it follows the URL the app asks to open with the HTTP
// sequence of tests/sandbox/examples/oidc-login.sh and loads the loopback redirect.
class tst_BrowserLogin : public QObject
{
    Q_OBJECT

private:
    Test::AuthSandbox m_sandbox;
    QNetworkAccessManager m_network;

    struct Run
    {
        std::unique_ptr<BrowserLogin> login;
        QUrl authorizationUrl;
        std::optional<Result<TokenSet>> result;
        int finishedCount = 0;
    };

    std::unique_ptr<Run> begin(const QUrl &issuer, std::chrono::milliseconds timeout = 60s)
    {
        auto run = std::make_unique<Run>();
        run->login = std::make_unique<BrowserLogin>(&m_network);
        run->login->setIssuer(issuer);
        run->login->setTimeout(timeout);
        Run *raw = run.get();
        connect(raw->login.get(), &BrowserLogin::openUrl, this,
                [raw](const QUrl &url) { raw->authorizationUrl = url; });
        connect(raw->login.get(), &BrowserLogin::finished, this, [raw](const Result<TokenSet> &result) {
            raw->result = result;
            ++raw->finishedCount;
        });
        run->login->start();
        return run;
    }

    static bool waitForUrl(Run &run)
    {
        return Test::SandboxFixture::waitUntil([&run] { return run.authorizationUrl.isValid() || run.result; },
                                               15000) &&
               run.authorizationUrl.isValid();
    }

    static bool waitForResult(Run &run, int timeoutMs = 15000)
    {
        return Test::SandboxFixture::waitUntil([&run] { return run.result.has_value(); }, timeoutMs);
    }

    static QString stateOf(const QUrl &url) { return QUrlQuery(url).queryItemValue(QStringLiteral("state")); }

    static QString describe(const Run &run)
    {
        if (!run.result)
            return QStringLiteral("no result");
        return *run.result ? QStringLiteral("signed in")
                           : run.result->error().message + QStringLiteral(" / ") + run.result->error().detail;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void signIn_endToEnd_tokensWorkAtTheApi()
    {
        auto run = begin(m_sandbox.issuer());
        QVERIFY2(waitForUrl(*run), qPrintable(describe(*run)));
        const QUrlQuery query(run->authorizationUrl);
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("lagoon-cli"));
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).contains(QStringLiteral("openid")));
        QVERIFY(stateOf(run->authorizationUrl).size() >= 22);
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect, run->login->redirectUri());
        QVERIFY(redirect.port() > 0);
        QVERIFY(run->authorizationUrl.toString().startsWith(m_sandbox.issuer().toString()));

        Test::BrowserDriver browser;
        const auto callback = browser.signIn(run->authorizationUrl, QStringLiteral("maintainer@example.com"),
                                             QStringLiteral("maintainer@example.com"));
        QVERIFY2(callback, qPrintable(callback ? QString() : callback.error()));
        QCOMPARE(callback->host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(callback->port(), redirect.port());
        // The browser asks for /favicon.ico after this page, which must not end the sign-in.
        QCOMPARE(browser.deliver(*callback), 200);

        QVERIFY2(waitForResult(*run), qPrintable(describe(*run)));
        QVERIFY2(*run->result, qPrintable(describe(*run)));
        const TokenSet tokens = **run->result;
        QVERIFY(tokens.canRefresh());
        QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(tokens.lifetime() > 0s);
        QCOMPARE(m_sandbox.whoAmI(tokens.accessToken), QStringLiteral("maintainer@example.com"));
        QCOMPARE(run->finishedCount, 1);
        // The page names an icon of its own, so browsers need not ask for one.
        QVERIFY2(browser.page().contains(R"(<link rel="icon" href="data:,">)"), browser.page().constData());

        // The loopback listener is closed once the sign-in is over.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(2000));
    }

    void stateMismatch_failsWithoutExchangingTheCode()
    {
        auto run = begin(m_sandbox.issuer());
        QVERIFY(waitForUrl(*run));
        Test::BrowserDriver browser;
        auto callback = browser.signIn(run->authorizationUrl, QStringLiteral("developer@example.com"),
                                       QStringLiteral("developer@example.com"));
        QVERIFY2(callback, qPrintable(callback ? QString() : callback.error()));
        QUrlQuery forged(*callback);
        forged.removeAllQueryItems(QStringLiteral("state"));
        forged.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
        callback->setQuery(forged);
        const qsizetype exchanges = m_sandbox.events(QStringLiteral("oidc.token")).size();
        browser.deliver(*callback);
        QVERIFY(waitForResult(*run));
        QVERIFY(!*run->result);
        QCOMPARE(run->result->error().code, Error::Code::Unauthorized);
        QVERIFY2(run->result->error().message.contains(QStringLiteral("state mismatch")), qPrintable(describe(*run)));
        QTest::qWait(300);
        QCOMPARE(m_sandbox.events(QStringLiteral("oidc.token")).size(), exchanges);
    }

    void errorResponse_accessDenied_isCancelled()
    {
        auto run = begin(m_sandbox.issuer());
        QVERIFY(waitForUrl(*run));
        QUrl callback = run->login->redirectUri();
        callback.setQuery(QStringLiteral("error=access_denied&error_description=User+cancelled+the+login&state=") +
                          stateOf(run->authorizationUrl));
        Test::BrowserDriver().deliver(callback);
        QVERIFY(waitForResult(*run));
        QVERIFY(!*run->result);
        QCOMPARE(run->result->error().code, Error::Code::Cancelled);
        QCOMPARE(run->result->error().detail, QStringLiteral("User cancelled the login"));
    }

    void errorResponse_other_isUnauthorizedWithTheServersText()
    {
        auto run = begin(m_sandbox.issuer());
        QVERIFY(waitForUrl(*run));
        QUrl callback = run->login->redirectUri();
        callback.setQuery(QStringLiteral("error=invalid_scope&error_description=scope%20not%20allowed&state=") +
                          stateOf(run->authorizationUrl));
        Test::BrowserDriver().deliver(callback);
        QVERIFY(waitForResult(*run));
        QVERIFY(!*run->result);
        QCOMPARE(run->result->error().code, Error::Code::Unauthorized);
        QVERIFY2(run->result->error().message.contains(QStringLiteral("scope not allowed")),
                 qPrintable(describe(*run)));
    }

    void refusedCode_isReportedNotLeftHanging()
    {
        // Qt 6.4's flow drops a failed token request silently; the login must still finish.
        auto run = begin(m_sandbox.issuer());
        QVERIFY(waitForUrl(*run));
        QUrl callback = run->login->redirectUri();
        callback.setQuery(QStringLiteral("code=not-a-real-code&state=") + stateOf(run->authorizationUrl));
        Test::BrowserDriver().deliver(callback);
        QVERIFY(waitForResult(*run));
        QVERIFY(!*run->result);
        QCOMPARE(run->result->error().code, Error::Code::Unauthorized);
        QVERIFY2(run->result->error().detail.contains(QStringLiteral("invalid_grant")), qPrintable(describe(*run)));
    }

    void cancel_finishesOnceAndClosesThePort()
    {
        auto run = begin(m_sandbox.issuer());
        QVERIFY(waitForUrl(*run));
        const QUrl redirect = run->login->redirectUri();
        run->login->cancel();
        run->login->cancel();
        QVERIFY(waitForResult(*run));
        QCOMPARE(run->result->error().code, Error::Code::Cancelled);
        QTest::qWait(100);
        QCOMPARE(run->finishedCount, 1);
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(2000));
    }

    void noBrowserAnswer_timesOut()
    {
        auto run = begin(m_sandbox.issuer(), 1500ms);
        QVERIFY(waitForUrl(*run));
        QVERIFY(waitForResult(*run, 10000));
        QCOMPARE(run->result->error().code, Error::Code::Timeout);
    }

    void unreachableRealm_isANetworkError()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close();
        auto run = begin(QUrl(QStringLiteral("http://127.0.0.1:%1/auth/realms/lagoon").arg(port)));
        QVERIFY(waitForResult(*run));
        QVERIFY(!*run->result);
        QCOMPARE(run->result->error().code, Error::Code::NetworkError);
        QVERIFY(!run->authorizationUrl.isValid());
    }

    void wrongRealm_saysThereIsNoConfiguration()
    {
        QUrl issuer = m_sandbox.issuer();
        issuer.setPath(QStringLiteral("/auth/realms/nope"));
        auto run = begin(issuer);
        QVERIFY(waitForResult(*run));
        QVERIFY(!*run->result);
        QVERIFY2(run->result->error().message.contains(QStringLiteral("OpenID")), qPrintable(describe(*run)));
    }

    void noIssuer_failsLater()
    {
        auto run = begin(QUrl());
        QVERIFY(!run->result);
        QVERIFY(waitForResult(*run));
        QCOMPARE(run->result->error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_BrowserLogin)
#include "tst_browserlogin.moc"
