// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/util/error.h"

namespace Lagoon {

/** The shape of a generated project. The defaults are the "large project" of the budgets. */
struct LargeProjectSpec
{
    int services = 1000;
    int environments = 50;
    quint64 seed = 20260127; ///< same seed, same bytes: runs on different days stay comparable
    QString projectName = QStringLiteral("lagoon-bench");
    /// false: .lagoon.yml only names the compose file (the same compose bytes are written), for
    /// comparisons with tools that read the compose file alone.
    bool fullLagoonYml = true;
};

/**
 * What the generator wrote, counted the way LagoonProjectLoader models it (aliased lists are
 * counted once per use), so a benchmark can check that the loader saw all of it.
 */
struct LargeProjectStats
{
    QByteArray composeFile; ///< the bytes of docker-compose.yml
    QByteArray lagoonYml;   ///< the bytes of .lagoon.yml
    int services = 0;
    QMap<QString, int> servicesByType; ///< lagoon.type → count ("none" included)
    int sites = 0;                     ///< groups of services sharing one nginx/php/cli/mariadb set
    int environments = 0;
    int environmentRoutes = 0; ///< routes under environments.*.routes
    int productionRoutes = 0;  ///< routes under production_routes.{active,standby}
    int alternativeNames = 0;
    int annotatedRoutes = 0;
    int cronjobs = 0; ///< under environments.*.cronjobs, aliases expanded
    int preRolloutTasks = 0;
    int postRolloutTasks = 0;
    QStringList dockerfiles;       ///< Dockerfiles that exist, relative to the project root
    int dockerfilesMissing = 0;    ///< planted: build: names a Dockerfile that does not exist
    int restrictedAnnotations = 0; ///< planted: annotations lagoon-linter refuses
    int misspelledKeys = 0;        ///< planted: `autogenerateRouting` (Lagoon ignores it silently)

    int routes() const { return environmentRoutes + productionRoutes; }
};

/**
 * Writes a large, realistic Lagoon project for benchmarks: a docker-compose.yml with many
 * Drupal-style sites (nginx-php-persistent + php pairs sharing lagoon.name, cli-persistent,
 * mariadb, redis, solr, varnish, node, basic-persistent and `lagoon.type: none` helpers; YAML
 * anchors and `<<` merge keys) and a .lagoon.yml with many environments, routes with options,
 * annotations and alternative names, cronjobs in Lagoon's M/H syntax and rollout tasks.
 *
 * The output is a pure function of the spec (a private PRNG, no std distributions, no clock), so
 * two runs with the same seed produce the same bytes on any machine. A few problems are planted
 * on purpose and counted in LargeProjectStats so a validator has something to find.
 */
class LargeProjectGenerator final
{
public:
    explicit LargeProjectGenerator(LargeProjectSpec spec = {});

    /** The two files and their counts, without touching the disk. */
    LargeProjectStats generate() const;

    /**
     * generate() and write the project into `dir` (which must exist): the two files plus the
     * Dockerfiles that are meant to exist. Fails (Error::Code::Internal, the path in `detail`)
     * when a file cannot be written.
     */
    Result<LargeProjectStats> writeTo(const QString &dir) const;

private:
    LargeProjectSpec m_spec;
};

} // namespace Lagoon
