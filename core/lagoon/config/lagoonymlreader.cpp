// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/lagoonymlreader.h"

#include <algorithm>

#include "core/lagoon/config/diagnosticbuilder.h"
#include "core/lagoon/config/lagoonymlschema.h"
#include "core/lagoon/config/servicetypes.h"
#include "core/lagoon/config/yamlvalues.h"

namespace Lagoon {

namespace {

using namespace YamlValues;
using K = SchemaNode::Kind;

// ---- schema check -----------------------------------------------------------------------

QString describeValue(const YamlNode &node)
{
    if (node.isMap())
        return LagoonYmlReader::tr("a mapping");
    if (node.isSequence())
        return LagoonYmlReader::tr("a list");
    if (isPlainBool(node))
        return LagoonYmlReader::tr("a boolean");
    if (isPlainNumber(node))
        return LagoonYmlReader::tr("a number");
    return LagoonYmlReader::tr("a text value");
}

bool matches(const SchemaNode &schema, const YamlNode &node)
{
    if (isNullValue(node) && !node.isMap() && !node.isSequence())
        return true;  // null decodes to the zero value
    switch (schema.kind) {
    case K::Map:
    case K::MapOf:
        return node.isMap();
    case K::List:
        return node.isSequence();
    case K::String:
        return node.isScalar() && !isPlainBool(node) && !isPlainNumber(node);
    case K::Bool:
        return isPlainBool(node);
    case K::BoolString:
        return boolOrBoolString(node).has_value();
    case K::Int:
        return intValue(node).has_value();
    case K::RouteEntry:
        return (node.isScalar() && !isPlainBool(node)) || (node.isMap() && node.size() == 1);
    case K::Any:
        return true;
    }
    return true;
}

// `path` holds the segments leading to `node`; it is joined only when something is reported.
QString joined(const QStringList &path)
{
    QString out;
    for (const QString &segment : path) {
        if (!out.isEmpty() && !segment.startsWith(QLatin1Char('[')))
            out += QLatin1Char('.');
        out += segment;
    }
    return out;
}

void check(const YamlNode &node, const SchemaNode &schema, QStringList &path, DiagnosticBuilder &out,
           const QStringList &skipKeys = {})
{
    if (!node.isValid())
        return;
    if (!matches(schema, node)) {
        QString hint;
        if (schema.kind == K::String && (isPlainBool(node) || isPlainNumber(node)))
            hint = LagoonYmlReader::tr("Put it in quotes: \"%1\".").arg(node.scalar());
        out.error(QStringLiteral("lagoon.wrong-type"), span(node),
                  LagoonYmlReader::tr("%1 must be %2, not %3: Lagoon's build stops with \"couldn't unmarshal file\"")
                      .arg(joined(path), schema.kindName(), describeValue(node)),
                  hint);
        return;
    }
    switch (schema.kind) {
    case K::Map:
        for (const YamlEntry &entry : entriesOf(node)) {
            const QString key = entry.key.scalar();
            if (skipKeys.contains(key))
                continue;
            const SchemaNode::Field *field = schema.field(key);
            path.append(key);
            if (!field) {
                const QString suggestion = closestMatch(key, schema.keys(), key.size() > 8 ? 3 : 2);
                out.warning(QStringLiteral("lagoon.unknown-key"), span(entry.key),
                            LagoonYmlReader::tr("Lagoon ignores the unknown key '%1'").arg(joined(path)),
                            suggestion.isEmpty() ? LagoonYmlReader::tr("Known keys here: %1.").arg(schema.keys().join(QStringLiteral(", ")))
                                                 : LagoonYmlReader::tr("Did you mean '%1'?").arg(suggestion));
            } else if (field->node->deprecated) {
                out.warning(QStringLiteral("lagoon.deprecated-key"), span(entry.key),
                            LagoonYmlReader::tr("'%1' is deprecated and Lagoon ignores it").arg(joined(path)),
                            field->node->translatedDeprecation());
            } else {
                check(entry.value, *field->node, path, out);
            }
            path.removeLast();
        }
        break;
    case K::MapOf:
        for (const YamlEntry &entry : entriesOf(node)) {
            path.append(entry.key.scalar());
            check(entry.value, *schema.items, path, out);
            path.removeLast();
        }
        break;
    case K::List:
        for (qsizetype i = 0; i < node.size(); ++i) {
            path.append(QStringLiteral("[%1]").arg(i));
            check(node.at(i), *schema.items, path, out);
            path.removeLast();
        }
        break;
    case K::RouteEntry:
        if (node.isMap()) {
            const YamlEntry entry = node.entries().constFirst();
            path.append(entry.key.scalar());
            check(entry.value, *schema.items, path, out);
            path.removeLast();
        }
        break;
    default:
        break;
    }
}

// ---- decoding -------------------------------------------------------------------------------

std::optional<QString> optionalText(const YamlNode &node)
{
    return node.isValid() && node.isScalar() && !isNullValue(node) ? std::optional<QString>(node.scalar()) : std::nullopt;
}

QStringList textList(const YamlNode &node)
{
    QStringList list;
    for (qsizetype i = 0; node.isSequence() && i < node.size(); ++i)
        list << text(node.at(i));
    return list;
}

QList<KeyValue> keyValues(const YamlNode &map)
{
    QList<KeyValue> list;
    if (!map.isMap())
        return list;
    for (const YamlEntry &entry : map.mergedEntries())
        list.append(KeyValue{entry.key.scalar(), text(entry.value), span(entry.key)});
    return list;
}

QList<PathRouteConfig> pathRoutes(const YamlNode &list)
{
    QList<PathRouteConfig> routes;
    for (qsizetype i = 0; list.isSequence() && i < list.size(); ++i) {
        const YamlNode item = list.at(i);
        routes.append(PathRouteConfig{text(member(item, QStringLiteral("fromService"))),
                                      text(member(item, QStringLiteral("toService"))),
                                      text(member(item, QStringLiteral("path"))), span(item)});
    }
    return routes;
}

RouteConfig route(const QString &service, const YamlNode &entry)
{
    RouteConfig r;
    r.service = service;
    if (!entry.isMap()) {
        r.domain = text(entry);
        r.span = span(entry);
        return r;
    }
    const YamlEntry first = entry.entries().constFirst();
    r.domain = first.key.scalar();
    r.span = span(first.key);
    const YamlNode o = first.value;
    const Members mo(o);
    r.tlsAcme = boolOrBoolString(mo.get(QStringLiteral("tls-acme"), QStringLiteral("tlsAcme")));
    r.insecure = optionalText(mo.get(QStringLiteral("insecure")));
    r.monitoringPath = optionalText(mo.get(QStringLiteral("monitoring-path"), QStringLiteral("monitoringPath")));
    r.annotations = keyValues(mo.get(QStringLiteral("annotations")));
    const YamlNode fastly = mo.get(QStringLiteral("fastly"));
    r.fastlyServiceId = text(member(fastly, QStringLiteral("service-id")));
    r.fastlyWatch = boolOrBoolString(member(fastly, QStringLiteral("watch")));
    r.ingressClass = text(mo.get(QStringLiteral("ingressClass")));
    r.hstsEnabled = boolValue(mo.get(QStringLiteral("hstsEnabled")));
    r.hstsMaxAge = intValue(mo.get(QStringLiteral("hstsMaxAge")));
    r.hstsIncludeSubdomains = boolValue(mo.get(QStringLiteral("hstsIncludeSubdomains")));
    r.hstsPreload = boolValue(mo.get(QStringLiteral("hstsPreload")));
    r.alternativeNames = textList(mo.get(QStringLiteral("alternativenames")));
    r.wildcard = boolValue(mo.get(QStringLiteral("wildcard")));
    r.wildcardApex = boolValue(mo.get(QStringLiteral("wildcardApex")));
    r.disableRequestVerification = boolValue(mo.get(QStringLiteral("disableRequestVerification")));
    r.pathRoutes = pathRoutes(mo.get(QStringLiteral("pathRoutes")));
    return r;
}

QList<RouteConfig> routes(const YamlNode &list)
{
    QList<RouteConfig> result;
    for (qsizetype i = 0; list.isSequence() && i < list.size(); ++i) {
        const YamlNode serviceMap = list.at(i);
        if (!serviceMap.isMap())
            continue;
        for (const YamlEntry &entry : serviceMap.mergedEntries()) {
            for (qsizetype j = 0; entry.value.isSequence() && j < entry.value.size(); ++j) {
                const YamlNode item = entry.value.at(j);
                if (item.isScalar() || (item.isMap() && item.size() == 1))
                    result.append(route(entry.key.scalar(), item));
            }
        }
    }
    return result;
}

CronjobConfig cronjob(const YamlNode &node)
{
    const Members m(node);
    CronjobConfig c;
    c.name = text(m.get(QStringLiteral("name")));
    c.service = text(m.get(QStringLiteral("service")));
    const YamlNode schedule = m.get(QStringLiteral("schedule"));
    c.schedule = text(schedule);
    c.scheduleSpan = span(schedule);
    const YamlNode command = m.get(QStringLiteral("command"));
    c.command = text(command);
    c.commandSpan = span(command);
    c.inPod = boolValue(m.get(QStringLiteral("inPod")));
    c.timeout = text(m.get(QStringLiteral("timeout")));
    c.span = span(node);
    return c;
}

EnvironmentConfig environment(const YamlNode &key, const YamlNode &node)
{
    const Members m(node);
    EnvironmentConfig e;
    e.name = key.scalar();
    e.span = span(key);
    e.routes = routes(m.get(QStringLiteral("routes")));
    const YamlNode crons = m.get(QStringLiteral("cronjobs"));
    for (qsizetype i = 0; crons.isSequence() && i < crons.size(); ++i) {
        if (crons.at(i).isMap())
            e.cronjobs.append(cronjob(crons.at(i)));
    }
    e.types = keyValues(m.get(QStringLiteral("types")));
    e.autogenerateRoutes = boolValue(m.get(QStringLiteral("autogenerateRoutes")));
    if (const YamlNode agp = m.get(QStringLiteral("autogeneratePathRoutes")); agp.isSequence())
        e.autogeneratePathRoutes = pathRoutes(agp);
    const YamlNode overrides = m.get(QStringLiteral("overrides"));
    for (qsizetype i = 0; overrides.isMap() && i < overrides.size(); ++i) {
        const YamlEntry entry = overrides.entries().at(i);
        const YamlNode build = member(entry.value, QStringLiteral("build"));
        e.overrides.append(ImageOverride{entry.key.scalar(), text(member(build, QStringLiteral("dockerfile"))),
                                         text(member(build, QStringLiteral("context"))),
                                         text(member(entry.value, QStringLiteral("image")))});
    }
    return e;
}

QList<TaskConfig> tasks(const YamlNode &list)
{
    QList<TaskConfig> result;
    for (qsizetype i = 0; list.isSequence() && i < list.size(); ++i) {
        const YamlNode run = member(list.at(i), QStringLiteral("run"));
        if (!run.isMap())
            continue;
        const Members m(run);
        TaskConfig t;
        t.name = text(m.get(QStringLiteral("name")));
        t.command = text(m.get(QStringLiteral("command")));
        t.service = text(m.get(QStringLiteral("service")));
        t.container = text(m.get(QStringLiteral("container")));
        t.shell = text(m.get(QStringLiteral("shell")));
        t.when = text(m.get(QStringLiteral("when")));
        t.weight = intValue(m.get(QStringLiteral("weight"))).value_or(0);
        t.requiresEnvironment = boolValue(m.get(QStringLiteral("requiresEnvironment")));
        t.span = span(run);
        result.append(t);
    }
    return result;
}

void applyAutogenerate(const YamlNode &node, AutogenerateConfig &a)
{
    if (const YamlNode v = member(node, QStringLiteral("enabled")); v.isValid())
        a.enabled = boolOrBoolString(v);
    if (const YamlNode v = member(node, QStringLiteral("allowPullRequests")); v.isValid())
        a.allowPullRequests = boolOrBoolString(v);
    if (const YamlNode v = member(node, QStringLiteral("tls-acme"), QStringLiteral("tlsAcme")); v.isValid())
        a.tlsAcme = boolOrBoolString(v);
    if (const YamlNode v = member(node, QStringLiteral("insecure")); v.isValid())
        a.insecure = text(v);
    if (const YamlNode v = member(node, QStringLiteral("prefixes")); v.isValid())
        a.prefixes = textList(v);
    if (const YamlNode v = member(node, QStringLiteral("ingressClass")); v.isValid())
        a.ingressClass = text(v);
    if (const YamlNode v = member(node, QStringLiteral("disableRequestVerification")); v.isValid())
        a.disableRequestVerification = boolValue(v);
    if (const YamlNode v = member(node, QStringLiteral("pathRoutes")); v.isValid())
        a.pathRoutes = pathRoutes(v);
}

} // namespace

void LagoonYmlReader::checkSchema(const YamlNode &root, const QString &file, Diagnostics &diagnostics,
                                  const QStringList &skipKeys)
{
    DiagnosticBuilder out(diagnostics, file);
    QStringList path;
    check(root, LagoonYmlSchema::root(), path, out, skipKeys);
}

void LagoonYmlReader::apply(const YamlNode &map, LagoonConfig &config)
{
    if (!map.isMap())
        return;
    if (const YamlNode v = member(map, QStringLiteral("docker-compose-yaml")); v.isValid()) {
        config.composeFile = text(v);
        config.composeFileSpan = span(v);
    }
    if (const YamlNode vars = member(map, QStringLiteral("environment_variables")); vars.isMap()) {
        if (const YamlNode v = member(vars, QStringLiteral("git_sha")); v.isValid())
            config.gitSha = boolOrBoolString(v).value_or(false);
    }
    if (const YamlNode r = member(map, QStringLiteral("routes")); r.isMap()) {
        if (const YamlNode a = member(r, QStringLiteral("autogenerate")); a.isMap())
            applyAutogenerate(a, config.autogenerate);
    }
    if (const YamlNode envs = member(map, QStringLiteral("environments")); envs.isMap()) {
        for (const YamlEntry &entry : envs.mergedEntries()) {
            EnvironmentConfig env = environment(entry.key, entry.value);
            const auto it = std::find_if(config.environments.begin(), config.environments.end(),
                                         [&env](const EnvironmentConfig &e) { return e.name == env.name; });
            if (it != config.environments.end())
                *it = env;
            else
                config.environments.append(env);
        }
    }
    if (const YamlNode pr = member(map, QStringLiteral("production_routes")); pr.isMap()) {
        if (const YamlNode active = member(pr, QStringLiteral("active")); active.isMap())
            config.activeRoutes = routes(member(active, QStringLiteral("routes")));
        if (const YamlNode standby = member(pr, QStringLiteral("standby")); standby.isMap())
            config.standbyRoutes = routes(member(standby, QStringLiteral("routes")));
    }
    if (const YamlNode t = member(map, QStringLiteral("tasks")); t.isMap()) {
        if (const YamlNode pre = member(t, QStringLiteral("pre-rollout")); pre.isValid())
            config.preRollout = tasks(pre);
        if (const YamlNode post = member(t, QStringLiteral("post-rollout")); post.isValid())
            config.postRollout = tasks(post);
    }
    if (const YamlNode r = member(map, QStringLiteral("backup-retention")); r.isMap()) {
        const YamlNode p = member(r, QStringLiteral("production"));
        BackupRetention &b = config.backupRetention;
        if (const YamlNode v = member(p, QStringLiteral("hourly")); v.isValid())
            b.hourly = intValue(v);
        if (const YamlNode v = member(p, QStringLiteral("daily")); v.isValid())
            b.daily = intValue(v);
        if (const YamlNode v = member(p, QStringLiteral("weekly")); v.isValid())
            b.weekly = intValue(v);
        if (const YamlNode v = member(p, QStringLiteral("monthly")); v.isValid())
            b.monthly = intValue(v);
    }
    if (const YamlNode s = member(map, QStringLiteral("backup-schedule")); s.isMap()) {
        if (const YamlNode p = member(s, QStringLiteral("production")); p.isValid()) {
            config.backupSchedule = text(p);
            config.backupScheduleSpan = span(p);
        }
    }
    if (const YamlNode regs = member(map, QStringLiteral("container-registries")); regs.isMap()) {
        for (const YamlEntry &entry : regs.mergedEntries()) {
            RegistryConfig reg{entry.key.scalar(), text(member(entry.value, QStringLiteral("username"))),
                               text(member(entry.value, QStringLiteral("password"))),
                               text(member(entry.value, QStringLiteral("url"))), span(entry.key)};
            const auto it = std::find_if(config.containerRegistries.begin(), config.containerRegistries.end(),
                                         [&reg](const RegistryConfig &r) { return r.name == reg.name; });
            if (it != config.containerRegistries.end())
                *it = reg;
            else
                config.containerRegistries.append(reg);
        }
    }
}

void LagoonYmlReader::mergePolysiteCronjobs(LagoonConfig &config, const LagoonConfig &topLevel)
{
    for (EnvironmentConfig &env : config.environments) {
        const EnvironmentConfig *top = topLevel.environment(env.name);
        const QList<CronjobConfig> topCrons = top ? top->cronjobs : QList<CronjobConfig>();
        if (env.cronjobs == topCrons)
            continue;
        if (env.cronjobs.isEmpty()) {
            env.cronjobs = topCrons;
            continue;
        }
        // Lagoon appends every top-level cronjob once per differently named polysite cronjob.
        const QList<CronjobConfig> own = env.cronjobs;
        for (const CronjobConfig &c1 : own) {
            for (const CronjobConfig &c2 : topCrons) {
                if (c1.name != c2.name)
                    env.cronjobs.append(c2);
            }
        }
    }
}

void LagoonYmlReader::mergeTasks(LagoonConfig &destination, const LagoonConfig &source)
{
    const auto merge = [](QList<TaskConfig> &left, const QList<TaskConfig> &right) {
        for (const TaskConfig &r : right) {
            bool append = true;
            for (TaskConfig &l : left) {
                if (l.name.isEmpty() || l.name != r.name)
                    continue;
                append = false;
                // Only values the override sets replace the original's (mergo WithOverride).
                if (!r.command.isEmpty())
                    l.command = r.command;
                if (!r.service.isEmpty())
                    l.service = r.service;
                if (!r.container.isEmpty())
                    l.container = r.container;
                if (!r.shell.isEmpty())
                    l.shell = r.shell;
                if (!r.when.isEmpty())
                    l.when = r.when;
                if (r.weight != 0)
                    l.weight = r.weight;
                if (r.requiresEnvironment.value_or(false))
                    l.requiresEnvironment = r.requiresEnvironment;
            }
            if (append)
                left.append(r);
        }
        std::stable_sort(left.begin(), left.end(), [](const TaskConfig &a, const TaskConfig &b) { return a.weight < b.weight; });
    };
    merge(destination.preRollout, source.preRollout);
    merge(destination.postRollout, source.postRollout);
}

} // namespace Lagoon
