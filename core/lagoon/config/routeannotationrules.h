// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QString>

namespace Lagoon {

/**
 * lagoon-linter's `required` profile for route annotations (lagoon-rules.md §6), which every
 * Lagoon build runs: some nginx annotations are refused outright, and the server and
 * configuration snippets may only contain rewrite, add_header, set_real_ip_from and
 * more_set_headers lines.
 */
class RouteAnnotationRules final
{
public:
    /**
     * Why Lagoon refuses `value` for annotation `name`: "this annotation is restricted" or the
     * offending snippet line (trimmed), as lagoon-linter reports it. nullopt when accepted.
     */
    static std::optional<QString> violation(const QString &name, const QString &value);

    /** The linter's error text for a route, e.g. for environment "main". */
    static QString lintMessage(const QString &scope, const QString &annotation, const QString &service,
                               const QString &domain, const QString &detail);
};

} // namespace Lagoon
