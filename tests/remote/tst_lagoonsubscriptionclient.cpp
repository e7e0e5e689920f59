// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include "core/remote/lagoonsubscriptionclient.h"
#include "core/remote/reconnectbackoff.h"
#include "tests/remote/scriptedtokens.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;
using State = LagoonSubscriptionClient::State;

namespace {

// Short timings so that reconnects, keep-alive and polling happen within a test's patience.
LagoonSubscriptionClient::Options fastOptions()
{
    LagoonSubscriptionClient::Options options;
    options.minimumBackoff = 20ms;
    options.maximumBackoff = 250ms;
    options.connectTimeout = 3s;
    options.keepAliveInterval = 200ms;
    options.keepAliveTimeout = 1200ms;
    options.failuresBeforePolling = 1000;
    options.pollInterval = 150ms;
    options.jitterSeed = 7;
    return options;
}

// What one subscription saw.
struct Recorder
{
    QStringList names;  // deploymentChanged.name of each event
    QStringList steps;  // deploymentChanged.buildStep of each event
    int reconciles = 0;
    QList<Error> errors;
};

constexpr int MainEnvironment = 3;

/**
 * A WebSocket server whose onConnect fails for a reason of its own, after connection_init: the
 * graphql-transport-ws side closes with `closeCode` and `reason` (what graphql-ws does when
 * onConnect throws), the legacy side sends connection_error with `reason` and closes.
 */
class FailingOnConnectServer final : public QObject
{
public:
    int closeCode = 4500;
    QString reason;
    int connections = 0;

    bool start()
    {
        m_server.setSupportedSubprotocols({QStringLiteral("graphql-transport-ws"), QStringLiteral("graphql-ws")});
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QWebSocket::textMessageReceived, socket, [this, socket](const QString &) {
                    if (socket->subprotocol() == QLatin1StringView("graphql-ws")) {
                        socket->sendTextMessage(
                            QStringLiteral(R"({"type":"connection_error","payload":{"message":"%1"}})").arg(reason));
                        socket->close(QWebSocketProtocol::CloseCode(1011));
                    } else {
                        socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
                    }
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/graphql").arg(m_server.serverPort())); }

private:
    QWebSocketServer m_server{QStringLiteral("failing"), QWebSocketServer::NonSecureMode};
};

} // namespace

class tst_LagoonSubscriptionClient : public QObject
{
    Q_OBJECT

private:
    Test::SandboxFixture m_sandbox;
    Test::ScriptedTokens m_tokens;
    QString m_admin;

    std::unique_ptr<LagoonSubscriptionClient> makeClient(const LagoonSubscriptionClient::Options &options = fastOptions())
    {
        auto client = std::make_unique<LagoonSubscriptionClient>(m_sandbox.webSocketUrl(), m_tokens.provider());
        client->setOptions(options);
        return client;
    }

    int subscribe(LagoonSubscriptionClient &client, Recorder &recorder, QObject *context, int environment = MainEnvironment)
    {
        const auto request = GraphQLRequest::shipped(QStringLiteral("DeploymentChanged"), {{QStringLiteral("environment"), environment}});
        return client.subscribe(
            *request, context,
            [&recorder](const QJsonObject &data, const SubscriptionEventStamp &) {
                const QJsonObject d = data.value(QStringLiteral("deploymentChanged")).toObject();
                recorder.names << d.value(QStringLiteral("name")).toString();
                recorder.steps << d.value(QStringLiteral("buildStep")).toString();
            },
            [&recorder] { ++recorder.reconciles; }, [&recorder](const Error &error) { recorder.errors << error; });
    }

    int seededBuildId()
    {
        const QJsonObject build = m_sandbox.build(QStringLiteral("lagoon-build-123abc"));
        return build.value(QStringLiteral("id")).toInt();
    }

    // Publishes the seeded build again with a new buildStep, as an update would.
    bool publish(const QString &step)
    {
        return m_sandbox
            .control("POST", QStringLiteral("/publish"),
                     {{QStringLiteral("channel"), QStringLiteral("deployment")}, {QStringLiteral("id"), seededBuildId()},
                      {QStringLiteral("patch"), QJsonObject{{QStringLiteral("buildStep"), step}}}})
            .ok();
    }

