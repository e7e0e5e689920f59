// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Deployer against the sandbox: what Lagoon receives (its journal) and what the user is told.
#include <optional>

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "core/deploy/deployer.h"
#include "core/remote/lagoonapiclient.h"
#include "tests/remote/scriptedtokens.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;

class TestDeployer : public QObject
{
    Q_OBJECT

private:
    Test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    Test::ScriptedTokens m_tokens;
    std::unique_ptr<LagoonApiClient> m_api;
    std::unique_ptr<Deployer> m_deployer;

    template <typename Start>
    Result<DeployStarted> wait(Start start)
    {
        std::optional<Result<DeployStarted>> result;
        start([&result](const Result<DeployStarted> &r) { result = r; });
        Test::SandboxFixture::waitUntil([&result] { return result.has_value(); }, 20000);
        return result.value_or(makeError(Error::Code::Timeout, QStringLiteral("no answer within 20 s")));
    }

    // The last journal entry of `type` (e.g. the variables a mutation was sent with).
    QJsonObject lastEvent(const QString &type, const QString &operation = {})
    {
        const QJsonArray events = m_sandbox.events(type);
        for (qsizetype i = events.size() - 1; i >= 0; --i) {
            const QJsonObject e = events.at(i).toObject();
            if (operation.isEmpty() || e.value(QStringLiteral("operation")).toString() == operation)
                return e;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--speed"), QStringLiteral("0.02")}), qPrintable(m_sandbox.errorString()));
        m_tokens.current = m_sandbox.legacyToken();
        m_api = std::make_unique<LagoonApiClient>(&m_network, m_sandbox.apiUrl(), m_tokens.provider());
        m_api->setTimeout(10s);
        m_deployer = std::make_unique<Deployer>(m_api.get());
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    void newEnvironmentFromABranch()
    {
        QSignalSpy started(m_deployer.get(), &Deployer::started);
        const Result<DeployStarted> result = wait([this](auto done) {
            m_deployer->deployBranch(QStringLiteral("lagoon-demo"), QStringLiteral("feature/new-thing"), {}, {}, done);
        });
        QVERIFY2(result.has_value(), qPrintable(result.error().message));
        QVERIFY(result->buildName.startsWith(QLatin1String("lagoon-build-")));
        QCOMPARE(result->environment, QStringLiteral("feature/new-thing"));
        const QJsonObject build = m_sandbox.build(result->buildName);
        QCOMPARE(build.value(QStringLiteral("environment")).toString(), QStringLiteral("feature/new-thing"));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().value<DeployStarted>().buildName, result->buildName);
    }

    void existingEnvironmentLatestWithBuildVariables()
    {
        const Result<DeployStarted> result = wait([this](auto done) {
            m_deployer->deployLatest(QStringLiteral("lagoon-demo"), QStringLiteral("dev"),
                                     {{QStringLiteral("LAGOON_FEATURE_FLAG"), QStringLiteral("on")},
                                      {QStringLiteral("EMPTY"), QString()}},
                                     done);
        });
        QVERIFY2(result.has_value(), qPrintable(result.error().message));
        const QJsonObject deploy = lastEvent(QStringLiteral("deploy"));
        QCOMPARE(deploy.value(QStringLiteral("deployment")).toString(), result->buildName);
        QCOMPARE(deploy.value(QStringLiteral("environment")).toString(), QStringLiteral("dev"));
        const QJsonArray variables = deploy.value(QStringLiteral("buildVariables")).toArray();
        QCOMPARE(variables.size(), 2);
        QCOMPARE(variables.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("LAGOON_FEATURE_FLAG"));
        QCOMPARE(variables.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("on"));
        QCOMPARE(variables.at(1).toObject().value(QStringLiteral("value")).toString(), QString());
    }

    void oneCommitAgainSendsBranchRef()
    {
        const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        const Result<DeployStarted> result = wait([this, &sha](auto done) {
            m_deployer->deployCommit(QStringLiteral("lagoon-demo"), QStringLiteral("staging"), sha, done);
        });
        QVERIFY2(result.has_value(), qPrintable(result.error().message));
        const QJsonObject call = lastEvent(QStringLiteral("graphql"), QStringLiteral("DeployEnvironmentBranch"));
        const QJsonObject variables = call.value(QStringLiteral("variables")).toObject();
        QCOMPARE(variables.value(QStringLiteral("branchRef")).toString(), sha);
        QCOMPARE(variables.value(QStringLiteral("branch")).toString(), QStringLiteral("staging"));
        QCOMPARE(lastEvent(QStringLiteral("deploy")).value(QStringLiteral("deployment")).toString(), result->buildName);
    }

    void promoteCarriesVariables()
    {
        const Result<DeployStarted> result = wait([this](auto done) {
            m_deployer->promote(QStringLiteral("lagoon-demo"), QStringLiteral("dev"), QStringLiteral("promoted"),
                                {{QStringLiteral("WHY"), QStringLiteral("release")}}, done);
        });
        QVERIFY2(result.has_value(), qPrintable(result.error().message));
        QCOMPARE(result->environment, QStringLiteral("promoted"));
        const QJsonObject deploy = lastEvent(QStringLiteral("deploy"));
        QCOMPARE(deploy.value(QStringLiteral("deployType")).toString().toLower(), QStringLiteral("promote"));
        QCOMPARE(deploy.value(QStringLiteral("buildVariables")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("WHY"));
    }

    void lagoonsRefusalsAreItsWords()
    {
        const Result<DeployStarted> unknownBranch = wait([this](auto done) {
            m_deployer->deployBranch(QStringLiteral("lagoon-demo"), QStringLiteral("nope"), {}, {}, done);
        });
        QVERIFY(!unknownBranch.has_value());
        QCOMPARE(unknownBranch.error().code, Error::Code::ApiError);
        QVERIFY2(unknownBranch.error().message.contains(QLatin1String("Error deploying nope")),
                 qPrintable(unknownBranch.error().message));

        QVERIFY(m_sandbox.control("POST", QStringLiteral("/projects/lagoon-demo"), {{QStringLiteral("branches"), QStringLiteral("^(main)$")}}).ok());
        const Result<DeployStarted> skipped = wait([this](auto done) {
            m_deployer->deployBranch(QStringLiteral("lagoon-demo"), QStringLiteral("staging"), {}, {}, done);
        });
        QVERIFY(!skipped.has_value());
        QCOMPARE(skipped.error().code, Error::Code::Unsupported);
        QCOMPARE(skipped.error().message,
                 QStringLiteral("Lagoon did not deploy staging: configured regex '^(main)$' does not match branchname 'staging'."));

        QVERIFY(m_sandbox.control("POST", QStringLiteral("/projects/lagoon-demo"), {{QStringLiteral("deploymentsDisabled"), 1}}).ok());
        const Result<DeployStarted> disabled = wait([this](auto done) {
            m_deployer->deployLatest(QStringLiteral("lagoon-demo"), QStringLiteral("main"), {}, done);
        });
        QVERIFY(!disabled.has_value());
        QVERIFY2(disabled.error().message.contains(QLatin1String("Deployments have been disabled for this project")),
                 qPrintable(disabled.error().message));
        QVERIFY(m_sandbox.events(QStringLiteral("deploy")).isEmpty());
    }

    void cancelStopsTheBuild()
    {
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("buildingImages")}}));
        const Result<DeployStarted> result = wait([this](auto done) {
            m_deployer->redeploy(QStringLiteral("lagoon-demo"), QStringLiteral("dev"), done);
        });
        QVERIFY2(result.has_value(), qPrintable(result.error().message));
        std::optional<Result<void>> cancelled;
        m_deployer->cancel(QStringLiteral("lagoon-demo"), QStringLiteral("dev"), result->buildName,
                           [&cancelled](const Result<void> &r) { cancelled = r; });
        QVERIFY(Test::SandboxFixture::waitUntil([&cancelled] { return cancelled.has_value(); }, 20000));
        QVERIFY(cancelled->has_value());
        QVERIFY(Test::SandboxFixture::waitUntil(
            [this, &result] {
                return m_sandbox.build(result->buildName).value(QStringLiteral("status")).toString() == QLatin1String("cancelled");
            },
            20000));
    }

    void answersAndVariablesAreRead()
    {
        QCOMPARE(Deployer::interpret(QStringLiteral("lagoon-build-abc"), QStringLiteral("p"), QStringLiteral("e"))->buildName,
                 QStringLiteral("lagoon-build-abc"));
        QVERIFY(Deployer::interpret(QStringLiteral("success"), QStringLiteral("p"), QStringLiteral("e"))->buildName.isEmpty());
        QCOMPARE(Deployer::parseVariable(QStringLiteral("A=b=c"))->second, QStringLiteral("b=c"));
        QVERIFY(!Deployer::parseVariable(QStringLiteral("=x")).has_value());
        QVERIFY(!Deployer::parseVariable(QStringLiteral("novalue")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDeployer)
#include "tst_deployer.moc"
