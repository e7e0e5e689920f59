// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <memory>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTest>

#include "core/remote/lagoonapiclient.h"
#include "tests/remote/scriptedtokens.h"
#include "tests/support/cannedhttpserver.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;

namespace {

QStringList g_logged;

void collectLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged << message;
}

} // namespace

class tst_LagoonApiClient : public QObject
{
    Q_OBJECT

private:
    Test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    Test::ScriptedTokens m_tokens;
    QString m_admin;

    using Answer = Result<QJsonObject>;

    // Waits for the one answer; the context dies with this call, so a late answer cannot land.
    Answer call(LagoonApiClient &client, const GraphQLRequest &request, int waitMs = 15000)
    {
        auto answer = std::make_shared<std::optional<Answer>>();
        QObject context;
        client.run(request, &context, [answer](const Answer &result) { *answer = result; });
        (void)QTest::qWaitFor([answer] { return answer->has_value(); }, waitMs);
        return answer->value_or(makeError(Error::Code::Internal, QStringLiteral("no answer within %1 ms").arg(waitMs)));
    }

    Answer call(LagoonApiClient &client, const QString &operation, const QJsonObject &variables = {})
    {
        auto request = GraphQLRequest::shipped(operation, variables);
        if (!request)
            return std::unexpected(request.error());
        return call(client, *request);
    }

    QString expiredToken() { return m_sandbox.legacyToken({{QStringLiteral("expiresIn"), -3600}}); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--speed"), QStringLiteral("0.05")}), qPrintable(m_sandbox.errorString()));
        m_admin = m_sandbox.legacyToken();
        QVERIFY(!m_admin.isEmpty());
    }

    void init()
    {
        m_tokens = Test::ScriptedTokens();
        m_tokens.current = m_admin;
    }

