// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Services: compose service → lagoon type, lagoon.name pairing, ports and storage
// (build-deploy-tool's composeToServiceValues and the service type table).

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "core/lagoon/config/servicetypes.h"
#include "core/lagoon/plan/deployplanner.h"
#include "core/lagoon/plan/deployplanner_p.h"
#include "core/lagoon/plan/kubernetesnames.h"

namespace Lagoon::PlanDetail {

namespace {

const QString DefaultVolumeSize = QStringLiteral("5Gi");
constexpr double MaxVolumeBytes = 0x1p42; // 4Ti
constexpr int MaxVolumes = 6;

// Types whose pods may mount extra `lagoon.type: persistent` volumes (servicetypes' AllowAdditionalVolumes).
bool allowsAdditionalVolumes(const QString &type)
{
    static const QSet<QString> types = {
        QStringLiteral("basic"),        QStringLiteral("basic-persistent"),     QStringLiteral("basic-single"),
        QStringLiteral("cli"),          QStringLiteral("cli-persistent"),       QStringLiteral("node"),
        QStringLiteral("node-persistent"), QStringLiteral("nginx"),             QStringLiteral("nginx-php"),
        QStringLiteral("nginx-php-persistent"), QStringLiteral("python"),       QStringLiteral("python-persistent"),
        QStringLiteral("worker"),       QStringLiteral("worker-persistent"),
    };
    return types.contains(type);
}

bool isDbaasCandidate(const QString &type)
{
    static const QSet<QString> types = {QStringLiteral("mariadb"),       QStringLiteral("mariadb-dbaas"),
                                        QStringLiteral("postgres"),      QStringLiteral("postgres-dbaas"),
                                        QStringLiteral("mongodb"),       QStringLiteral("mongodb-dbaas")};
    return types.contains(type);
}

TextSpan labelSpan(const ComposeService &service, const QString &label)
{
    const KeyValue *entry = service.labelEntry(label);
    return entry && entry->span.isValid() ? entry->span : service.span;
}

// "svc:type,svc2:type" as LAGOON_SERVICE_TYPES / LAGOON_DBAAS_ENVIRONMENT_TYPES give it.
std::optional<QString> lookupPairList(const std::optional<QString> &list, const QString &key, bool *malformed)
{
    std::optional<QString> found;
    if (!list)
        return found;
    for (const QString &entry : list->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = entry.split(QLatin1Char(':'));
        if (pair.size() < 2) {
            *malformed = true;
            continue;
        }
        if (pair.constFirst() == key)
            found = pair.at(1);
    }
    return found;
}

// Go's strconv.Atoi accepts an optional sign and decimal digits only.
std::optional<int> goAtoi(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9]+$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

struct ComposePort
{
    int target = 0;
    QString protocol;
};

// "8080", "3000:8080", "127.0.0.1:3000:8080/tcp", "53/udp", "9000-9001": the container side.
QList<ComposePort> parseComposePort(const QString &spec)
{
    QString target = spec.section(QLatin1Char(':'), -1);
    QString protocol = QStringLiteral("tcp");
    if (target.contains(QLatin1Char('/'))) {
        protocol = target.section(QLatin1Char('/'), 1).toLower();
        target = target.section(QLatin1Char('/'), 0, 0);
    }
    QList<ComposePort> ports;
    const QStringList range = target.split(QLatin1Char('-'));
    bool okFrom = false;
    bool okTo = false;
    const int from = range.constFirst().toInt(&okFrom);
    const int to = range.size() == 2 ? range.at(1).toInt(&okTo) : from;
    if (!okFrom || (range.size() == 2 && !okTo) || range.size() > 2 || to < from || to - from > 1000)
        return ports;
    for (int p = from; p <= to; ++p)
        ports.append(ComposePort{p, protocol});
    return ports;
}

void resolveType(PlanContext &context, const ComposeService &compose, PlannedService &service)
{
    service.type = service.labelType;
    service.typeSource = QStringLiteral("label");
    if (context.namedEnvironment) {
        for (const KeyValue &kv : context.namedEnvironment->types) {
            if (kv.key == compose.name) {
                service.type = kv.value;
                service.typeSource = QStringLiteral("environment");
            }
        }
    }
    bool malformed = false;
    const auto apiType =
        lookupPairList(context.input.variable(QStringLiteral("LAGOON_SERVICE_TYPES")), service.lagoonName, &malformed);
    if (malformed) {
        context.warning(QStringLiteral("plan.service-types-variable-invalid"),
                        DeployPlanner::tr("LAGOON_SERVICE_TYPES must be a comma-separated list of service:type pairs"),
                        SourceFile::None);
    }
    if (apiType) {
        service.type = *apiType;
        service.typeSource = QStringLiteral("LAGOON_SERVICE_TYPES");
    }
    if (ServiceTypes::isLegacyAlias(service.type)) {
        service.legacyAlias = service.type;
        service.type = ServiceTypes::canonicalName(service.type);
    }
}

void resolveDbaas(PlanContext &context, const ComposeService &compose, PlannedService &service)
{
    if (!isDbaasCandidate(service.type))
        return;
    // Lagoon asks the DBaaS operator for a provider; without one it deploys the -single type.
    const QString base = service.type.section(QStringLiteral("-dbaas"), 0, 0);
    if (!context.input.dbaasProviderAvailable) {
        service.type = base + QStringLiteral("-single");
        return;
    }
    service.type = base + QStringLiteral("-dbaas");
    service.dbaasEnvironment = PlanInput::environmentTypeId(context.input.environmentType);
    const QString label = compose.label(QStringLiteral("lagoon.%1-dbaas.environment").arg(base));
    if (!label.isEmpty())
        service.dbaasEnvironment = label;
    bool malformed = false;
    if (const auto api = lookupPairList(context.input.variable(QStringLiteral("LAGOON_DBAAS_ENVIRONMENT_TYPES")),
                                        service.lagoonName, &malformed)) {
        service.dbaasEnvironment = *api;
    }
}

void planPorts(PlanContext &context, const ComposeService &compose, const ServiceType &type, PlannedService &service)
{
    service.port = type.port;
    if (const KeyValue *portLabel = compose.labelEntry(QStringLiteral("lagoon.service.port"))) {
        const auto port = goAtoi(portLabel->value);
        if (!port) {
            context.error(QStringLiteral("plan.service-port-invalid"),
                          DeployPlanner::tr("the provided service port %1 for service %2 is not a valid integer: "
                                            "strconv.Atoi: parsing \"%1\": invalid syntax")
                              .arg(portLabel->value, compose.name),
                          SourceFile::Compose, labelSpan(compose, portLabel->key));
        } else if (type.canChangePort) {
            service.port = *port;
        }
    }
    const auto useComposePorts = parseGoBool(compose.label(QStringLiteral("lagoon.service.usecomposeports")));
    if (!useComposePorts.value_or(false))
        return;
    for (const QString &spec : compose.ports) {
        for (const ComposePort &p : parseComposePort(spec)) {
            if (service.composePorts.isEmpty() && p.protocol != QLatin1String("tcp")) {
                context.error(QStringLiteral("plan.compose-port-not-tcp"),
                              DeployPlanner::tr("first port defined is not a tcp port, please ensure the first port is tcp"),
                              SourceFile::Compose, labelSpan(compose, QStringLiteral("lagoon.service.usecomposeports")));
            }
            service.composePorts.append(PlannedPort{QStringLiteral("%1-%2").arg(p.protocol).arg(p.target), p.target,
                                                    p.protocol,
                                                    QStringLiteral("%1-%2").arg(service.lagoonName).arg(p.target)});
        }
    }
}

void planVolume(PlanContext &context, const ComposeService &compose, const ServiceType &type, PlannedService &service)
{
    if (type.volume == ServiceType::Volume::None)
        return;
    const QString path = compose.label(QStringLiteral("lagoon.persistent"), type.defaultPath);
    if (path.isEmpty()) {
        context.error(QStringLiteral("plan.persistent-path-missing"),
                      DeployPlanner::tr("label lagoon.persistent not defined for service %1, no valid mount path was found")
                          .arg(compose.name),
                      SourceFile::Compose, compose.span,
                      DeployPlanner::tr("Add the label lagoon.persistent with the path to mount the volume at."));
    }
    service.volume.path = path;
    service.volume.name = compose.label(QStringLiteral("lagoon.persistent.name"), service.lagoonName);
    if (type.volume == ServiceType::Volume::Consumes) {
        service.volume.kind = PlannedVolumeMount::Kind::Shared;
        return;
    }
    service.volume.kind = PlannedVolumeMount::Kind::Own;
    service.volume.size = compose.label(QStringLiteral("lagoon.persistent.size"), DefaultVolumeSize);
    QString why;
    if (!KubernetesNames::quantityBytes(service.volume.size, &why)) {
        context.error(QStringLiteral("plan.persistent-size-invalid"),
                      DeployPlanner::tr("provided persistent volume size for %1 is not valid: %2")
                          .arg(service.volume.name, why),
                      SourceFile::Compose, labelSpan(compose, QStringLiteral("lagoon.persistent.size")));
    }
}

void planAutogeneratedRoute(PlanContext &context, const ComposeService &compose, const ServiceType &type,
                            PlannedService &service)
{
    const AutogenerateConfig &autogenerate = context.config.autogenerate;
    bool enabled = autogenerate.enabled.value_or(true);
    if (context.input.isPullRequest() && autogenerate.allowPullRequests)
        enabled = *autogenerate.allowPullRequests;
    if (context.branchEnvironment && context.branchEnvironment->autogenerateRoutes)
        enabled = *context.branchEnvironment->autogenerateRoutes;
    bool tlsAcme = autogenerate.tlsAcme.value_or(true);
    if (const auto label = parseGoBool(compose.label(QStringLiteral("lagoon.autogeneratedroute"))))
        enabled = *label;
    if (const auto label = parseGoBool(compose.label(QStringLiteral("lagoon.autogeneratedroute.tls-acme"))))
        tlsAcme = *label;
    service.autogeneratedRoute = enabled && type.autogeneratedRoute;
    service.autogeneratedRouteTlsAcme = tlsAcme && type.autogeneratedRoute;
}

void checkExternal(PlanContext &context, const ComposeService &compose)
{
    const KeyValue *label = compose.labelEntry(QStringLiteral("lagoon.external.service"));
    if (!label) {
        context.error(QStringLiteral("plan.external-service-label-missing"),
                      DeployPlanner::tr("lagoon.type external has been set for service %1, yet no "
                                        "'lagoon.external.service' label was defined")
                          .arg(compose.name),
                      SourceFile::Compose, compose.span);
        return;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(label->value.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        context.error(QStringLiteral("plan.external-service-label-invalid"),
                      DeployPlanner::tr("error encountered decoding label 'lagoon.external.service' for service %1, "
                                        "is it JSON?")
                          .arg(compose.name),
                      SourceFile::Compose, labelSpan(compose, label->key));
    }
}

PlannedService planService(PlanContext &context, const ComposeService &compose)
{
    PlannedService service;
    service.composeName = compose.name;
    service.span = compose.span;
    service.labelType = compose.label(QStringLiteral("lagoon.type"));
    service.lagoonName = compose.label(QStringLiteral("lagoon.name"));
    if (service.lagoonName.isEmpty())
        service.lagoonName = compose.name;

    if (service.labelType.isEmpty()) {
        context.error(QStringLiteral("plan.service-type-missing"),
                      DeployPlanner::tr("no lagoon.type has been set for service '%1'. If a Lagoon service is not "
                                        "required, please set the lagoon.type to 'none' for this service in "
                                        "docker-compose.yaml. See the Lagoon documentation for supported service types")
                          .arg(compose.name),
                      SourceFile::Compose, compose.span);
        service.role = PlannedService::Role::Skipped;
        return service;
    }
    if (service.labelType != QLatin1String("none") && !KubernetesNames::isDns1035Label(compose.name)) {
        context.error(QStringLiteral("plan.service-name-invalid"),
                      DeployPlanner::tr("service name is invalid. Please refer to the documentation regarding service "
                                        "naming requirements"),
                      SourceFile::Compose, compose.span,
                      DeployPlanner::tr("At most 63 lower-case letters, digits or '-', starting with a letter and "
                                        "ending with a letter or digit."));
    }
    resolveType(context, compose, service);
    if (service.type == QLatin1String("none")) {
        service.role = PlannedService::Role::Skipped;
        return service;
    }
    resolveDbaas(context, compose, service);

    const ServiceType *type = ServiceTypes::find(service.type);
    service.knownType = type != nullptr;
    if (!type) {
        const QString suggestion = ServiceTypes::suggestion(service.type);
        context.warning(QStringLiteral("plan.service-type-unknown"),
                        DeployPlanner::tr("lagoon.type '%1' is not a valid service type. See the Lagoon documentation "
                                          "for supported service types")
                            .arg(service.type),
                        SourceFile::Compose, labelSpan(compose, QStringLiteral("lagoon.type")),
                        (suggestion.isEmpty() ? QString() : DeployPlanner::tr("Did you mean '%1'? ").arg(suggestion)) +
                            DeployPlanner::tr("Lagoon's build accepts unknown types today and deploys nothing for "
                                              "this service."));
        service.role = PlannedService::Role::Skipped;
        return service;
    }
    const bool hasImage = !service.type.endsWith(QLatin1String("-dbaas")) && service.type != QLatin1String("external");
    if (hasImage && !compose.hasBuild && compose.image.isEmpty()) {
        context.error(QStringLiteral("plan.service-image-missing"),
                      DeployPlanner::tr("no defined Dockerfile or Image for service %1").arg(compose.name),
                      SourceFile::Compose, compose.span);
    }
    if (service.type == QLatin1String("external"))
        checkExternal(context, compose);
    planPorts(context, compose, *type, service);
    planVolume(context, compose, *type, service);
    planAutogeneratedRoute(context, compose, *type, service);
    service.backups = type->backups;
    return service;
}

// Services sharing a lagoon.name form one pod: the first is the main service, the second its
// extra container (nginx + php). Lagoon's pairing only works for exactly two.
void pairServices(PlanContext &context)
{
    QHash<QString, QList<qsizetype>> groups;
    QStringList order;
    for (qsizetype i = 0; i < context.plan.services.size(); ++i) {
        const PlannedService &s = context.plan.services.at(i);
        if (!s.isDeployed())
            continue;
        if (!groups.contains(s.lagoonName))
            order << s.lagoonName;
        groups[s.lagoonName].append(i);
    }
    for (const QString &name : order) {
        const QList<qsizetype> &members = groups.value(name);
        PlannedService &main = context.plan.services[members.constFirst()];
        if (members.size() > 2) {
            QStringList names;
            for (const qsizetype i : members)
                names << context.plan.services.at(i).composeName;
            context.warning(QStringLiteral("plan.lagoon-name-group"),
                            DeployPlanner::tr("services %1 share lagoon.name '%2'; Lagoon pairs only two services "
                                              "(a main service and one extra container)")
                                .arg(names.join(QStringLiteral(", ")), name),
                            SourceFile::Compose, context.plan.services.at(members.at(2)).span);
        }
        for (qsizetype k = 1; k < members.size(); ++k) {
            PlannedService &second = context.plan.services[members.at(k)];
            second.role = PlannedService::Role::Secondary;
            second.linkedService = main.composeName;
            second.autogeneratedRoute = false;
            second.autogeneratedRouteTlsAcme = false;
            // The extra container mounts the main service's volume instead of creating one.
            if (second.volume.kind == PlannedVolumeMount::Kind::Own) {
                second.volume.kind = PlannedVolumeMount::Kind::Shared;
                second.volume.size.clear();
            }
            if (k == 1)
                main.linkedService = second.composeName;
        }
        const ServiceType *type = ServiceTypes::find(main.type);
        if (type && type->secondaryContainer && members.size() < 2) {
            context.error(QStringLiteral("plan.secondary-container-missing"),
                          DeployPlanner::tr("service type %1 has a secondary container defined, but no linked service "
                                            "was found")
                              .arg(main.type),
                          SourceFile::Compose, main.span,
                          DeployPlanner::tr("Give the php service the same lagoon.name as this service."));
        }
    }
}

void planVolumes(PlanContext &context)
{
    for (const ComposeVolume &volume : context.compose.volumes) {
        if (volume.label(QStringLiteral("lagoon.type")) != QLatin1String("persistent"))
            continue;
        PlannedVolume planned;
        planned.composeName = volume.name;
        planned.claimName = QStringLiteral("custom-") + volume.name;
        planned.size = volume.label(QStringLiteral("lagoon.persistent.size"), DefaultVolumeSize);
        planned.backup = volume.label(QStringLiteral("lagoon.backup")) != QLatin1String("false");
        planned.span = volume.span;
        QString why;
        const auto bytes = KubernetesNames::quantityBytes(planned.size, &why);
        if (!bytes) {
            context.error(QStringLiteral("plan.volume-size-invalid"),
                          DeployPlanner::tr("provided volume size for %1 is not valid: %2").arg(volume.name, why),
                          SourceFile::Compose, volume.span);
        } else if (*bytes > MaxVolumeBytes) {
            context.error(QStringLiteral("plan.volume-size-limit"),
                          DeployPlanner::tr("provided volume %1 with size %2 exceeds limit, if you need larger volumes "
                                            "please contact your Lagoon administrator")
                              .arg(volume.name, planned.size),
                          SourceFile::Compose, volume.span);
        }
        context.plan.volumes.append(planned);
    }
    if (context.plan.volumes.size() > MaxVolumes) {
        context.error(QStringLiteral("plan.volume-limit"),
                      DeployPlanner::tr("unable to provision more than 6 volumes for this environment, if you need "
                                        "more please contact your lagoon administrator"),
                      SourceFile::Compose, context.plan.volumes.at(MaxVolumes).span);
    }
}

void planAdditionalMounts(PlanContext &context)
{
    static const QRegularExpression volumeLabel(QStringLiteral("^lagoon\\.volumes\\.(.+)\\.path$"));
    for (PlannedService &service : context.plan.services) {
        const ComposeService *compose = context.compose.service(service.composeName);
        if (!compose || !service.isDeployed())
            continue;
        for (const KeyValue &label : compose->labels) {
            const auto m = volumeLabel.match(label.key);
            if (!m.hasMatch())
                continue;
            const QString volume = m.captured(1);
            // A label naming the service's own persistent volume is ignored by Lagoon.
            if (service.volume.kind != PlannedVolumeMount::Kind::None && volume == service.volume.name)
                continue;
            const auto planned = std::find_if(context.plan.volumes.cbegin(), context.plan.volumes.cend(),
                                              [&volume](const PlannedVolume &v) { return v.composeName == volume; });
            if (planned == context.plan.volumes.cend()) {
                context.warning(QStringLiteral("plan.volume-unknown"),
                                DeployPlanner::tr("service %1 mounts volume %2, which is not a top-level volume with "
                                                  "lagoon.type: persistent; Lagoon ignores the label")
                                    .arg(service.composeName, volume),
                                SourceFile::Compose, label.span);
                continue;
            }
            if (!allowsAdditionalVolumes(service.type)) {
                context.error(QStringLiteral("plan.additional-volume-not-permitted"),
                              DeployPlanner::tr("the service type %1 is not permitted to have additional volumes "
                                                "attached")
                                  .arg(service.type),
                              SourceFile::Compose, label.span);
                continue;
            }
            service.additionalMounts.append(PlannedAdditionalMount{volume, planned->claimName, label.value});
        }
    }
}

void checkSharedVolumes(PlanContext &context)
{
    QSet<QString> provided;
    for (const PlannedService &s : std::as_const(context.plan.services)) {
        if (s.isDeployed() && s.volume.kind == PlannedVolumeMount::Kind::Own)
            provided.insert(s.volume.name);
    }
    for (const PlannedService &s : std::as_const(context.plan.services)) {
        if (s.isDeployed() && s.role == PlannedService::Role::Main &&
            s.volume.kind == PlannedVolumeMount::Kind::Shared && !provided.contains(s.volume.name)) {
            context.warning(QStringLiteral("plan.persistent-volume-unknown"),
                            DeployPlanner::tr("service %1 mounts the persistent volume %2, but no service in this "
                                              "environment creates it")
                                .arg(s.composeName, s.volume.name),
                            SourceFile::Compose, s.span,
                            DeployPlanner::tr("Set lagoon.persistent.name to the lagoon.name of the service that "
                                              "owns the volume (for example nginx)."));
        }
    }
}

} // namespace

void planServices(PlanContext &context)
{
    for (const ComposeService &compose : context.compose.services) {
        PlannedService service = planService(context, compose);
        // A later service with the same lagoon.name never gets an autogenerated route of its own.
        if (compose.hasLabel(QStringLiteral("lagoon.name")) && context.deployedByLagoonName(service.lagoonName))
            service.autogeneratedRoute = false;
        context.plan.services.append(service);
    }
    pairServices(context);
    planVolumes(context);
    planAdditionalMounts(context);
    checkSharedVolumes(context);
}

} // namespace Lagoon::PlanDetail
