// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include "widgets/editor/forms/fieldaccess.h"

namespace Lagoon::ComposeLabels {

/**
 * A compose service's label (`lagoon.type`, `lagoon.persistent`, ...), whichever way the file
 * writes labels: as a map (`labels: {lagoon.type: nginx}`) or as a list
 * (`labels: ["lagoon.type=nginx"]`). A new label goes in the style the service's labels already
 * use; a service without labels follows the other services of the file (a map when none has any).
 * In a list, the item is written as a plain scalar `lagoon.type=nginx`.
 */
FieldAccess access(const QString &service, const QString &label);

/** The path of a service in a compose file. */
YamlPath servicePath(const QString &service);

} // namespace Lagoon::ComposeLabels
