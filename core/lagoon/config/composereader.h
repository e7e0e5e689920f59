// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "core/diagnostics/diagnostic.h"
#include "core/lagoon/config/composeproject.h"
#include "core/yaml/yamlnode.h"

namespace Lagoon {

/**
 * Reads the parts of a docker-compose document Lagoon uses into ComposeProject, following
 * merge keys, and reports what Lagoon's compose loader complains about: services that are not
 * a mapping, non-string keys and env_files that do not exist (the build records warnings).
 */
class ComposeReader final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::ComposeReader)

public:
    /** `root` is the compose file's folder; `file` the name used in diagnostics. */
    static ComposeProject read(const YamlNode &document, const QString &root, const QString &file,
                               Diagnostics &out);
};

} // namespace Lagoon
