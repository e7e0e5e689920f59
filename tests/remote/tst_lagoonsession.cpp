// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <memory>

#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/auth/accounttokenprovider.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/tokenset.h"
#include "core/remote/cache/lagooncache.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoondeployment.h"
#include "core/remote/lagoonsession.h"
#include "core/remote/lagoonsubscriptionclient.h"
#include "core/remote/taskwatcher.h"
#include "tests/remote/scriptedtokens.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;

namespace {

constexpr int MainEnvironment = 3;

Result<LagoonAnswer> fetchNow(LagoonSession &session, const QString &operation, const QJsonObject &variables,
                              const QString &key)
{
    std::optional<Result<LagoonAnswer>> answer;
    QObject context;
    session.fetch(operation, variables, key, &context, [&answer](const Result<LagoonAnswer> &a) { answer = a; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
        return makeError(Error::Code::Timeout, QStringLiteral("no answer"));
    return *answer;
}

} // namespace

class tst_LagoonSession : public QObject
{
    Q_OBJECT

private:
    Test::SandboxFixture m_sandbox;
    Test::ScriptedTokens m_tokens;
    QNetworkAccessManager m_network;
    QTemporaryDir m_cacheRoot;

    std::unique_ptr<LagoonSession> makeSession()
    {
        auto session = std::make_unique<LagoonSession>(&m_network, QStringLiteral("sandbox-maintainer"), m_sandbox.apiUrl(),
                                                       m_tokens.provider(), m_cacheRoot.path());
        session->api()->setTimeout(3s);
        LagoonSubscriptionClient::Options options;
        options.minimumBackoff = 20ms;
        options.maximumBackoff = 200ms;
        options.pollInterval = 200ms;
        session->subscriptions()->setOptions(options);
        return session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--speed"), QStringLiteral("0.05")}), qPrintable(m_sandbox.errorString()));
        m_tokens.current = m_sandbox.userToken(QStringLiteral("maintainer@example.com"));
        QVERIFY(!m_tokens.current.isEmpty());
    }

    void init()
    {
        QVERIFY(m_sandbox.isRunning() || m_sandbox.restart());
        QVERIFY(m_sandbox.reset());
        m_tokens.current = m_sandbox.userToken(QStringLiteral("maintainer@example.com"));
    }

    void fetch_online_cachesTheAnswer_offline_servesItWithTheError()
    {
        auto session = makeSession();
        QSignalSpy reachability(session.get(), &LagoonSession::reachabilityChanged);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const auto fresh = fetchNow(*session, QStringLiteral("AllProjects"), {}, LagoonCache::projectsKey());
        QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().message));
        QVERIFY(!fresh->fromCache);
        QVERIFY(fresh->fetchedAt >= before);
        QCOMPARE(fresh->data[QStringLiteral("allProjects")][0][QStringLiteral("name")].toString(), QStringLiteral("lagoon-demo"));
        QVERIFY(session->reachable());

        m_sandbox.stop();
        // A new session, like the next start of the app: the cache comes from disk.
        auto offline = makeSession();
        QSignalSpy offlineReachability(offline.get(), &LagoonSession::reachabilityChanged);
        const auto cached = fetchNow(*offline, QStringLiteral("AllProjects"), {}, LagoonCache::projectsKey());
        QVERIFY(cached);
        QVERIFY(cached->fromCache);
        QCOMPARE(cached->error->code, Error::Code::NetworkError);
        QCOMPARE(cached->fetchedAt.toSecsSinceEpoch(), fresh->fetchedAt.toSecsSinceEpoch());
        QCOMPARE(cached->data, fresh->data);
        QVERIFY(!offline->reachable());
        QCOMPARE(offlineReachability.count(), 1);

        // Nothing cached for this key: the error itself.
        const auto nothing = fetchNow(*offline, QStringLiteral("ProjectEnvironments"), {{QStringLiteral("name"), QStringLiteral("x")}},
                                      LagoonCache::projectKey(QStringLiteral("x")));
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code, Error::Code::NetworkError);

