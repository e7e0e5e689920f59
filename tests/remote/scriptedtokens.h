// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QList>
#include <QString>

#include "core/remote/tokenprovider.h"

namespace Lagoon::Test {

/**
 * A TokenProvider for tests: answers TokenPurpose::Current with `current` and Refresh with
 * `refreshed` (then keeps it as the current one), and records what it was asked for.
 */
class ScriptedTokens final
{
public:
    QString current;
    QString refreshed;
    /** When set, every request fails with this error instead. */
    std::optional<Error> failure;
    QList<TokenPurpose> asked;

    TokenProvider provider()
    {
        return [this](TokenPurpose purpose, const TokenReply &reply) {
            asked << purpose;
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
