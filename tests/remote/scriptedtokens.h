// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/remote/tokenprovider.h"

namespace Lagoon::Test {

/**
 * A TokenProvider for tests: answers TokenPurpose::Current with `current` and Refresh with
 * `refreshed` (then keeps it as the current one), and records what it was asked for and which
 * tokens the Refresh requests named as refused.
 */
class ScriptedTokens final
{
public:
    QString current;
    QString refreshed;
    /** When set, every request fails with this error instead. */
    std::optional<Error> failure;
    QList<TokenPurpose> asked;
    QStringList refusedTokens;

    TokenProvider provider()
    {
        return [this](const TokenRequest &request, const TokenReply &reply) {
            const TokenPurpose purpose = request.purpose;
            asked << purpose;
            if (purpose == TokenPurpose::Refresh)
                refusedTokens << request.refusedToken;
            if (failure) {
                reply(std::unexpected(*failure));
                return;
            }
            if (purpose == TokenPurpose::Refresh && !refreshed.isEmpty())
                current = refreshed;
            reply(current);
        };
    }

    int refreshes() const { return int(asked.count(TokenPurpose::Refresh)); }
};

} // namespace Lagoon::Test
