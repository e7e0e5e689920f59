// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace Lagoon {

/**
 * Stops blocking Docker transfers from another thread. cancel() wakes every transfer that runs
 * under this token at once (libcurl's curl_multi_wakeup), so a stream or a slow call ends without
 * waiting for its timeout. Thread-safe; one token may serve many transfers.
 */
class DockerCancelToken final
{
public:
    DockerCancelToken() = default;
    DockerCancelToken(const DockerCancelToken &) = delete;
    DockerCancelToken &operator=(const DockerCancelToken &) = delete;

    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }

    /** Sleeps up to `duration`; returns false at once when cancelled (before or during). */
    bool sleepFor(std::chrono::milliseconds duration) const;

    // For the transport only: a libcurl multi handle to wake on cancel().
    void attach(void *multiHandle) const;
    void detach(void *multiHandle) const;

private:
    std::atomic<bool> m_cancelled{false};
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_wake;
    mutable std::vector<void *> m_handles;
};

} // namespace Lagoon
