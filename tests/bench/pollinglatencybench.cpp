// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/pollinglatencybench.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include "core/remote/deploymentwatcher.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsubscriptionclient.h"

#include "tests/support/sandboxfixture.h"

namespace Lagoon {

namespace {

using namespace Qt::Literals::StringLiterals;
using Sandbox = Test::SandboxFixture;

constexpr int DevEnvironment = 5;
// Steps of a running build; consecutive entries differ, so every update is a change.
const QStringList Steps{u"runningPreRolloutTasks"_s, u"serviceConfigurationPhase1"_s, u"serviceConfigurationPhase2"_s,
                        u"configuringRoutes"_s, u"buildingImages"_s};

qint64 lastSeq(Sandbox &sandbox)
{
    const QJsonArray all = sandbox.events();
    return all.isEmpty() ? 0 : all.last().toObject().value(u"seq"_s).toInteger();
}

BenchSample ms(double value)
{
    return BenchSample{value, 0, 0};
}

} // namespace

PollingLatencyBench::Outcome PollingLatencyBench::run(const Options &options)
{
    Outcome out;
    Sandbox sandbox;
    if (!sandbox.start({u"--speed"_s, options.speed, u"--ws-protocols"_s, u"none"_s})) {
        out.setupError = u"the sandbox (--ws-protocols none) did not start: "_s + sandbox.errorString();
        return out;
    }
    const QString token = sandbox.legacyToken();
    QNetworkAccessManager network;
    const TokenProvider tokens = [token](TokenPurpose, const TokenReply &reply) { reply(token); };
    LagoonApiClient api(&network, sandbox.apiUrl(), tokens);
    LagoonSubscriptionClient subscriptions(sandbox.webSocketUrl(), tokens); // the product's options
    out.pollInterval = subscriptions.options().pollInterval;
    const int intervalMs = int(out.pollInterval.count());
    DeploymentWatcher watcher(&api, &subscriptions, DevEnvironment);

    struct Seen
    {
        std::chrono::system_clock::time_point at;
        QString status;
        QString buildStep;
    };
    QString name;
    QList<Seen> seen;
    int subscriptionEvents = 0;
    QObject::connect(&watcher, &DeploymentWatcher::deploymentChanged, &watcher, [&](const QString &changed) {
        const auto at = std::chrono::system_clock::now();
        if (changed != name)
            return;
        const LagoonDeployment d = watcher.deployment(changed).value_or(LagoonDeployment());
        seen << Seen{at, d.status, d.buildStep};
    });
    QObject::connect(&watcher, &DeploymentWatcher::eventApplied, &watcher,
                     [&](const DeploymentEventTiming &) { ++subscriptionEvents; });

    watcher.start();
    if (!Sandbox::waitUntil(
            [&] { return watcher.isLoaded() && subscriptions.state() == LagoonSubscriptionClient::State::Polling; },
            60000)) {
        out.setupError =
            u"the subscription client did not fall back to polling: "_s + subscriptions.lastError().message;
        return out;
    }

    // One build, held at a step: its status stays `running` while the benchmark moves its step.
    sandbox.scriptNextBuild(
        {{u"holdAt"_s, u"buildingImages"_s}, {u"project"_s, u"lagoon-demo"_s}, {u"environment"_s, u"dev"_s}});
    auto answer = std::make_shared<std::optional<Result<QJsonObject>>>();
    api.run(u"DeployEnvironmentBranch"_s, {{u"project"_s, u"lagoon-demo"_s}, {u"branch"_s, u"dev"_s}}, &watcher,
            [answer](const Result<QJsonObject> &result) { *answer = result; });
    if (!Sandbox::waitUntil([answer] { return answer->has_value(); }, 10000) || !answer->value()) {
        out.setupError = u"the build could not be started"_s;
        return out;
    }
    name = answer->value()->value(u"deployEnvironmentBranch"_s).toString();
    // Warm-up, not measured: the model learns of the held build by polling.
    if (!Sandbox::waitUntil(
            [&] {
                const auto d = watcher.deployment(name);
                return d && d->status == "running"_L1 && d->buildStep == "buildingImages"_L1;
            },
            3 * intervalMs + 15000)) {
        out.setupError = u"the held build did not reach the model"_s;
        return out;
    }
    out.clock = SandboxClock::measure(sandbox);
    const qint64 since = lastSeq(sandbox);
    seen.clear();

    QRandomGenerator random(options.seed);
    QStringList expected;
    for (int i = 0; i < options.changes; ++i) {
        Sandbox::waitUntil([] { return false; }, int(random.bounded(quint32(intervalMs))));
        const QString step = Steps.at(i % Steps.size());
        const qsizetype before = seen.size();
        if (!sandbox.control("POST", u"/builds/"_s + name + u"/update"_s, {{u"buildStep"_s, step}}).ok()) {
            out.failures << u"the sandbox refused to change %1"_s.arg(name);
            break;
        }
        expected << step;
        if (!Sandbox::waitUntil([&] { return seen.size() > before; }, intervalMs + 15000)) {
            out.failures << u"change %1 (%2) did not reach the model within %3 ms"_s.arg(i + 1).arg(step).arg(
                intervalMs + 15000);
            break;
        }
        std::fprintf(stderr, "\rpolling: change %d of %d ", i + 1, options.changes);
    }
    std::fputs("\n", stderr);

    // The sandbox's own record: what it published, and when each poll's query arrived.
    QList<std::pair<double, QString>> published;
    for (const QJsonValue &e : sandbox.events(u"publish"_s, since)) {
        const QJsonObject p = e.toObject().value(u"payload"_s).toObject();
        if (p.value(u"name"_s).toString() == name)
            published << std::pair{e.toObject().value(u"time"_s).toDouble(), p.value(u"buildStep"_s).toString()};
    }
    QList<double> queries;
    for (const QJsonValue &e : sandbox.events(u"graphql"_s, since)) {
        if (e.toObject().value(u"operation"_s).toString() == "EnvironmentDeployments"_L1)
            queries << e.toObject().value(u"time"_s).toDouble();
    }
    out.polls = int(queries.size());
    QList<double> gaps;
    for (qsizetype i = 1; i < queries.size(); ++i)
        gaps << queries.at(i) - queries.at(i - 1);
    std::sort(gaps.begin(), gaps.end());
    out.pollGapMs = gaps.isEmpty() ? 0 : gaps.at(gaps.size() / 2);

    QStringList publishedSteps, seenSteps;
    for (const auto &[time, step] : std::as_const(published))
        publishedSteps << step;
    for (const Seen &s : std::as_const(seen))
        seenSteps << (s.status == "running"_L1 ? s.buildStep : s.status + u'/' + s.buildStep);
    if (publishedSteps != expected)
        out.failures << u"the sandbox published %1, not the %2 changes made"_s.arg(publishedSteps.join(u' '))
                            .arg(expected.size());
    if (seenSteps != expected)
        out.failures << u"the model showed %1, not %2"_s.arg(seenSteps.join(u' '), expected.join(u' '));
    if (subscriptionEvents > 0 || subscriptions.state() != LagoonSubscriptionClient::State::Polling)
        out.failures << u"the client did not stay polling (%1 subscription events)"_s.arg(subscriptionEvents);
    if (!out.failures.isEmpty())
        return out;

    for (qsizetype i = 0; i < seen.size(); ++i) {
        const double publishedAt = out.clock.toOurs(published.at(i).first);
        const double modelAt = SandboxClock::epochMs(seen.at(i).at);
        // The poll that brought the change: the last query that reached the sandbox before the model had it.
        const auto query =
            std::find_if(queries.crbegin(), queries.crend(), [&](double q) { return out.clock.toOurs(q) <= modelAt; });
        if (query == queries.crend() || *query < published.at(i).first) {
            out.failures << u"no poll between change %1 and the model showing it"_s.arg(i + 1);
            continue;
        }
        out.latency << ms(modelAt - publishedAt);
        out.waiting << ms(*query - published.at(i).first);
        out.query << ms(modelAt - out.clock.toOurs(*query));
    }
    watcher.stop();
    subscriptions.close();
    return out;
}

} // namespace Lagoon
