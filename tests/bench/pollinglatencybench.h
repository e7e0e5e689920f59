// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QList>
#include <QString>
#include <QStringList>

#include "tests/bench/benchmeasure.h"
#include "tests/bench/sandboxclock.h"

namespace Lagoon {

/**
 * bench_remote's second half: the same server-side change → DeploymentWatcher model updated, when
 * the API offers no WebSocket and the app falls back to polling. It starts a sandbox of its own
 * with `--ws-protocols none` (every upgrade gets 400) and the app's stack with the product's
 * default LagoonSubscriptionClient options, waits until the client is Polling, and holds one build
 * of lagoon-demo/dev at a step. Then, one at a time, it changes that build's buildStep by hand
 * through the control API after a seeded random gap in [0, pollInterval), so that changes fall at
 * every phase of the poll timer, and waits until a poll (EnvironmentDeployments) has brought it
 * into the model. Latency is from the sandbox's publish time to the watcher's deploymentChanged.
 */
class PollingLatencyBench final
{
public:
    struct Options
    {
        int changes = 20;
        QString speed = QStringLiteral("0.1");
        quint32 seed = 6; ///< the random gaps before the changes
    };

    struct Outcome
    {
        QList<BenchSample> latency; ///< published → model updated by a poll
        QList<BenchSample> waiting; ///< published → the poll's query reached the sandbox
        QList<BenchSample> query;   ///< the poll's query reached the sandbox → model updated
        std::chrono::milliseconds pollInterval{0};
        double pollGapMs = 0; ///< median gap between polls, as the sandbox received them
        int polls = 0;
        SandboxClock clock;
        QString setupError; ///< nothing was measured (the sandbox or the clients did not come up)
        QStringList failures;
    };

    Outcome run(const Options &options);
};

} // namespace Lagoon