    QStringList offeredProtocols(qint64 since)
    {
        QStringList offered;
        const QJsonArray upgrades = m_sandbox.events(QStringLiteral("ws.upgrade"), since);
        for (const QJsonValue &upgrade : upgrades)
            offered << upgrade.toObject().value(QStringLiteral("offered")).toString();
        return offered;
    }

    // The subscription is live once the sandbox has run it (journal entries after `since`), not
    // when its frame left: an event published before that would be lost.
    bool subscribed(qint64 since)
    {
        return QTest::qWaitFor([&] {
            const QJsonArray runs = m_sandbox.events(QStringLiteral("graphql"), since);
            for (const QJsonValue &run : runs) {
                if (run.toObject().value(QStringLiteral("operation")).toString() == QLatin1String("DeploymentChanged"))
                    return true;
            }
            return false;
        }, 5000);
    }

    qint64 lastSeq()
    {
        const QJsonArray all = m_sandbox.events();
        return all.isEmpty() ? 0 : all.last().toObject().value(QStringLiteral("seq")).toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--speed"), QStringLiteral("0.05")}), qPrintable(m_sandbox.errorString()));
        m_admin = m_sandbox.legacyToken();
    }

    void init()
    {
        QVERIFY(m_sandbox.isRunning() || m_sandbox.restart());
        QVERIFY(m_sandbox.reset());
        m_tokens = Test::ScriptedTokens();
        m_tokens.current = m_admin;
    }

    void backoff_fullJitter_staysUnderADoublingCeiling()
    {
        ReconnectBackoff backoff(100ms, 1000ms, 1);
        QCOMPARE(backoff.ceiling(1), 100ms);
        QCOMPARE(backoff.ceiling(2), 200ms);
        QCOMPARE(backoff.ceiling(4), 800ms);
        QCOMPARE(backoff.ceiling(5), 1000ms);
        QCOMPARE(backoff.ceiling(500), 1000ms);
        std::chrono::milliseconds smallest = 1000ms, largest = 0ms;
        for (int i = 0; i < 2000; ++i) {
            const auto delay = backoff.delay(6);
            QVERIFY(delay >= 0ms && delay <= 1000ms);
            smallest = std::min(smallest, delay);
            largest = std::max(largest, delay);
        }
        // Full jitter spreads over the whole range, not around the ceiling.
        QVERIFY(smallest < 100ms);
        QVERIFY(largest > 900ms);
        ReconnectBackoff a(10ms, 5000ms, 99), b(10ms, 5000ms, 99);
        for (int n = 1; n < 12; ++n)
            QCOMPARE(a.delay(n), b.delay(n));
    }

    void subscribe_transportWs_receivesEventsAndReconcilesOnce()
    {
        auto client = makeClient();
        Recorder recorder;
        QObject context;
        const qint64 since = lastSeq();
        subscribe(*client, recorder, &context);
        QSignalSpy reconnected(client.get(), &LagoonSubscriptionClient::reconnected);
        client->open();
        QTRY_COMPARE(client->state(), State::Connected);
        QCOMPARE(client->protocol(), SubscriptionProtocol::TransportWs);
        QCOMPARE(recorder.reconciles, 1);
        QVERIFY(subscribed(since)); // the subscribe frame follows the ack
        QVERIFY(publish(QStringLiteral("stepOne")));
        QVERIFY(publish(QStringLiteral("stepTwo")));
        QTRY_COMPARE(recorder.steps, QStringList({QStringLiteral("stepOne"), QStringLiteral("stepTwo")}));
        QCOMPARE(recorder.names.constFirst(), QStringLiteral("lagoon-build-123abc"));
        QCOMPARE(reconnected.count(), 0);
        QCOMPARE(m_tokens.asked, QList<TokenPurpose>({TokenPurpose::Current}));
    }

