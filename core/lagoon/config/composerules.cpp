// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/composerules.h"

#include <cmath>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "core/lagoon/config/diagnosticbuilder.h"
#include "core/lagoon/config/lagoonvalidator.h"
#include "core/lagoon/config/servicetypes.h"

namespace Lagoon {

namespace {


TextSpan labelSpan(const ComposeService &service, const QString &label)
{
    const KeyValue *entry = service.labelEntry(label);
    return entry && entry->span.isValid() ? entry->span : service.span;
}

// Types any environment's `types:` block assigns to a service lacking the label.
bool typedByEnvironment(const LagoonConfig &config, const QString &service)
{
    for (const EnvironmentConfig &env : config.environments) {
        for (const KeyValue &type : env.types) {
            if (type.key == service)
                return true;
        }
    }
    return false;
}

void checkType(const ComposeService &service, const LoadedProject &project, DiagnosticBuilder &out,
               const ServiceType *&type, bool &isNone)
{
    type = nullptr;
    isNone = false;
    const KeyValue *label = service.labelEntry(QStringLiteral("lagoon.type"));
    if (!label) {
        if (!typedByEnvironment(project.config, service.name)) {
            out.error(QStringLiteral("compose.lagoon-type-missing"), service.span,
                      ComposeRules::tr("no lagoon.type has been set for service '%1'. If a Lagoon service is not required, "
                             "please set the lagoon.type to 'none' for this service in docker-compose.yaml. See the "
                             "Lagoon documentation for supported service types")
                          .arg(service.name),
                      ComposeRules::tr("Add a label, e.g. lagoon.type: %1").arg(QStringLiteral("none")));
        }
        return;
    }
    const QString value = label->value;
    if (value == QLatin1String("none")) {
        isNone = true;
        return;
    }
    type = ServiceTypes::find(value);
    if (!type) {
        const QString suggestion = ServiceTypes::suggestion(value);
        out.error(QStringLiteral("compose.lagoon-type-unknown"), labelSpan(service, QStringLiteral("lagoon.type")),
                  ComposeRules::tr("lagoon.type '%1' is not a valid service type. See the Lagoon documentation for supported "
                         "service types")
                      .arg(value),
                  (suggestion.isEmpty() ? QString() : ComposeRules::tr("Did you mean '%1'? ").arg(suggestion)) +
                      ComposeRules::tr("Lagoon's build currently accepts unknown types and silently deploys nothing for them."));
    } else if (ServiceTypes::isLegacyAlias(value)) {
        out.warning(QStringLiteral("compose.lagoon-type-legacy"), labelSpan(service, QStringLiteral("lagoon.type")),
                    ComposeRules::tr("lagoon.type '%1' is a legacy name for '%2'").arg(value, type->name),
                    ComposeRules::tr("Write lagoon.type: %1.").arg(type->name));
    }
}

void checkBuild(const ComposeService &service, const LoadedProject &project, DiagnosticBuilder &out)
{
    if (!service.hasBuild && service.image.isEmpty()) {
        out.error(QStringLiteral("compose.no-image"), service.span,
                  ComposeRules::tr("no defined Dockerfile or Image for service %1").arg(service.name));
        return;
    }
    if (!service.hasBuild)
        return;
    const QString relative = QDir::cleanPath(QDir(service.buildContext.isEmpty() ? QStringLiteral(".") : service.buildContext)
                                                 .filePath(service.dockerfile.isEmpty() ? QStringLiteral("Dockerfile")
                                                                                        : service.dockerfile));
    if (!QFileInfo(QDir(project.root).filePath(relative)).isFile()) {
        out.error(QStringLiteral("compose.dockerfile-missing"), service.buildSpan.isValid() ? service.buildSpan : service.span,
                  ComposeRules::tr("defined Dockerfile %1 for service %2 not found").arg(relative, service.name),
                  ComposeRules::tr("build.context is relative to the project root, and build.dockerfile to the context."));
    }
}

void checkLabels(const ComposeService &service, const ServiceType *type, const LoadedProject &project,
                 DiagnosticBuilder &out)
{
    if (type && type->volume == ServiceType::Volume::Provides && type->defaultPath.isEmpty() &&
        service.label(QStringLiteral("lagoon.persistent")).isEmpty()) {
        out.error(QStringLiteral("compose.persistent-path-missing"), labelSpan(service, QStringLiteral("lagoon.type")),
                  ComposeRules::tr("label lagoon.persistent not defined for service %1, no valid mount path was found")
                      .arg(service.name),
                  ComposeRules::tr("Add lagoon.persistent: /path/in/the/container (e.g. /app/web/sites/default/files/)."));
    }
    if (const KeyValue *size = service.labelEntry(QStringLiteral("lagoon.persistent.size"));
        size && !ComposeRules::parseQuantity(size->value)) {
        out.error(QStringLiteral("compose.persistent-size-invalid"), size->span,
                  ComposeRules::tr("provided persistent volume size for %1 is not valid: quantities must match the regular "
                         "expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
                      .arg(service.label(QStringLiteral("lagoon.persistent.name"), service.name)));
    }
    if (const KeyValue *port = service.labelEntry(QStringLiteral("lagoon.service.port"))) {
        bool ok = false;
        port->value.toInt(&ok);
        if (!ok) {
            out.error(QStringLiteral("compose.service-port-invalid"), port->span,
                      ComposeRules::tr("the provided service port %1 for service %2 is not a valid integer: strconv.Atoi: "
                             "parsing %3: invalid syntax")
                          .arg(port->value, service.name, LagoonValidator::goQuote(port->value)));
        }
    }
    for (const QString &boolLabel : {QStringLiteral("lagoon.autogeneratedroute"),
                                    QStringLiteral("lagoon.autogeneratedroute.tls-acme"),
                                    QStringLiteral("lagoon.service.usecomposeports")}) {
        if (const KeyValue *entry = service.labelEntry(boolLabel);
            entry && entry->value != QLatin1String("true") && entry->value != QLatin1String("false")) {
            out.warning(QStringLiteral("compose.label-not-boolean"), entry->span,
                        ComposeRules::tr("%1 should be \"true\" or \"false\", not \"%2\"").arg(boolLabel, entry->value));
        }
    }
    if (type && type->name == QLatin1String("external")) {
        const KeyValue *external = service.labelEntry(QStringLiteral("lagoon.external.service"));
        if (!external) {
            out.error(QStringLiteral("compose.external-service-missing"), service.span,
                      ComposeRules::tr("lagoon.type external has been set for service %1, yet no 'lagoon.external.service' "
                             "label was defined")
                          .arg(service.name));
        } else if (!QJsonDocument::fromJson(external->value.toUtf8()).isObject()) {
            out.error(QStringLiteral("compose.external-service-invalid"), external->span,
                      ComposeRules::tr("error encountered decoding label 'lagoon.external.service' for service %1, is it JSON?")
                          .arg(service.name));
        }
    }
    if (type && type->secondaryContainer) {
        // nginx-php pairs: another service must share this one's lagoon.name.
        const QString group = service.label(QStringLiteral("lagoon.name"), service.name);
        bool linked = false;
        for (const ComposeService &other : project.compose.services) {
            if (other.name != service.name && other.label(QStringLiteral("lagoon.name"), other.name) == group)
                linked = true;
        }
        if (!linked) {
            out.error(QStringLiteral("compose.secondary-container-missing"), labelSpan(service, QStringLiteral("lagoon.type")),
                      ComposeRules::tr("service type %1 has a secondary container defined, but no linked service was found")
                          .arg(type->name),
                      ComposeRules::tr("Give the php service the label lagoon.name: %1.").arg(group));
        }
    }
}

void checkVolumes(const LoadedProject &project, DiagnosticBuilder &out)
{
    int persistent = 0;
    constexpr double FourTi = 4.0 * 1024 * 1024 * 1024 * 1024;
    for (const ComposeVolume &volume : project.compose.volumes) {
        if (volume.label(QStringLiteral("lagoon.type")) != QLatin1String("persistent"))
            continue;
        ++persistent;
        if (persistent == ComposeRules::MaxPersistentVolumes + 1) {
            out.error(QStringLiteral("compose.too-many-volumes"), volume.span,
                      ComposeRules::tr("unable to provision more than 6 volumes for this environment, if you need more please "
                             "contact your lagoon administrator"));
        }
        const QString size = volume.label(QStringLiteral("lagoon.persistent.size"), QStringLiteral("5Gi"));
        const auto bytes = ComposeRules::parseQuantity(size);
        if (!bytes) {
            out.error(QStringLiteral("compose.volume-size-invalid"), volume.span,
                      ComposeRules::tr("provided volume size for %1 is not valid: %2").arg(volume.name, size));
        } else if (*bytes > FourTi) {
            out.error(QStringLiteral("compose.volume-too-large"), volume.span,
                      ComposeRules::tr("provided volume %1 with size %2 exceeds limit, if you need larger volumes please "
                             "contact your Lagoon administrator")
                          .arg(volume.name, size));
        }
    }
}

} // namespace

std::optional<double> ComposeRules::parseQuantity(const QString &text)
{
    static const QRegularExpression quantity(QStringLiteral("^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$"));
    const auto m = quantity.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = m.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString suffix = m.captured(2);
    static const QHash<QString, double> factors = {
        {QString(), 1.0},       {QStringLiteral("Ki"), 1024.0},  {QStringLiteral("Mi"), std::pow(1024.0, 2)},
        {QStringLiteral("Gi"), std::pow(1024.0, 3)}, {QStringLiteral("Ti"), std::pow(1024.0, 4)},
        {QStringLiteral("Pi"), std::pow(1024.0, 5)}, {QStringLiteral("Ei"), std::pow(1024.0, 6)},
        {QStringLiteral("n"), 1e-9}, {QStringLiteral("u"), 1e-6}, {QStringLiteral("m"), 1e-3},
        {QStringLiteral("k"), 1e3}, {QStringLiteral("M"), 1e6}, {QStringLiteral("G"), 1e9},
        {QStringLiteral("T"), 1e12}, {QStringLiteral("P"), 1e15}, {QStringLiteral("E"), 1e18},
    };
    if (const auto it = factors.constFind(suffix); it != factors.cend())
        return number * it.value();
    static const QRegularExpression exponent(QStringLiteral("^[eE]([-+]?[0-9]+)$"));
    if (const auto e = exponent.match(suffix); e.hasMatch())
        return number * std::pow(10.0, e.captured(1).toInt());
    return std::nullopt;
}

void ComposeRules::check(const LoadedProject &project, Diagnostics &diagnostics)
{
    DiagnosticBuilder out(diagnostics, project.config.composeFile);
    for (const ComposeService &service : project.compose.services) {
        const ServiceType *type = nullptr;
        bool isNone = false;
        checkType(service, project, out, type, isNone);
        if (isNone)
            continue;
        if (!LagoonValidator::isDns1035Label(service.name)) {
            out.error(QStringLiteral("compose.service-name-invalid"), service.span,
                      tr("service name is invalid. Please refer to the documentation regarding service naming "
                         "requirements"),
                      tr("'%1': at most 63 lower-case letters, digits and '-', starting with a letter and ending "
                         "with a letter or digit.")
                          .arg(service.name));
        }
        checkBuild(service, project, out);
        checkLabels(service, type, project, out);
    }
    checkVolumes(project, out);
}

} // namespace Lagoon