        QVERIFY(m_sandbox.restart());
        m_tokens.current = m_sandbox.userToken(QStringLiteral("maintainer@example.com"));
        QVERIFY(fetchNow(*offline, QStringLiteral("AllProjects"), {}, LagoonCache::projectsKey()).value().fromCache == false);
        QVERIFY(offline->reachable());
        QCOMPARE(offlineReachability.count(), 2);
        QCOMPARE(offlineReachability.at(1).at(0).toBool(), true);
        QCOMPARE(reachability.count(), 0);
    }

    void fetch_offlineWithAnExpiredToken_servesTheCacheAndIsUnreachable()
    {
        // Offline after the access token expired: renewing it fails for the same reason as the
        // request would, so that is what the session reports: unreachable, with the cached answer,
        // not a sign-in problem.
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(reserve.serverPort()));
        reserve.close();
        MemorySecretStore secrets;
        AccountTokenProvider tokens(QStringLiteral("offline"), LoginMethod::Browser, &secrets, &m_network);
        tokens.setIssuer(nowhere.resolved(QUrl(QStringLiteral("/auth/realms/lagoon"))), QStringLiteral("lagoon-cli"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        tokens.setTokens(TokenSet{QStringLiteral("expired-access-token"), QStringLiteral("refresh-token"),
                                  now.addSecs(-60), now.addSecs(-360)});
        LagoonSession session(&m_network, QStringLiteral("offline"), nowhere.resolved(QUrl(QStringLiteral("/graphql"))),
                              tokens.provider(), m_cacheRoot.path());
        QSignalSpy signInRequired(&tokens, &AccountTokenProvider::signInRequired);
        QSignalSpy reachability(&session, &LagoonSession::reachabilityChanged);
        const QDateTime fetchedAt = now.addSecs(-600);
        QVERIFY(session.cache()->write(LagoonCache::projectsKey(),
                                       QJsonObject{{QStringLiteral("allProjects"), QJsonArray{}}}, fetchedAt));

        const auto cached = fetchNow(session, QStringLiteral("AllProjects"), {}, LagoonCache::projectsKey());
        QVERIFY2(cached, qPrintable(cached ? QString() : cached.error().message));
        QVERIFY(cached->fromCache);
        QCOMPARE(cached->fetchedAt.toSecsSinceEpoch(), fetchedAt.toSecsSinceEpoch());
        QVERIFY2(LagoonSession::isUnreachable(*cached->error), qPrintable(cached->error->message));
        QCOMPARE(cached->error->code, Error::Code::NetworkError);
        QVERIFY(!session.reachable());
        QCOMPARE(reachability.count(), 1);
        QCOMPARE(signInRequired.count(), 0);
    }

    void fetch_apiError_isNotUnreachable()
    {
        auto session = makeSession();
        const auto answer = fetchNow(*session, QStringLiteral("EnvVariableNames"), {{QStringLiteral("project"), QStringLiteral("no-such-project")}}, {});
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, Error::Code::ApiError);
        QVERIFY(session->reachable());
    }

    void taskWatcher_invokedTask_isSeenUntilItIsComplete()
    {
        auto session = makeSession();
        TaskWatcher watcher(session->api(), session->subscriptions(), MainEnvironment);
        QSignalSpy reconciled(&watcher, &TaskWatcher::reconciled);
        // By id: the task's first events may come before the mutation's answer names it.
        QHash<int, QStringList> statusesById;
        connect(&watcher, &TaskWatcher::taskChanged, this,
                [&](int id) { statusesById[id] << watcher.task(id)->status; });
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(reconciled.count() >= 1 && session->subscriptions()->state() == LagoonSubscriptionClient::State::Connected, 10000);
        QCOMPARE(watcher.tasks().size(), 3); // the seed's tasks on main
        QCOMPARE(watcher.tasks().constFirst().id, 125);

        std::optional<Result<QJsonObject>> answer;
        session->api()->run(QStringLiteral("InvokeRegisteredTask"),
                            {{QStringLiteral("definition"), 2}, {QStringLiteral("environment"), MainEnvironment}}, this,
                            [&answer](const Result<QJsonObject> &a) { answer = a; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY2(*answer, qPrintable(answer->error().message));
        const int invoked = answer->value()[QStringLiteral("invokeRegisteredTask")][QStringLiteral("id")].toInt();
        QVERIFY(invoked > 0);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.task(invoked).value_or(LagoonTask()).status, QStringLiteral("complete"), 15000);
        QCOMPARE(watcher.tasks().constFirst().id, invoked);
        const QStringList statuses = statusesById.value(invoked);
        QVERIFY(!statuses.isEmpty());
        QCOMPARE(statuses.constLast(), QStringLiteral("complete"));
        QCOMPARE(statuses.count(QStringLiteral("complete")), 1);
        for (qsizetype i = 1; i < statuses.size(); ++i)
            QVERIFY(LagoonTask::statusRank(statuses.at(i)) >= LagoonTask::statusRank(statuses.at(i - 1)));
    }

    void task_jsonRoundTrip()
    {
        LagoonTask task;
        task.id = 7;
        task.name = QStringLiteral("Drush cron");
        task.status = QStringLiteral("running");
        task.created = QStringLiteral("2026-01-01 10:00:00");
        QCOMPARE(LagoonTask::fromJson(task.toJson()).value(), task);
        QVERIFY(!LagoonTask::fromJson({}));
        QCOMPARE(LagoonTask::statusRank(QStringLiteral("active")), 3);
        QCOMPARE(LagoonTask::statusRank(QStringLiteral("succeeded")), 4);
        QCOMPARE(LagoonTask::statusRank(QStringLiteral("whatever")), -1);
    }

    void deployment_jsonRoundTrip()
    {
        LagoonDeployment d;
        d.id = 4;
        d.name = QStringLiteral("lagoon-build-x");
        d.status = QStringLiteral("complete");
        d.buildStep = QStringLiteral("deployCompletedWithWarnings");
        d.sourceUser = QStringLiteral("maintainer@example.com");
        QCOMPARE(LagoonDeployment::fromJson(d.toJson()).value(), d);
    }
};

QTEST_GUILESS_MAIN(tst_LagoonSession)
#include "tst_lagoonsession.moc"
