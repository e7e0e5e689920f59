// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/assist/servicetypehelp.h"

#include <QStringList>

#include "core/lagoon/config/servicetypes.h"

namespace Lagoon {

namespace {

struct TypeSummary
{
    const char *name;
    const char *summary;
};

// What each type is for; the technical facts come from the ServiceTypes table.
const TypeSummary Summaries[] = {
    {"basic", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Any container that serves HTTP.")},
    {"basic-persistent",
     QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Any container that serves HTTP, with a shared persistent volume.")},
    {"basic-single", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp",
                                       "Any container that serves HTTP, as one replica with its own volume.")},
    {"cli", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp",
                              "The command-line container (drush, composer); tasks and cronjobs usually run here.")},
    {"cli-persistent",
     QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp",
                       "The command-line container with the web service's persistent volume mounted.")},
    {"elasticsearch", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Elasticsearch search engine.")},
    {"opensearch", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "OpenSearch search engine.")},
    {"mariadb",
     QT_TRANSLATE_NOOP(
         "Lagoon::ServiceTypeHelp",
         "MariaDB database: mariadb-dbaas where the cluster has a database provider, otherwise mariadb-single.")},
    {"mariadb-dbaas",
     QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp",
                       "A MariaDB database provisioned by the DBaaS operator; no container is deployed.")},
    {"mariadb-single", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "MariaDB in a single pod with its own volume.")},
    {"mongodb",
     QT_TRANSLATE_NOOP(
         "Lagoon::ServiceTypeHelp",
         "MongoDB database: mongodb-dbaas where the cluster has a database provider, otherwise mongodb-single.")},
    {"mongodb-dbaas",
     QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp",
                       "A MongoDB database provisioned by the DBaaS operator; no container is deployed.")},
    {"mongodb-single", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "MongoDB in a single pod with its own volume.")},
    {"postgres",
     QT_TRANSLATE_NOOP(
         "Lagoon::ServiceTypeHelp",
         "PostgreSQL database: postgres-dbaas where the cluster has a database provider, otherwise postgres-single.")},
    {"postgres-dbaas",
     QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp",
                       "A PostgreSQL database provisioned by the DBaaS operator; no container is deployed.")},
    {"postgres-single",
     QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "PostgreSQL in a single pod with its own volume.")},
    {"nginx", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "nginx web server.")},
    {"nginx-php",
     QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp",
                       "nginx with a PHP-FPM container in the same pod (the service sharing its lagoon.name).")},
    {"nginx-php-persistent",
     QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp",
                       "nginx and PHP-FPM in one pod, with a persistent volume for uploaded files.")},
    {"node", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Node.js application.")},
    {"node-persistent", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Node.js application with a persistent volume.")},
    {"python", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Python application.")},
    {"python-persistent", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Python application with a persistent volume.")},
    {"redis", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Redis cache; data is lost when the pod restarts.")},
    {"redis-persistent", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Redis with its data kept on a volume.")},
    {"valkey", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Valkey cache; data is lost when the pod restarts.")},
    {"valkey-persistent", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Valkey with its data kept on a volume.")},
    {"varnish", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Varnish HTTP cache in front of the web service.")},
    {"varnish-persistent",
     QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Varnish HTTP cache with its cache on a volume.")},
    {"solr", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Solr search server.")},
    {"rabbitmq", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "RabbitMQ message broker.")},
    {"worker", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "A background worker without a route.")},
    {"worker-persistent", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp",
                                            "A background worker with another service's persistent volume mounted.")},
    {"external",
     QT_TRANSLATE_NOOP(
         "Lagoon::ServiceTypeHelp",
         "A name for a service in another project or at a domain (set lagoon.external.service); nothing is deployed.")},
    {"none", QT_TRANSLATE_NOOP("Lagoon::ServiceTypeHelp", "Lagoon skips this service; it only runs locally.")},
};

QString summaryOf(const QString &name)
{
    for (const TypeSummary &s : Summaries) {
        if (name == QLatin1String(s.name))
            return QCoreApplication::translate("Lagoon::ServiceTypeHelp", s.summary);
    }
    return {};
}

} // namespace

QString ServiceTypeHelp::summary(const QString &name)
{
    const QString canonical = ServiceTypes::canonicalName(name);
    return summaryOf(canonical);
}

QString ServiceTypeHelp::describe(const QString &name)
{
    const QString canonical = ServiceTypes::canonicalName(name);
    const QString first = summaryOf(canonical);
    if (first.isEmpty())
        return {};
    QStringList lines;
    if (canonical != name)
        lines << tr("Legacy name for %1.").arg(canonical);
    lines << first;
    const ServiceType *type = ServiceTypes::find(canonical);
    if (!type)
        return lines.join(QLatin1Char('\n'));

    QStringList facts;
    if (type->port > 0) {
        facts << (type->canChangePort ? tr("Port %1 (lagoon.service.port can change it).").arg(type->port)
                                      : tr("Port %1.").arg(type->port));
    }
    if (type->autogeneratedRoute)
        facts << tr("Gets an autogenerated route.");
    switch (type->volume) {
    case ServiceType::Volume::Provides:
        facts << (type->defaultPath.isEmpty()
                      ? tr("Creates a persistent volume, mounted at the path in lagoon.persistent (required).")
                      : tr("Creates a persistent volume mounted at %1.").arg(type->defaultPath));
        break;
    case ServiceType::Volume::Consumes:
        facts << tr("Mounts the volume named by lagoon.persistent.name at the path in lagoon.persistent.");
        break;
    case ServiceType::Volume::None:
        break;
    }
    if (type->secondaryContainer)
        facts << tr("Needs a second service with the same lagoon.name for the PHP container.");
    if (type->backups)
        facts << tr("Backed up by Lagoon.");
    if (!facts.isEmpty())
        lines << facts.join(QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Lagoon
