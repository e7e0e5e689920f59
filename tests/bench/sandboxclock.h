// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

namespace Lagoon {

namespace Test {
class SandboxFixture;
}

/**
 * The sandbox's clock against ours. The sandbox's journal stamps what it publishes with its own
 * `time` (epoch milliseconds with a fraction, same machine); bench_remote subtracts `offsetMs` to
 * compare it with our system_clock stamps. measure() takes the journal time of a control call
 * against the middle of our send/receive times; the quickest of seven calls bounds the error best.
 */
struct SandboxClock
{
    double offsetMs = 0; ///< sandbox time − our time
    double boundMs = 0;  ///< half the quickest round trip: |error| ≤ this

    static SandboxClock measure(Test::SandboxFixture &sandbox);
    static double epochMs(std::chrono::system_clock::time_point time);

    /** A journal time on our clock (epoch ms). */
    double toOurs(double sandboxMs) const { return sandboxMs - offsetMs; }
};

} // namespace Lagoon
