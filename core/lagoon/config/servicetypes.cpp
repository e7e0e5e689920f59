// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/servicetypes.h"

#include <algorithm>
#include <vector>

#include <QHash>

namespace Lagoon {

namespace {

using V = ServiceType::Volume;

ServiceType make(const char *name, int port, bool route, V volume, const char *path, bool changePort = false,
                 bool secondary = false, bool backups = false)
{
    return ServiceType{QString::fromLatin1(name), port, route, volume, QString::fromLatin1(path), changePort,
                       secondary, backups};
}

const QList<ServiceType> &table()
{
    static const QList<ServiceType> types = {
        make("basic", 3000, true, V::None, "", true),
        make("basic-persistent", 3000, true, V::Provides, "", true, false, true),
        make("basic-single", 3000, true, V::Provides, "", true, false, true),
        make("cli", 0, false, V::None, ""),
        make("cli-persistent", 0, false, V::Consumes, ""),
        make("elasticsearch", 9200, false, V::Provides, "/usr/share/elasticsearch/data", false, false, true),
        make("opensearch", 9200, false, V::Provides, "/usr/share/opensearch/data", false, false, true),
        make("mariadb", 3306, false, V::None, ""),
        make("mariadb-dbaas", 0, false, V::None, "", false, false, true),
        make("mariadb-single", 3306, false, V::Provides, "/var/lib/mysql", false, false, true),
        make("mongodb", 27017, false, V::None, ""),
        make("mongodb-dbaas", 0, false, V::None, "", false, false, true),
        make("mongodb-single", 27017, false, V::Provides, "/data/db", false, false, true),
        make("postgres", 5432, false, V::None, ""),
        make("postgres-dbaas", 0, false, V::None, "", false, false, true),
        make("postgres-single", 5432, false, V::Provides, "/var/lib/postgresql/data", false, false, true),
        make("nginx", 8080, true, V::None, ""),
        make("nginx-php", 8080, true, V::None, "", false, true),
        make("nginx-php-persistent", 8080, true, V::Provides, "", false, true, true),
        make("node", 3000, true, V::None, ""),
        make("node-persistent", 3000, true, V::Provides, "", false, false, true),
        make("python", 8800, true, V::None, ""),
        make("python-persistent", 8800, true, V::Provides, "", false, false, true),
        make("redis", 6379, false, V::None, ""),
        make("redis-persistent", 6379, false, V::Provides, "/data", false, false, true),
        make("valkey", 6379, false, V::None, ""),
        make("valkey-persistent", 6379, false, V::Provides, "/data", false, false, true),
        make("varnish", 8080, true, V::None, "", true),
        make("varnish-persistent", 8080, true, V::Provides, "/var/cache/varnish", true, false, true),
        make("solr", 8983, false, V::Provides, "/var/solr", false, false, true),
        make("rabbitmq", 5672, false, V::Provides, "/var/lib/rabbitmq", false, false, true),
        make("worker", 0, false, V::None, ""),
        make("worker-persistent", 0, false, V::Consumes, ""),
        make("external", 0, false, V::None, ""),
    };
    return types;
}

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("mariadb-shared"), QStringLiteral("mariadb-dbaas")},
        {QStringLiteral("postgres-shared"), QStringLiteral("postgres-dbaas")},
        {QStringLiteral("mongo"), QStringLiteral("mongodb")},
        {QStringLiteral("mongo-shared"), QStringLiteral("mongodb-dbaas")},
        {QStringLiteral("mongo-dbaas"), QStringLiteral("mongodb-dbaas")},
        {QStringLiteral("mongo-single"), QStringLiteral("mongodb-single")},
        {QStringLiteral("python-ckandatapusher"), QStringLiteral("python")},
    };
    return map;
}

} // namespace

const ServiceType *ServiceTypes::find(const QString &name)
{
    const QString canonical = canonicalName(name);
    const auto &types = table();
    const auto it = std::find_if(types.cbegin(), types.cend(), [&](const ServiceType &t) { return t.name == canonical; });
    return it == types.cend() ? nullptr : &*it;
}

QString ServiceTypes::canonicalName(const QString &name)
{
    return aliases().value(name, name);
}

bool ServiceTypes::isLegacyAlias(const QString &name)
{
    return aliases().contains(name);
}

QStringList ServiceTypes::names()
{
    QStringList list;
    for (const ServiceType &t : table())
        list << t.name;
    list << QStringLiteral("none");
    return list;
}

QString ServiceTypes::suggestion(const QString &name)
{
    return closestMatch(name, names() + aliases().keys());
}

int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(static_cast<size_t>(n + 1), std::vector<int>(static_cast<size_t>(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = static_cast<int>(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString closestMatch(const QString &word, const QStringList &candidates, int maxDistance)
{
    QString best;
    int bestDistance = maxDistance + 1;
    const QString lower = word.toLower();
    for (const QString &candidate : candidates) {
        const int distance = editDistance(lower, candidate.toLower());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return bestDistance <= maxDistance ? best : QString();
}

} // namespace Lagoon
