// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include "core/accounts/account.h"

namespace Lagoon {

/** One context (`lagoons.<name>`) of lagoon-cli's ~/.lagoon.yml, as an account to import. */
struct LagoonCliContext
{
    QString name;
    /** Prefilled from the context (a new id, SSH-key sign-in); no token in it. */
    Account account;
    /** lagoon-cli keeps a token for this context in the file, in plain text. */
    bool hasStoredToken = false;
    /** The file's `current` context (or `default` without one). */
    bool isCurrent = false;

    friend bool operator==(const LagoonCliContext &, const LagoonCliContext &) = default;
};

} // namespace Lagoon
