// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Lagoon {

/**
 * What a `lagoon.type` value is and what Lagoon deploys for it, in words: a short sentence per
 * type plus the facts from ServiceTypes (port, route, volume, backups). Used by completion and
 * hover in the editor.
 */
class ServiceTypeHelp final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::ServiceTypeHelp)

public:
    /** One or two lines about `name` (legacy aliases explained); empty when Lagoon does not know it. */
    static QString describe(const QString &name);
    /** The first sentence of describe(), for a completion list. */
    static QString summary(const QString &name);
};

} // namespace Lagoon
