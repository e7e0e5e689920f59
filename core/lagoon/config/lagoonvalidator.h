// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/diagnostics/diagnostic.h"
#include "core/lagoon/config/lagoonprojectloader.h"

namespace Lagoon {

/**
 * Lagoon's rules over a loaded project (lagoon-rules.md §1–§6), independent of which
 * environment is deployed: what the build would refuse (errors, with Lagoon's wording) and
 * what it accepts silently but users get wrong (warnings with a hint). Pure function of the
 * model plus the files it names (Dockerfiles are checked on disk).
 */
class LagoonValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonValidator)

public:
    static Diagnostics validate(const LoadedProject &project);

    /** Lagoon's DNS-1123 subdomain check for a route; the Kubernetes reason when invalid. */
    static QString dns1123SubdomainError(const QString &domain);
    /** True when `name` is a DNS-1035 label (compose service names). */
    static bool isDns1035Label(const QString &name);
    /** Why `name` cannot be a git branch name (git check-ref-format), or empty. */
    static QString branchNameProblem(const QString &name);
    /** Go's %q quoting, which Lagoon's messages use for commands. */
    static QString goQuote(const QString &text);
};

} // namespace Lagoon
