// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/assist/composevocabulary.h"

#include <QRegularExpression>

namespace Lagoon {

namespace {

using V = ComposeTerm::Values;

struct Entry
{
    const char *key;
    const char *description;
    bool collection = false;
    V values = V::None;
    bool deprecated = false;
    const char *insertText = nullptr; ///< when it differs from the key
};

const Entry RootKeys[] = {
    {"services",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "The containers of the project; Lagoon deploys each one with a lagoon.type other than none."),
     true},
    {"volumes",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "Named volumes; Lagoon creates the ones labelled lagoon.type: persistent (at most 6)."),
     true},
    {"networks", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Networks for local development; Lagoon ignores them."),
     true},
    {"x-lagoon-project",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "The Lagoon project name; the Lagoon CLI reads it to find the project of this directory.")},
    {"name", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "The Compose project name for local development.")},
    {"secrets",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Compose secrets for local development; Lagoon ignores them."),
     true},
    {"configs",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Compose configs for local development; Lagoon ignores them."),
     true},
    {"version",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Obsolete file format version; Compose v2 and Lagoon ignore it.")},
};

const Entry ServiceKeys[] = {
    {"image", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                                "The image to run; Lagoon pulls it when the service has no build.")},
    {"build",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "How to build the image (context, dockerfile, args); Lagoon builds it in the same way."),
     true},
    {"labels",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "Labels; Lagoon reads its lagoon.* labels from here (lagoon.type is required)."),
     true},
    {"volumes",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "Mounts for local development; Lagoon ignores them and uses lagoon.persistent instead."),
     true},
    {"ports",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Published ports for local development; Lagoon ignores them unless "
                                                    "lagoon.service.usecomposeports is \"true\"."),
     true},
    {"environment",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "Environment variables for local development; Lagoon ignores them (use Lagoon API variables)."),
     true},
    {"env_file",
     QT_TRANSLATE_NOOP(
         "Lagoon::ComposeVocabulary",
         "Files with environment variables for local development; a missing file is a warning in Lagoon's build.")},
    {"depends_on",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Services started before this one locally; Lagoon ignores it."),
     true},
    {"command",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Overrides the image's command locally; Lagoon ignores it.")},
    {"entrypoint",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Overrides the image's entrypoint locally; Lagoon ignores it.")},
    {"user",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "The user the container runs as locally; Lagoon ignores it.")},
    {"working_dir",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "The working directory locally; Lagoon ignores it.")},
    {"networks",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Networks the service joins locally; Lagoon ignores them."), true},
    {"expose",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Ports exposed to other services locally; Lagoon ignores them."),
     true},
    {"restart", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Restart policy locally; Lagoon ignores it.")},
    {"healthcheck", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Health check locally; Lagoon ignores it."), true},
    {"extra_hosts",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Extra /etc/hosts entries locally; Lagoon ignores them."), true},
    {"container_name",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "A fixed container name locally; Lagoon ignores it.")},
    {"hostname",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "The container's host name locally; Lagoon ignores it.")},
    {"platform", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "The image platform, e.g. linux/amd64.")},
    {"profiles",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "Compose profiles that enable the service locally; Lagoon ignores them."),
     true},
    {"tmpfs", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Temporary file systems locally; Lagoon ignores them.")},
};

const Entry BuildKeys[] = {
    {"context", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "The build context, relative to the compose file.")},
    {"dockerfile",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "The Dockerfile, relative to the context; Lagoon fails the build when it does not exist.")},
    {"args",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "Build arguments, e.g. CLI_IMAGE for images built from the cli image."),
     true},
    {"target", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "The stage of a multi-stage Dockerfile to build.")},
};

const Entry VolumeKeys[] = {
    {"labels",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Labels; lagoon.type: persistent makes Lagoon create this volume."),
     true},
    {"driver", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Volume driver locally; Lagoon ignores it.")},
    {"driver_opts",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Volume driver options locally; Lagoon ignores them."), true},
    {"external", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                                   "The volume exists outside this project locally; Lagoon ignores it.")},
    {"name", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "The volume's name locally; Lagoon ignores it.")},
};

