// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/largeprojectgenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "tests/bench/largeprojectgenerator_p.h"

namespace Lagoon {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

LargeProjectGenerator::LargeProjectGenerator(LargeProjectSpec spec) : m_spec(std::move(spec))
{
}

LargeProjectStats LargeProjectGenerator::generate() const
{
    using namespace LargeProject;
    Rng rng(m_spec.seed);
    LargeProjectStats stats;
    int extraHelpers = 0;
    const QList<Site> sites = drawSites(rng, m_spec.services, extraHelpers);
    stats.sites = int(sites.size());
    stats.services = m_spec.services;
    stats.dockerfiles << QStringLiteral("lagoon/cli.dockerfile") << QStringLiteral("lagoon/nginx.dockerfile")
                      << QStringLiteral("lagoon/php.dockerfile");
    stats.composeFile = composeFile(m_spec, sites, extraHelpers, stats);
    if (m_spec.fullLagoonYml)
        stats.lagoonYml = lagoonYml(m_spec, sites, rng, stats);
    else
        stats.lagoonYml = QByteArrayLiteral("docker-compose-yaml: docker-compose.yml\n");
    return stats;
}

Result<LargeProjectStats> LargeProjectGenerator::writeTo(const QString &dir) const
{
    LargeProjectStats stats = generate();
    const QDir root(dir);
    QList<std::pair<QString, QByteArray>> files = {{QStringLiteral("docker-compose.yml"), stats.composeFile},
                                                   {QStringLiteral(".lagoon.yml"), stats.lagoonYml}};
    for (const QString &dockerfile : std::as_const(stats.dockerfiles))
        files.append({dockerfile, QByteArrayLiteral("FROM uselagoon/commons:latest\nCOPY . /app\n")});
    for (const auto &[name, bytes] : std::as_const(files)) {
        const QString path = root.filePath(name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !writeFile(path, bytes))
            return makeError(Error::Code::Internal, QStringLiteral("Cannot write the benchmark project"), path);
    }
    return stats;
}

} // namespace Lagoon
