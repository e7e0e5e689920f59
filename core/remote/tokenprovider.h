// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <utility>

#include <QString>

#include "core/util/error.h"

namespace Lagoon {

/** Why a client asks for a token: the one in hand, or a fresh one because the API refused it. */
enum class TokenPurpose
{
    Current,
    Refresh,
};

/**
 * What a client asks a TokenProvider for. With TokenPurpose::Refresh, `refusedToken` is the token
 * the API refused: when the provider has replaced it meanwhile (another request's refusal renewed
 * it), the current token is the answer and nothing is renewed again. Empty: the current one.
 *
 * It converts to and from TokenPurpose, so a provider that only cares about the purpose can take a
 * TokenPurpose parameter.
 */
struct TokenRequest
{
    TokenPurpose purpose = TokenPurpose::Current;
    QString refusedToken;

    TokenRequest(TokenPurpose why = TokenPurpose::Current, QString refused = {})
        : purpose(why), refusedToken(std::move(refused))
    {
    }
    operator TokenPurpose() const { return purpose; }
};

/** Receives the bearer token, or why there is none. */
using TokenReply = std::function<void(const Result<QString> &token)>;

/**
 * Supplies bearer tokens to LagoonApiClient and LagoonSubscriptionClient. It calls `reply`
 * exactly once, at once or later (a refresh goes over the network), on the asking client's
 * thread. Clients ask with TokenPurpose::Refresh at most once per refused request, naming the
 * token that was refused, so a provider that cannot refresh may answer with the same token or an
 * error (Error::Code::Unauthorized). Tokens are secrets: neither providers nor clients log them.
 */
using TokenProvider = std::function<void(const TokenRequest &request, const TokenReply &reply)>;

} // namespace Lagoon
