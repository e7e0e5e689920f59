// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Lagoon {

struct SchemaNode;

/**
 * Looks up `.lagoon.yml` keys in LagoonYmlSchema for the forms' tooltips and defaults. A key path
 * lists the fixed keys from the root; the parts under maps of any key and under lists are
 * skipped over, so {"environments", "routes", "tls-acme"} names a route option.
 */
namespace FormSchema {

/** The schema node at `keys`, or nullptr. */
const SchemaNode *node(const QStringList &keys);
/** The translated description, with the default appended ("Default: true."). */
QString toolTip(const QStringList &keys);
/** The default value Lagoon uses when the key is not written, or empty. */
QString defaultValue(const QStringList &keys);

} // namespace FormSchema

} // namespace Lagoon
