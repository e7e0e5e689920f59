// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/sandboxclock.h"

#include <QJsonArray>
#include <QJsonObject>

#include "tests/support/sandboxfixture.h"

namespace Lagoon {

SandboxClock SandboxClock::measure(Test::SandboxFixture &sandbox)
{
    double best = 1e9;
    SandboxClock clock;
    for (int i = 0; i < 7; ++i) {
        const double before = epochMs(std::chrono::system_clock::now());
        sandbox.pauseTime();
        const double after = epochMs(std::chrono::system_clock::now());
        const QJsonArray events = sandbox.events(QStringLiteral("control.pause"));
        sandbox.resumeTime();
        if (events.isEmpty())
            continue;
        const double server = events.last().toObject().value(QStringLiteral("time")).toDouble();
        if (after - before < best) {
            best = after - before;
            clock.offsetMs = server - (before + after) / 2;
        }
    }
    clock.boundMs = best / 2;
    return clock;
}

double SandboxClock::epochMs(std::chrono::system_clock::time_point time)
{
    return double(std::chrono::duration_cast<std::chrono::microseconds>(time.time_since_epoch()).count()) / 1000.0;
}

} // namespace Lagoon