    void run_userToken_returnsData()
    {
        m_tokens.current = m_sandbox.userToken(QStringLiteral("maintainer@example.com"));
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        const Answer me = call(client, QStringLiteral("Me"));
        QVERIFY2(me, qPrintable(me ? QString() : me.error().message));
        QCOMPARE(me->value(QStringLiteral("me")).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("maintainer@example.com"));
        const Answer projects = call(client, QStringLiteral("AllProjects"));
        QVERIFY(projects);
        QCOMPARE(projects->value(QStringLiteral("allProjects")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("lagoon-demo"));
        QCOMPARE(m_tokens.asked, QList<TokenPurpose>({TokenPurpose::Current, TokenPurpose::Current}));
    }

    void run_deployWithReturnData_answersTheBuildName()
    {
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        const Answer deploy = call(client, QStringLiteral("DeployEnvironmentBranch"),
                                   {{QStringLiteral("project"), QStringLiteral("lagoon-demo")}, {QStringLiteral("branch"), QStringLiteral("dev")}});
        QVERIFY2(deploy, qPrintable(deploy ? QString() : deploy.error().message));
        QVERIFY(deploy->value(QStringLiteral("deployEnvironmentBranch")).toString().startsWith(QLatin1String("lagoon-build-")));
    }

    void run_refusedToken_refreshesOnceAndSucceeds()
    {
        const QString expired = expiredToken();
        m_tokens.current = expired;
        m_tokens.refreshed = m_admin;
        const qsizetype rejectedBefore = m_sandbox.events(QStringLiteral("auth.rejected")).size();
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        const Answer answer = call(client, QStringLiteral("LagoonVersion"));
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().message));
        QCOMPARE(m_tokens.asked, QList<TokenPurpose>({TokenPurpose::Current, TokenPurpose::Refresh}));
        // It names the token that was refused, so a provider that renewed it meanwhile renews nothing.
        QCOMPARE(m_tokens.refusedTokens, QStringList{expired});
        QCOMPARE(m_sandbox.events(QStringLiteral("auth.rejected")).size(), rejectedBefore + 1);
    }

    void run_expiredTokenThatCannotBeRefreshed_isUnauthorizedWithLagoonsMessage()
    {
        m_tokens.current = expiredToken();
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        const Answer answer = call(client, QStringLiteral("Me"));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, Error::Code::Unauthorized);
        QVERIFY2(answer.error().message.contains(QLatin1String("Legacy token invalid: jwt expired")), qPrintable(answer.error().message));
        QVERIFY(answer.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(m_sandbox.port())));
        // Exactly one retry, not a loop.
        QCOMPARE(m_tokens.asked, QList<TokenPurpose>({TokenPurpose::Current, TokenPurpose::Refresh}));
    }

    void run_invalidToken_isUnauthorized()
    {
        m_tokens.current = QStringLiteral("not-a-jwt");
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        const Answer answer = call(client, QStringLiteral("Me"));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, Error::Code::Unauthorized);
        QVERIFY2(answer.error().message.contains(QLatin1String("Bearer token malformed")), qPrintable(answer.error().message));
    }

    void run_providerHasNoToken_isUnauthorized()
    {
        m_tokens.failure = Error{Error::Code::Unauthorized, QStringLiteral("Sign in to example again"), {}};
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        const Answer answer = call(client, QStringLiteral("Me"));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, Error::Code::Unauthorized);
        QCOMPARE(answer.error().message, QStringLiteral("Sign in to example again"));
    }

    void run_permissionError_isPermissionDeniedWithoutRefresh()
    {
        m_tokens.current = m_sandbox.userToken(QStringLiteral("guest@example.com"));
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        const Answer answer = call(client, QStringLiteral("DeployEnvironmentLatest"),
                                   {{QStringLiteral("project"), QStringLiteral("lagoon-demo")}, {QStringLiteral("environment"), QStringLiteral("dev")}});
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, Error::Code::PermissionDenied);
        QVERIFY2(answer.error().message.contains(QLatin1String("You don't have permission")), qPrintable(answer.error().message));
        QCOMPARE(m_tokens.refreshes(), 0);
    }

    void run_graphQLError_givesFirstMessageAndPath()
    {
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        const Answer answer = call(client, QStringLiteral("DeployEnvironmentBranch"),
                                   {{QStringLiteral("project"), QStringLiteral("lagoon-demo")}, {QStringLiteral("branch"), QStringLiteral("no-such-branch")}});
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, Error::Code::ApiError);
        QVERIFY2(answer.error().message.contains(QLatin1String("Error deploying no-such-branch")), qPrintable(answer.error().message));
        QVERIFY2(answer.error().message.contains(QLatin1String("(at deployEnvironmentBranch)")), qPrintable(answer.error().message));
    }

    void run_invalidDocument_isApiErrorFromHttp400()
    {
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        const Answer answer = call(client, GraphQLRequest{QStringLiteral("Broken"), QStringLiteral("query Broken { noSuchField }"), {}});
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, Error::Code::ApiError);
        QVERIFY2(answer.error().message.contains(QLatin1String("noSuchField")), qPrintable(answer.error().message));
    }

    void run_unknownOperation_isNotFoundAndNeverSynchronous()
    {
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        bool called = false;
        std::optional<Answer> answer;
        QObject context;
        client.run(QStringLiteral("NoSuchOperation"), {}, &context, [&](const Answer &result) {
            called = true;
            answer = result;
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QCOMPARE(answer->error().code, Error::Code::NotFound);
    }

    void run_cannedAnswers_mapToClearErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("html 200") << 200 << QByteArray("<html>hello</html>") << int(Error::Code::ParseFailed) << QStringLiteral("not valid GraphQL JSON");
        QTest::newRow("truncated json") << 200 << QByteArray("{\"data\": {\"me\"") << int(Error::Code::ParseFailed) << QStringLiteral("not valid GraphQL JSON");
        QTest::newRow("no data") << 200 << QByteArray("{}") << int(Error::Code::ParseFailed) << QStringLiteral("has no data");
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << int(Error::Code::ServerError) << QStringLiteral("HTTP status 502");
        QTest::newRow("500 lagoon") << 500 << QByteArray(R"({"errors":[{"message":"database gone"}]})") << int(Error::Code::ServerError) << QStringLiteral("database gone");
        QTest::newRow("403") << 403 << QByteArray(R"({"errors":[{"message":"Forbidden by policy"}]})") << int(Error::Code::PermissionDenied) << QStringLiteral("Forbidden by policy");
        QTest::newRow("404") << 404 << QByteArray("not here") << int(Error::Code::HttpError) << QStringLiteral("HTTP status 404");
        QTest::newRow("unauthenticated code") << 200 << QByteArray(R"({"data":null,"errors":[{"message":"token gone","extensions":{"code":"UNAUTHENTICATED"}}]})")
                                             << int(Error::Code::Unauthorized) << QStringLiteral("token gone");
    }

    void run_cannedAnswers_mapToClearErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        Test::CannedHttpServer server;
        QVERIFY(server.start());
        server.respond(status, body, status == 200 && body.startsWith('<') ? QByteArrayLiteral("text/html") : QByteArrayLiteral("application/json"));
        LagoonApiClient client(&m_network, server.url(), m_tokens.provider());
        const Answer answer = call(client, QStringLiteral("Me"));
        QVERIFY(!answer);
        QCOMPARE(int(answer.error().code), code);
        QVERIFY2(answer.error().message.contains(mentions), qPrintable(answer.error().message));
        // A refused token is retried once with a fresh one; nothing else is.
        QCOMPARE(server.requests(), code == int(Error::Code::Unauthorized) ? 2 : 1);
    }

    void run_tlsFailure_isReportedNotIgnored()
    {
        QUrl url = m_sandbox.apiUrl();
        url.setScheme(QStringLiteral("https")); // a plain-HTTP server cannot complete a TLS handshake
        LagoonApiClient client(&m_network, url, m_tokens.provider());
        const Answer answer = call(client, QStringLiteral("Me"));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, Error::Code::TlsError);
        QVERIFY2(answer.error().message.contains(QLatin1String("secure connection")), qPrintable(answer.error().message));
    }

    void run_unknownHost_cannotReach()
    {
        LagoonApiClient client(&m_network, QUrl(QStringLiteral("http://lagoon-api.invalid/graphql")), m_tokens.provider());
        client.setTimeout(5s);
        const Answer answer = call(client, QStringLiteral("Me"));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, Error::Code::NetworkError);
        QVERIFY2(answer.error().message.startsWith(QLatin1String("Cannot reach lagoon-api.invalid")), qPrintable(answer.error().message));
    }

    void run_contextDestroyed_deliversNothing()
    {
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        auto calls = std::make_shared<int>(0);
        auto *context = new QObject;
        client.run(QStringLiteral("AllProjects"), {}, context, [calls](const Answer &) { ++*calls; });
        delete context;
        QObject survivor;
        auto done = std::make_shared<bool>(false);
        client.run(QStringLiteral("LagoonVersion"), {}, &survivor, [done](const Answer &) { *done = true; });
        QTRY_VERIFY(*done);
        QTest::qWait(100);
        QCOMPARE(*calls, 0);
    }

    void logs_neverContainTheToken()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("lagoon.remote.debug=true"));
        g_logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectLog);
        const QString expired = expiredToken();
        m_tokens.current = expired;
        m_tokens.refreshed = m_admin;
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        const Answer answer = call(client, QStringLiteral("Me"));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(answer);
        QVERIFY(!g_logged.isEmpty());
        for (const QString &line : std::as_const(g_logged)) {
            // A JWT's signature part alone would be a leak too.
            for (const QString &token : {expired, m_admin})
                QVERIFY2(!line.contains(token.section(QLatin1Char('.'), 2)), qPrintable(line));
        }
    }

    void run_frozenServer_timesOut()
    {
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        client.setTimeout(800ms);
        QVERIFY(m_sandbox.freeze());
        QElapsedTimer timer;
        timer.start();
        const Answer answer = call(client, QStringLiteral("Me"));
        const qint64 elapsed = timer.elapsed();
        QVERIFY(m_sandbox.thaw());
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, Error::Code::Timeout);
        QVERIFY2(answer.error().message.contains(QLatin1String("did not answer within 1 second")), qPrintable(answer.error().message));
        QVERIFY2(elapsed >= 700 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    }

    void run_serverDown_cannotReachWithinTheTimeout_thenRecovers()
    {
        LagoonApiClient client(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        client.setTimeout(2s);
        m_sandbox.kill();
        QElapsedTimer timer;
        timer.start();
        const Answer down = call(client, QStringLiteral("Me"));
        QVERIFY(!down);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(down.error().code, Error::Code::NetworkError);
        QVERIFY2(down.error().message.startsWith(QStringLiteral("Cannot reach 127.0.0.1:%1").arg(m_sandbox.port())), qPrintable(down.error().message));

        QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
        const Answer back = call(client, QStringLiteral("LagoonVersion"));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_LagoonApiClient)
#include "tst_lagoonapiclient.moc"
