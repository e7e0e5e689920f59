// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QStringList>

#include "core/lagoon/config/composeproject.h"
#include "core/stack/dockerendpoint.h"

#include "tests/bench/benchmeasure.h"

namespace Lagoon {

/**
 * bench_stack's first half: Docker event → local stack model updated. On a running compose
 * project it pauses and unpauses the services' containers in turn through the Engine API, one
 * event at a time, and takes each event's latency from the engine's timeNano twice: to the moment
 * a bare reader of GET /events (RawEventReader, the baseline) has it, and to the moment
 * Lagoon::LocalStack has applied it (its own eventLatency()). Both follow the same events at the
 * same time, so the two lists pair up event by event.
 *
 * The main thread only waits in an event loop while an event is under way, as an application's
 * would: nothing polls it, and the next event is sent after both have seen the last one.
 */
class EventLatencyBench final
{
public:
    struct Options
    {
        int events = 120;
        int warmup = 6; ///< untimed events first (the first pass through every code path)
    };

    struct Outcome
    {
        QList<BenchSample> baseline;   ///< timeNano → the bare reader has it
        QList<BenchSample> ours;       ///< timeNano → LocalStack applied it (the budget)
        QList<BenchSample> difference; ///< ours − baseline, per event
        QList<BenchSample> delivered;  ///< LocalStack's own share: handed to the model → applied
        QStringList failures;          ///< wrong or missing events: the run is not valid
    };

    EventLatencyBench(const DockerEndpoint &endpoint, const QString &projectName, const ComposeProject &compose);

    /** The project's containers must be running. */
    Outcome run(const Options &options);

private:
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs);
    void wake();
    static void pause(int ms);

    DockerEndpoint m_endpoint;
    QString m_projectName;
    ComposeProject m_compose;
    // Wakes a waitUntil() from the reader's thread and from the stack's signals.
    QObject m_waker;
    std::function<void()> m_recheck;
};

} // namespace Lagoon
