// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockercanceltoken.h"

#include <algorithm>

#include <curl/curl.h>

namespace Lagoon {

void DockerCancelToken::cancel()
{
    // The mutex orders this against detach(): a handle is never woken after the transfer freed it.
    const std::lock_guard lock(m_mutex);
    m_cancelled.store(true, std::memory_order_release);
    for (void *handle : m_handles)
        curl_multi_wakeup(static_cast<CURLM *>(handle));
    m_wake.notify_all();
}

bool DockerCancelToken::sleepFor(std::chrono::milliseconds duration) const
{
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, duration, [this] { return isCancelled(); });
}

void DockerCancelToken::attach(void *multiHandle) const
{
    const std::lock_guard lock(m_mutex);
    m_handles.push_back(multiHandle);
}

void DockerCancelToken::detach(void *multiHandle) const
{
    const std::lock_guard lock(m_mutex);
    m_handles.erase(std::remove(m_handles.begin(), m_handles.end(), multiHandle), m_handles.end());
}

} // namespace Lagoon
