// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "core/diagnostics/diagnostic.h"
#include "core/lagoon/config/lagoonconfig.h"
#include "core/yaml/yamlnode.h"

namespace Lagoon {

/** Turns a parsed `.lagoon.yml` into LagoonConfig, the way Lagoon's build decodes it. */
class LagoonYmlReader final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonYmlReader)

public:
    /**
     * Checks `root` against LagoonYmlSchema: keys Lagoon ignores (warning, with a did-you-mean),
     * deprecated keys (warning) and values of the wrong type (error: Lagoon's decoder fails).
     * `skipKeys` are top-level keys not to report (the polysite project block).
     */
    static void checkSchema(const YamlNode &root, const QString &file, Diagnostics &out,
                            const QStringList &skipKeys = {});

    /**
     * Decodes `map` over `config`: only keys present change anything; nested settings merge,
     * lists and environment blocks are replaced, as Go's decoder does. Values of the wrong type
     * are skipped (checkSchema reports them).
     */
    static void apply(const YamlNode &map, LagoonConfig &config);

    /** The cronjobs of each environment, for polysite merging. */
    static void mergePolysiteCronjobs(LagoonConfig &config, const LagoonConfig &topLevel);
    /** Lagoon's task merge: same-named tasks merge field by field, others append; then by weight. */
    static void mergeTasks(LagoonConfig &destination, const LagoonConfig &source);
};

} // namespace Lagoon