const Entry ServiceLabels[] = {
    {"lagoon.type",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "What Lagoon deploys this service as (required on every service; none skips it)."),
     false, V::ServiceType},
    {"lagoon.persistent",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "Mount path of the persistent volume, e.g. /app/web/sites/default/files/.")},
    {"lagoon.persistent.name",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "The volume to mount: another service's name (cli-persistent and worker-persistent share "
                       "nginx's volume). Defaults to lagoon.name or the service name."),
     false, V::Service},
    {"lagoon.persistent.size",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "Size of the persistent volume as a Kubernetes quantity (default 5Gi)."),
     false, V::Size},
    {"lagoon.name",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Groups services into one pod: a service with another service's "
                                                    "name runs as its second container (php next to nginx)."),
     false, V::Service},
    {"lagoon.autogeneratedroute",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "\"true\" or \"false\": whether this service gets an autogenerated route."),
     false, V::Bool},
    {"lagoon.autogeneratedroute.tls-acme",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "\"true\" or \"false\": Let's Encrypt for this service's autogenerated route."),
     false, V::Bool},
    {"lagoon.service.port",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "The port of the service's Kubernetes service (basic and varnish types only).")},
    {"lagoon.service.usecomposeports",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "\"true\": one extra Kubernetes service <service>-<port> per "
                                                    "compose port, usable as a path route's toService."),
     false, V::Bool},
    {"lagoon.volumes.<volume>.path",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "Mounts an additional volume (a top-level volume with lagoon.type: persistent) at this path."),
     false, V::None, false, "lagoon.volumes."},
    {"lagoon.image",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "An image to pull instead of building; ${VARIABLES} from the Lagoon API are substituted.")},
    {"lagoon.base.image", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                                            "The base image the build pulls fresh, e.g. "
                                            "${BASE_IMAGE:-uselagoon/php-8.3-cli}; variables must use ${...}.")},
    {"lagoon.external.service",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "For lagoon.type: external, JSON {\"name\", \"project\", "
                                                    "\"environment\", \"domain\"} of the service to reach.")},
    {"lagoon.mariadb-dbaas.environment",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "Which DBaaS environment provides the database (default: the environment type)."),
     false, V::DbaasEnvironment},
    {"lagoon.postgres-dbaas.environment",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "Which DBaaS environment provides the database (default: the environment type)."),
     false, V::DbaasEnvironment},
    {"lagoon.mongodb-dbaas.environment",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary",
                       "Which DBaaS environment provides the database (default: the environment type)."),
     false, V::DbaasEnvironment},
    {"lagoon.deployment.servicetype",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Read by Lagoon's build but not used at the moment.")},
    {"lagoon.rollout", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Deprecated: Lagoon no longer reads this label."),
     false, V::None, true},
    {"lagoon.template",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Deprecated: Lagoon no longer reads this label."), false, V::None,
     true},
};

const Entry VolumeLabels[] = {
    {"lagoon.type",
     QT_TRANSLATE_NOOP(
         "Lagoon::ComposeVocabulary",
         "persistent: Lagoon creates this volume (Kubernetes claim custom-<volume>); anything else is ignored."),
     false, V::PersistentVolumeType},
    {"lagoon.persistent.size",
     QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "Size of the volume (default 5Gi, at most 4Ti)."), false, V::Size},
    {"lagoon.backup", QT_TRANSLATE_NOOP("Lagoon::ComposeVocabulary", "\"false\" turns off backups of this volume."),
     false, V::Bool},
};

template <size_t N> QList<const Entry *> entries(const Entry (&table)[N])
{
    QList<const Entry *> list;
    for (const Entry &e : table)
        list << &e;
    return list;
}

QList<const Entry *> tableFor(ComposeVocabulary::Scope scope)
{
    switch (scope) {
    case ComposeVocabulary::Scope::Root:
        return entries(RootKeys);
    case ComposeVocabulary::Scope::Service:
        return entries(ServiceKeys);
    case ComposeVocabulary::Scope::Build:
        return entries(BuildKeys);
    case ComposeVocabulary::Scope::Volume:
        return entries(VolumeKeys);
    case ComposeVocabulary::Scope::ServiceLabels:
        return entries(ServiceLabels);
    case ComposeVocabulary::Scope::VolumeLabels:
        return entries(VolumeLabels);
    }
    return {};
}

ComposeTerm toTerm(const Entry &e)
{
    ComposeTerm t;
    t.key = QString::fromLatin1(e.key);
    t.insertText = QString::fromLatin1(e.insertText ? e.insertText : e.key);
    t.description = QCoreApplication::translate("Lagoon::ComposeVocabulary", e.description);
    t.collection = e.collection;
    t.deprecated = e.deprecated;
    t.values = e.values;
    return t;
}

} // namespace

QList<ComposeTerm> ComposeVocabulary::terms(Scope scope)
{
    QList<ComposeTerm> list;
    for (const Entry *e : tableFor(scope)) {
        if (!e->deprecated)
            list << toTerm(*e);
    }
    return list;
}

std::optional<ComposeTerm> ComposeVocabulary::find(Scope scope, const QString &key)
{
    for (const Entry *e : tableFor(scope)) {
        if (key == QLatin1String(e->key))
            return toTerm(*e);
    }
    if (scope == Scope::ServiceLabels) {
        static const QRegularExpression volumePath(QStringLiteral("^lagoon\\.volumes\\.[^.]+\\.path$"));
        if (volumePath.match(key).hasMatch())
            return find(scope, QStringLiteral("lagoon.volumes.<volume>.path"));
        static const QRegularExpression dbaas(QStringLiteral("^lagoon\\.[a-z]+-dbaas\\.environment$"));
        if (dbaas.match(key).hasMatch())
            return find(scope, QStringLiteral("lagoon.mariadb-dbaas.environment"));
    }
    return std::nullopt;
}

} // namespace Lagoon
