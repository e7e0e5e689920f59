// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include "core/util/error.h"

namespace Lagoon::Test {

/** Collects one asynchronous result; QTRY_VERIFY(r.done()) then read value. */
template <typename T>
struct Pending
{
    std::optional<Result<T>> value;

    bool done() const { return value.has_value(); }
    auto callback()
    {
        return [this](const Result<T> &result) { value = result; };
    }
    /** The error message or "ok", for QVERIFY2 messages. */
    QByteArray why() const
    {
        if (!value)
            return "no answer yet";
        return value->has_value() ? QByteArray("ok") : (value->error().message + QLatin1String(" | ") + value->error().detail).toUtf8();
    }
};

} // namespace Lagoon::Test
