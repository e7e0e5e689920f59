// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <utility>

#include <QMetaObject>
#include <QObject>

namespace Lagoon {

/**
 * Calls `done(value)` from `context`'s event loop, never from inside the caller: a queued call
 * posted to `context`, so Qt drops it when `context` is destroyed before it runs.
 */
template <typename Callback, typename Value> void deliverLater(QObject *context, Callback done, Value value)
{
    Q_ASSERT(context);
    QMetaObject::invokeMethod(
        context, [done = std::move(done), value = std::move(value)] { done(value); }, Qt::QueuedConnection);
}

} // namespace Lagoon