    void subscribe_legacyChosenByOption_receivesEvents()
    {
        LagoonSubscriptionClient::Options options = fastOptions();
        options.protocol = LagoonSubscriptionClient::ProtocolChoice::LegacyWs;
        auto client = makeClient(options);
        Recorder recorder;
        QObject context;
        const qint64 since = lastSeq();
        subscribe(*client, recorder, &context);
        client->open();
        QTRY_COMPARE(client->state(), State::Connected);
        QCOMPARE(client->protocol(), SubscriptionProtocol::LegacyWs);
        QCOMPARE(offeredProtocols(since), QStringList({QStringLiteral("graphql-ws")}));
        QVERIFY(subscribed(since));
        QVERIFY(publish(QStringLiteral("legacyStep")));
        QTRY_COMPARE(recorder.steps, QStringList({QStringLiteral("legacyStep")}));
    }

    void subscribe_serverSpeaksOnlyLegacy_fallsBackAndSticks()
    {
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("graphql-ws")));
        auto client = makeClient();
        QSignalSpy errors(client.get(), &LagoonSubscriptionClient::errorOccurred);
        Recorder recorder;
        QObject context;
        const qint64 since = lastSeq();
        subscribe(*client, recorder, &context);
        client->open();
        QTRY_COMPARE(client->state(), State::Connected);
        QCOMPARE(client->protocol(), SubscriptionProtocol::LegacyWs);
        QCOMPARE(offeredProtocols(since), QStringList({QStringLiteral("graphql-transport-ws"), QStringLiteral("graphql-ws")}));
        QCOMPARE(errors.count(), 0); // a fallback is no failure
        QVERIFY(subscribed(since));
        QVERIFY(publish(QStringLiteral("afterFallback")));
        QTRY_COMPARE(recorder.steps, QStringList({QStringLiteral("afterFallback")}));

