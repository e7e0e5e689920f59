// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QString>

#include "core/util/error.h"

namespace Lagoon {

/** Why a client asks for a token: the one in hand, or a fresh one because the API refused it. */
enum class TokenPurpose
{
    Current,
    Refresh,
};

/** Receives the bearer token, or why there is none. */
using TokenReply = std::function<void(const Result<QString> &token)>;

/**
 * Supplies bearer tokens to LagoonApiClient and LagoonSubscriptionClient. It calls `reply`
 * exactly once, at once or later (a refresh goes over the network), on the asking client's
 * thread. Clients ask with TokenPurpose::Refresh at most once per refused request, so a provider
 * that cannot refresh may answer with the same token or an error (Error::Code::Unauthorized).
 * Tokens are secrets: neither providers nor clients log them.
 */
using TokenProvider = std::function<void(TokenPurpose purpose, const TokenReply &reply)>;

} // namespace Lagoon
