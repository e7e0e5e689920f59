// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <memory>

#include <QNetworkAccessManager>
#include <QTest>

#include "core/accounts/account.h"
#include "core/remote/lagoondiscovery.h"
#include "core/remote/remoteurls.h"
#include "tests/support/cannedhttpserver.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;

class tst_LagoonDiscovery : public QObject
{
    Q_OBJECT

private:
    Test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;

    Result<LagoonDiscoveryInfo> discover(const QUrl &apiUrl)
    {
        LagoonDiscovery discovery(&m_network);
        discovery.setTimeout(3s);
        auto answer = std::make_shared<std::optional<Result<LagoonDiscoveryInfo>>>();
        QObject context;
        discovery.discover(apiUrl, &context, [answer](const Result<LagoonDiscoveryInfo> &info) { *answer = info; });
        (void)QTest::qWaitFor([answer] { return answer->has_value(); }, 10000);
        return answer->value_or(makeError(Error::Code::Internal, QStringLiteral("no answer")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void urls_derivedFromTheApiUrl_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("websocket");
        QTest::newRow("plain") << "https://api.example.com/graphql" << "https://api.example.com" << "wss://api.example.com/graphql";
        QTest::newRow("trailing slash") << "https://api.example.com/graphql/" << "https://api.example.com" << "wss://api.example.com/graphql/";
        QTest::newRow("port and http") << "http://127.0.0.1:3000/graphql" << "http://127.0.0.1:3000" << "ws://127.0.0.1:3000/graphql";
        QTest::newRow("path prefix") << "https://example.com/lagoon/graphql" << "https://example.com/lagoon" << "wss://example.com/lagoon/graphql";
        QTest::newRow("base given") << "https://api.example.com" << "https://api.example.com" << "wss://api.example.com";
    }

    void urls_derivedFromTheApiUrl()
    {
        QFETCH(QString, api);
        QFETCH(QString, base);
        QFETCH(QString, websocket);
        QCOMPARE(RemoteUrls::apiBase(QUrl(api)).toString(), base);
        QCOMPARE(RemoteUrls::discoveryUrl(QUrl(api)).toString(), base + QStringLiteral("/.well-known/appspecific/sh.lagoon.discovery.json"));
        QCOMPARE(RemoteUrls::webSocketUrl(QUrl(api)).toString(), websocket);
    }

    void hostLabel_namesThePortOnlyWhenTheUrlDoes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("label");
        QTest::newRow("no port") << "https://api.example.com/graphql" << "api.example.com";
        QTest::newRow("port") << "http://127.0.0.1:3000/graphql" << "127.0.0.1:3000";
        QTest::newRow("default port written out") << "https://keycloak.example.com:443/auth" << "keycloak.example.com:443";
        QTest::newRow("port 0 is no port") << "https://keycloak.example.com:0/auth" << "keycloak.example.com";
    }

    void hostLabel_namesThePortOnlyWhenTheUrlDoes()
    {
        // One rule for the API's messages and the sign-in server's (OAuthErrors uses it too).
        QFETCH(QString, url);
        QFETCH(QString, label);
        QCOMPARE(RemoteUrls::hostLabel(QUrl(url)), label);
    }

    void discover_sandbox_readsEveryField()
    {
        const auto info = discover(m_sandbox.apiUrl());
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        QVERIFY(info->discovered);
        QCOMPARE(info->apiUrl, m_sandbox.apiUrl());
        QCOMPARE(RemoteUrls::webSocketUrl(info->apiUrl), m_sandbox.webSocketUrl());
        QCOMPARE(info->lagoonVersion, QStringLiteral("v2.33.1-sandbox"));
        const QString issuer = m_sandbox.info().value(QStringLiteral("oidc")).toObject().value(QStringLiteral("issuer")).toString();
        // The realm URL the app derives is the issuer the realm really has.
        QCOMPARE(Account::fromDiscovery(*info, {}).issuerUrl().toString(), issuer);
        QCOMPARE(info->realm, QStringLiteral("lagoon"));
        QCOMPARE(info->clientId, QStringLiteral("lagoon-cli"));
        QCOMPARE(info->uiUrl.toString(), RemoteUrls::apiBase(m_sandbox.apiUrl()).toString() + QStringLiteral("/ui"));
        // Started with --no-ssh: the document has nulls there.
        QVERIFY(info->sshTokenHost.isEmpty());
        QCOMPARE(info->sshTokenPort, 0);
        QVERIFY(info->webhookUrl.isEmpty());
    }

    void fromJson_readsSshEndpointAndToleratesStringPorts()
    {
        // (moc 6.4 loses track of raw string literals that span lines.)
        const QByteArray json = R"({"lagoon_version":"v2.30.0","authorization_endpoint":"https://keycloak.example.com/auth",)"
                                R"("ssh_token_exchange":{"token_endpoint_host":"ssh.example.com","token_endpoint_port":"32222"},)"
                                R"("webhook_endpoint":"https://hooks.example.com","ui_url":"https://ui.example.com"})";
        const auto info = LagoonDiscoveryInfo::fromJson(json, QUrl(QStringLiteral("https://api.example.com/graphql")));
        QVERIFY(info);
        QCOMPARE(info->sshTokenHost, QStringLiteral("ssh.example.com"));
        QCOMPARE(info->sshTokenPort, 32222);
        QCOMPARE(Account::fromDiscovery(*info, {}).issuerUrl().toString(),
                 QStringLiteral("https://keycloak.example.com/auth/realms/lagoon"));
        QCOMPARE(info->webhookUrl.toString(), QStringLiteral("https://hooks.example.com"));
    }

    void discover_noDocument_isNotFoundAndTheApiUrlIsEnough()
    {
        Test::CannedHttpServer server;
        QVERIFY(server.start());
        server.respond(404, R"({"errors":[{"message":"no route"}]})");
        const auto info = discover(server.url());
        QVERIFY(!info);
        QCOMPARE(info.error().code, Error::Code::NotFound);
        QVERIFY2(info.error().message.contains(QLatin1String("publishes no Lagoon discovery document")), qPrintable(info.error().message));
        QVERIFY(server.lastRequest().startsWith("GET /.well-known/appspecific/sh.lagoon.discovery.json "));

        const LagoonDiscoveryInfo fallback = LagoonDiscoveryInfo::fromApiUrl(server.url());
        QVERIFY(!fallback.discovered);
        QCOMPARE(fallback.apiUrl, server.url());
        QVERIFY(fallback.authorizationEndpoint.isEmpty());
    }

    void discover_notADiscoveryDocument_isParseFailed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html><body>Welcome to nginx</body></html>");
        QTest::newRow("other json") << QByteArray(R"({"status":"ok"})");
    }

    void discover_notADiscoveryDocument_isParseFailed()
    {
        QFETCH(QByteArray, body);
        Test::CannedHttpServer server;
        QVERIFY(server.start());
        server.respond(200, body, body.startsWith('<') ? QByteArrayLiteral("text/html") : QByteArrayLiteral("application/json"));
        const auto info = discover(server.url());
        QVERIFY(!info);
        QCOMPARE(info.error().code, Error::Code::ParseFailed);
    }

    void discover_nothingListening_cannotReach()
    {
        Test::CannedHttpServer server;
        QVERIFY(server.start());
        const QUrl url = server.url();
        server.close();
        const auto info = discover(url);
        QVERIFY(!info);
        QCOMPARE(info.error().code, Error::Code::NetworkError);
        QVERIFY2(info.error().message.startsWith(QLatin1String("Cannot reach 127.0.0.1:")), qPrintable(info.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_LagoonDiscovery)
#include "tst_lagoondiscovery.moc"