        // A reconnection goes straight to the protocol that worked.
        const qint64 beforeRestart = lastSeq();
        m_sandbox.kill();
        QTRY_VERIFY(client->state() != State::Connected);
        QVERIFY(m_sandbox.restart());
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("graphql-ws")));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Connected, 10000);
        Q_UNUSED(beforeRestart)
        QCOMPARE(offeredProtocols(0).constFirst(), QStringLiteral("graphql-ws"));
    }

    void subscribe_neitherProtocol_reportsUnsupportedAndPolls()
    {
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("graphql-ws")));
        LagoonSubscriptionClient::Options options = fastOptions();
        options.protocol = LagoonSubscriptionClient::ProtocolChoice::TransportWs;
        auto client = makeClient(options);
        QSignalSpy errors(client.get(), &LagoonSubscriptionClient::errorOccurred);
        Recorder recorder;
        QObject context;
        subscribe(*client, recorder, &context);
        client->open();
        QTRY_COMPARE(client->state(), State::Polling);
        QCOMPARE(errors.constFirst().constFirst().value<Error>().code, Error::Code::Unsupported);
        QVERIFY2(errors.constFirst().constFirst().value<Error>().message.contains(QLatin1String("no live updates")),
                 qPrintable(errors.constFirst().constFirst().value<Error>().message));
        // Polling runs the reconciling query every pollInterval.
        QTRY_VERIFY(recorder.reconciles >= 4);
    }

    void webSocketRefusedRepeatedly_polls_thenReturnsToLiveUpdates()
    {
        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("none")));
        LagoonSubscriptionClient::Options options = fastOptions();
        options.failuresBeforePolling = 3;
        auto client = makeClient(options);
        QSignalSpy states(client.get(), &LagoonSubscriptionClient::stateChanged);
        QSignalSpy reconnected(client.get(), &LagoonSubscriptionClient::reconnected);
        Recorder recorder;
        QObject context;
        subscribe(*client, recorder, &context);
        client->open();
        QTRY_COMPARE(client->state(), State::Polling);
        QVERIFY(states.contains(QVariantList{QVariant::fromValue(State::Reconnecting)}));
        QTRY_VERIFY(recorder.reconciles >= 3);

        QVERIFY(m_sandbox.setWebSocketProtocols(QStringLiteral("both")));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Connected, 10000);
        QCOMPARE(reconnected.count(), 1);
        const int reconcilesWhenConnected = recorder.reconciles;
        QTest::qWait(int(options.pollInterval.count()) * 3);
        QCOMPARE(recorder.reconciles, reconcilesWhenConnected); // no more polling
        QVERIFY(publish(QStringLiteral("live")));
        QTRY_COMPARE(recorder.steps, QStringList({QStringLiteral("live")}));
    }

    void refusedToken_asksForAFreshOneAndConnects_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::newRow("graphql-transport-ws") << int(LagoonSubscriptionClient::ProtocolChoice::TransportWs);
        QTest::newRow("graphql-ws") << int(LagoonSubscriptionClient::ProtocolChoice::LegacyWs);
    }

    void refusedToken_asksForAFreshOneAndConnects()
    {
        QFETCH(int, protocol);
        LagoonSubscriptionClient::Options options = fastOptions();
        options.protocol = LagoonSubscriptionClient::ProtocolChoice(protocol);
        const QString expired = m_sandbox.legacyToken({{QStringLiteral("expiresIn"), -3600}});
        m_tokens.current = expired;
        m_tokens.refreshed = m_admin;
        auto client = makeClient(options);
        QSignalSpy errors(client.get(), &LagoonSubscriptionClient::errorOccurred);
        client->open();
        QTRY_COMPARE(client->state(), State::Connected);
        QCOMPARE(m_tokens.asked, QList<TokenPurpose>({TokenPurpose::Current, TokenPurpose::Refresh}));
        QCOMPARE(m_tokens.refusedTokens, QStringList{expired});
        QCOMPARE(errors.count(), 1);
        const Error error = errors.constFirst().constFirst().value<Error>();
        QCOMPARE(error.code, Error::Code::Unauthorized);
        QVERIFY2(error.message.contains(QLatin1String("Legacy token invalid: jwt expired")), qPrintable(error.message));
    }

    void invalidTokenForever_keepsReportingUnauthorizedAndBacksOff()
    {
        m_tokens.current = QStringLiteral("garbage");
        auto client = makeClient();
        QSignalSpy errors(client.get(), &LagoonSubscriptionClient::errorOccurred);
        client->open();
        QTRY_VERIFY(errors.count() >= 3);
        QVERIFY(client->state() == State::Reconnecting || client->state() == State::Connecting);
        for (const QVariantList &args : std::as_const(errors))
            QCOMPARE(args.constFirst().value<Error>().code, Error::Code::Unauthorized);
        QVERIFY(m_tokens.refreshes() >= 2);
        QVERIFY(client->reconnectDelay() <= 250ms);
        client->close();
        QCOMPARE(client->state(), State::Closed);
    }

    void serverFailsOnConnect_forAnotherReason_keepsTheToken_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("closeCode");
        QTest::addColumn<QString>("reason");
        const int transport = int(LagoonSubscriptionClient::ProtocolChoice::TransportWs);
        // What graphql-ws sends for any error in onConnect when NODE_ENV is production.
        QTest::newRow("4500, production") << transport << 4500 << QStringLiteral("Internal server error");
        QTest::newRow("4500, Redis down") << transport << 4500 << QStringLiteral("connect ECONNREFUSED 10.0.0.5:6379");
        QTest::newRow("legacy connection_error")
            << int(LagoonSubscriptionClient::ProtocolChoice::LegacyWs) << 0
            << QStringLiteral("Keycloak is not ready yet");
    }

    void serverFailsOnConnect_forAnotherReason_keepsTheToken()
    {
        // graphql-ws closes with 4500 whenever onConnect throws, and the legacy server sends
        // connection_error for any error: only a reason that names the token makes it a refused
        // token. Otherwise the client retries with the same token and never asks for a new one.
        QFETCH(int, protocol);
        QFETCH(int, closeCode);
        QFETCH(QString, reason);
        FailingOnConnectServer server;
        server.closeCode = closeCode;
        server.reason = reason;
        QVERIFY(server.start());
        LagoonSubscriptionClient::Options options = fastOptions();
        options.protocol = LagoonSubscriptionClient::ProtocolChoice(protocol);
        LagoonSubscriptionClient client(server.url(), m_tokens.provider());
        client.setOptions(options);
        QSignalSpy errors(&client, &LagoonSubscriptionClient::errorOccurred);
        client.open();
        QTRY_VERIFY(errors.count() >= 3);
        client.close();
        QVERIFY(server.connections >= 3);
        QCOMPARE(m_tokens.refreshes(), 0);
        for (const QVariantList &args : std::as_const(errors)) {
            const Error error = args.constFirst().value<Error>();
            QVERIFY2(error.code != Error::Code::Unauthorized, qPrintable(error.message));
            QVERIFY2(error.message.contains(reason) || error.detail.contains(reason), qPrintable(error.message));
        }
    }

    void serverKilled_reconnectsResubscribesAndReconciles()
    {
        auto client = makeClient();
        QSignalSpy states(client.get(), &LagoonSubscriptionClient::stateChanged);
        QSignalSpy reconnected(client.get(), &LagoonSubscriptionClient::reconnected);
        Recorder recorder;
        QObject context;
        subscribe(*client, recorder, &context);
        client->open();
        QTRY_COMPARE(client->state(), State::Connected);
        QCOMPARE(recorder.reconciles, 1);

        m_sandbox.kill();
        QTRY_COMPARE(client->state(), State::Reconnecting);
        QVERIFY(client->reconnectDelay() <= 250ms);
        QCOMPARE(client->lastError().code, Error::Code::ConnectionLost);
        QTest::qWait(500); // several attempts against nothing
        QVERIFY(client->lastError().code == Error::Code::NetworkError);
        QVERIFY(m_sandbox.restart());
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Connected, 10000);
        QCOMPARE(reconnected.count(), 1);
        QCOMPARE(recorder.reconciles, 2);
        QVERIFY(subscribed(0)); // the restarted sandbox has a journal of its own
        QVERIFY(publish(QStringLiteral("afterRestart")));
        QTRY_COMPARE(recorder.steps, QStringList({QStringLiteral("afterRestart")}));
    }

    void frozenServer_keepAliveNoticesAndReconnects()
    {
        auto client = makeClient();
        QSignalSpy reconnected(client.get(), &LagoonSubscriptionClient::reconnected);
        Recorder recorder;
        QObject context;
        subscribe(*client, recorder, &context);
        client->open();
        QTRY_COMPARE(client->state(), State::Connected);
        QTest::qWait(600); // quiet, but alive: the probes are answered
        QCOMPARE(client->state(), State::Connected);

        QVERIFY(m_sandbox.freeze());
        QTRY_VERIFY_WITH_TIMEOUT(client->state() != State::Connected, 3000);
        QCOMPARE(client->lastError().code, Error::Code::ConnectionLost);
        QVERIFY(m_sandbox.thaw());
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Connected, 10000);
        QCOMPARE(reconnected.count(), 1);
        QCOMPARE(recorder.reconciles, 2);
    }

    void close_stopsReconnecting()
    {
        auto client = makeClient();
        client->open();
        QTRY_COMPARE(client->state(), State::Connected);
        client->close();
        QCOMPARE(client->state(), State::Closed);
        QSignalSpy states(client.get(), &LagoonSubscriptionClient::stateChanged);
        m_sandbox.kill();
        QVERIFY(m_sandbox.restart());
        QTest::qWait(300);
        QCOMPARE(states.count(), 0);
    }

    void serverRefusesTheSubscription_reportsAndForgetsIt()
    {
        auto client = makeClient();
        Recorder recorder;
        QObject context;
        subscribe(*client, recorder, &context, 9999);
        QCOMPARE(client->subscriptionCount(), 1);
        client->open();
        QTRY_COMPARE(recorder.errors.size(), 1);
        QCOMPARE(recorder.errors.constFirst().code, Error::Code::ApiError);
        QVERIFY2(recorder.errors.constFirst().message.contains(QLatin1String("DeploymentChanged")),
                 qPrintable(recorder.errors.constFirst().message));
        QCOMPARE(client->subscriptionCount(), 0);
        QCOMPARE(client->state(), State::Connected);
    }

    void contextDestroyed_unsubscribes()
    {
        auto client = makeClient();
        Recorder recorder;
        auto *context = new QObject;
        subscribe(*client, recorder, context);
        client->open();
        QTRY_COMPARE(client->state(), State::Connected);
        delete context;
        QCOMPARE(client->subscriptionCount(), 0);
        QVERIFY(publish(QStringLiteral("nobodyListens")));
        QTest::qWait(100);
        QVERIFY(recorder.steps.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LagoonSubscriptionClient)
#include "tst_lagoonsubscriptionclient.moc"
