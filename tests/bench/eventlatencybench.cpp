// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/eventlatencybench.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include <QEventLoop>
#include <QTimer>

#include "core/stack/dockerclient.h"
#include "core/stack/localstack.h"

#include "tests/bench/raweventreader.h"

namespace Lagoon {

namespace {

using namespace Qt::Literals::StringLiterals;

constexpr int EventTimeoutMs = 10000;

DockerRequest stateRequest(const QString &containerId, bool pausing)
{
    DockerRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = u"/containers/"_s + containerId + (pausing ? u"/pause"_s : u"/unpause"_s);
    return request;
}

} // namespace

EventLatencyBench::EventLatencyBench(const DockerEndpoint &endpoint, const QString &projectName,
                                     const ComposeProject &compose)
    : m_endpoint(endpoint), m_projectName(projectName), m_compose(compose)
{
}

void EventLatencyBench::wake()
{
    if (m_recheck)
        m_recheck();
}

bool EventLatencyBench::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    // Every wake-up comes through the event loop after the checked state changed, so none is lost
    // between the check above and exec().
    m_recheck = [&] {
        if (condition())
            loop.quit();
    };
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    m_recheck = nullptr;
    return condition();
}

void EventLatencyBench::pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

EventLatencyBench::Outcome EventLatencyBench::run(const Options &options)
{
    Outcome outcome;
    // The driver has its own client, so a pause request never waits behind the stack's inspects.
    DockerClient client(m_endpoint);
    DockerClient driver(m_endpoint);

    std::optional<Result<QList<DockerContainerSummary>>> listed;
    DockerContainerQuery query;
    query.composeProject = m_projectName;
    driver.listContainers(query, &m_waker, [&](const Result<QList<DockerContainerSummary>> &r) {
        listed = r;
        wake();
    });
    waitUntil([&] { return listed.has_value(); }, 30000);
    if (!listed || !*listed || (*listed)->isEmpty()) {
        outcome.failures << u"the containers of %1 cannot be listed: %2"_s.arg(
            m_projectName, listed && !*listed ? listed->error().message : u"none there"_s);
        return outcome;
    }
    QList<DockerContainerSummary> containers = **listed;
    std::sort(containers.begin(), containers.end(),
              [](const auto &a, const auto &b) { return a.composeService() < b.composeService(); });

    RawEventReader raw;
    raw.setNotify([this] {
        QMetaObject::invokeMethod(
            &m_waker, [this] { wake(); }, Qt::QueuedConnection);
    });
    QString why;
    if (!raw.start(m_endpoint.socketPath(), m_projectName, &why)) {
        outcome.failures << u"the baseline reader cannot follow the events: "_s + why;
        return outcome;
    }

    LocalStack stack(&client, m_projectName, m_compose);
    // Queued: LocalStack records an event's latency after its signals ran.
    QObject::connect(
        &stack, &LocalStack::serviceChanged, &m_waker, [this] { wake(); }, Qt::QueuedConnection);
    QObject::connect(
        &stack, &LocalStack::synced, &m_waker, [this] { wake(); }, Qt::QueuedConnection);
    stack.start();
    if (!waitUntil([&] { return stack.isSynced(); }, 30000)) {
        const auto error = stack.daemonError();
        outcome.failures << u"LocalStack did not sync with the engine: "_s +
                                (error ? error->message : u"no answer within 30 s"_s);
        return outcome;
    }
    for (const DockerContainerSummary &c : std::as_const(containers)) {
        const auto service = stack.service(c.composeService());
        if (!service || service->state != DockerContainerState::Running)
            outcome.failures << u"after the first sync the model does not show %1 running"_s.arg(c.composeService());
    }
    if (!outcome.failures.isEmpty())
        return outcome;

    raw.clear();
    stack.eventLatency().clear();
    const int total = options.warmup + options.events;
    QStringList expected;
    QStringList expectedIds;
    for (int i = 0; i < total; ++i) {
        std::fputs(qPrintable(u"\revent %1/%2 "_s.arg(i + 1).arg(total)), stderr);
        const DockerContainerSummary &target = containers.at((i / 2) % containers.size());
        const bool pausing = i % 2 == 0;
        expected << (pausing ? u"pause"_s : u"unpause"_s);
        expectedIds << target.id;
        std::optional<Result<DockerResponse>> answer;
        driver.send(stateRequest(target.id, pausing), &m_waker, [&](const Result<DockerResponse> &r) {
            answer = r;
            wake();
        });
        const auto seen = [&] { return raw.count() > i && stack.eventLatency().samples().size() > i; };
        const bool done = waitUntil([&] { return answer && (!*answer || seen()); }, EventTimeoutMs);
        if (answer && !*answer) {
            outcome.failures << u"%1 %2 failed: %3"_s.arg(expected.last(), target.composeService(),
                                                          answer->error().message);
            break;
        }
        if (!done) {
            outcome.failures << u"event %1 (%2 %3) not seen within %4 s: the bare reader has %5 events, LocalStack %6"_s
                                    .arg(i + 1)
                                    .arg(expected.last(), target.composeService())
                                    .arg(EventTimeoutMs / 1000)
                                    .arg(raw.count())
                                    .arg(stack.eventLatency().samples().size());
            break;
        }
        const auto service = stack.service(target.composeService());
        const auto state = pausing ? DockerContainerState::Paused : DockerContainerState::Running;
        if (!service || service->state != state) {
            outcome.failures << u"after %1 %2 the model shows it as %3"_s.arg(
                expected.last(), target.composeService(), service ? containerStateId(service->state) : u"absent"_s);
            break;
        }
        // A gap that does not line up with anything periodic (timers, the engine's own work).
        pause(20 + (i * 37) % 50);
    }
    std::fputs("\n", stderr);
    stack.stop();
    raw.stop();

    if (!outcome.failures.isEmpty()) {
        for (const DockerContainerSummary &c : std::as_const(containers)) // leave nothing frozen
            driver.send(stateRequest(c.id, false), &m_waker, [](const Result<DockerResponse> &) {});
        pause(500);
        return outcome;
    }

    // Both must have seen exactly the events sent, in order: anything else would pair wrong figures.
    const QList<RawEventReader::Event> rawEvents = raw.events();
    const QList<StackEventLatency::Sample> ours = stack.eventLatency().samples();
    if (rawEvents.size() != total || ours.size() != total) {
        outcome.failures << u"%1 events were sent, the bare reader saw %2 and LocalStack recorded %3"_s.arg(total)
                                .arg(rawEvents.size())
                                .arg(ours.size());
        return outcome;
    }
    for (int i = 0; i < total; ++i) {
        if (rawEvents.at(i).action != expected.at(i) || rawEvents.at(i).id != expectedIds.at(i) ||
            ours.at(i).action != expected.at(i)) {
            outcome.failures << u"event %1 was %2, the bare reader saw %3 and LocalStack %4"_s.arg(i + 1).arg(
                expected.at(i), rawEvents.at(i).action, ours.at(i).action);
            return outcome;
        }
    }
    for (int i = options.warmup; i < total; ++i) {
        const RawEventReader::Event &e = rawEvents.at(i);
        const double baseline = double(e.receivedNano - e.timeNano) / 1e6;
        const double applied = double(ours.at(i).engineToApplied.count()) / 1e3;
        outcome.baseline << BenchSample{baseline, 0, 0};
        outcome.ours << BenchSample{applied, 0, 0};
        outcome.difference << BenchSample{applied - baseline, 0, 0};
        outcome.delivered << BenchSample{double(ours.at(i).deliveredToApplied.count()) / 1e3, 0, 0};
    }
    return outcome;
}

} // namespace Lagoon
