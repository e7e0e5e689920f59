// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/assist/lagoonymlassist.h"

#include <QSet>

#include "core/lagoon/assist/servicetypehelp.h"
#include "core/lagoon/assist/yamlcursorcontext.h"
#include "core/lagoon/config/crondescription.h"
#include "core/lagoon/config/lagoonymlschema.h"
#include "core/lagoon/config/servicetypes.h"

namespace Lagoon {

namespace {

using Kind = SchemaNode::Kind;

// The schema nodes whose keys are compose service names (lagoon-rules.md §3, §3.1).
struct SchemaLandmarks
{
    const SchemaNode *routeServices = nullptr; ///< `routes: - <service>:`
    const SchemaNode *types = nullptr;         ///< `types: <service>: <lagoon.type>`
    const SchemaNode *overrides = nullptr;     ///< `overrides: <service>: {...}`
    const SchemaNode *backupSchedule = nullptr;
};

const SchemaLandmarks &landmarks()
{
    static const SchemaLandmarks l = [] {
        const SchemaNode &root = LagoonYmlSchema::root();
        const SchemaNode *environment = root.field(QStringLiteral("environments"))->node->items;
        SchemaLandmarks marks;
        marks.routeServices = environment->field(QStringLiteral("routes"))->node->items;
        marks.types = environment->field(QStringLiteral("types"))->node;
        marks.overrides = environment->field(QStringLiteral("overrides"))->node;
        marks.backupSchedule = root.field(QStringLiteral("backup-schedule"))->node;
        return marks;
    }();
    return l;
}

bool keysAreServices(const SchemaNode *node)
{
    const SchemaLandmarks &l = landmarks();
    return node == l.routeServices || node == l.types || node == l.overrides;
}

bool isCollection(const SchemaNode *node)
{
    return node && (node->kind == Kind::Map || node->kind == Kind::MapOf || node->kind == Kind::List);
}

// The node under `key` of `parent`, following Lagoon's case-insensitive matching.
const SchemaNode *childOf(const SchemaNode *parent, const QString &key)
{
    if (!parent)
        return nullptr;
    switch (parent->kind) {
    case Kind::Map:
        if (const SchemaNode::Field *f = parent->field(key))
            return f->node;
        return nullptr;
    case Kind::MapOf:
    case Kind::RouteEntry: // `- example.com: {options}`
        return parent->items;
    default:
        return nullptr;
    }
}

const SchemaNode *resolve(const QList<YamlPathSegment> &path)
{
    const SchemaNode *node = &LagoonYmlSchema::root();
    for (const YamlPathSegment &segment : path) {
        node = segment.item ? (node->kind == Kind::List ? node->items : nullptr) : childOf(node, segment.key);
        if (!node)
            return nullptr;
    }
    return node;
}

// The canonical spelling of `key` in `parent`, so aliases and case variants count as present.
QString canonicalKey(const SchemaNode *parent, const QString &key)
{
    if (parent && parent->kind == Kind::Map) {
        if (const SchemaNode::Field *f = parent->field(key))
            return f->key.toLower();
    }
    return key.toLower();
}

QString keyInsertText(const QString &key, const SchemaNode *value, bool colonFollows)
{
    if (colonFollows)
        return key;
    return key + (isCollection(value) ? QLatin1String(":") : QLatin1String(": "));
}

QString keyDocumentation(const SchemaNode &node)
{
    QStringList lines;
    if (!node.description.isEmpty())
        lines << node.translatedDescription();
    if (!node.defaultValue.isEmpty())
        lines << LagoonYmlAssist::tr("Default: %1").arg(node.defaultValue);
    if (node.deprecated)
        lines << LagoonYmlAssist::tr("Deprecated: %1").arg(node.translatedDeprecation());
    return lines.join(QLatin1Char('\n'));
}

CompletionItem valueItem(const QString &value, const QString &documentation, bool quote = false)
{
    CompletionItem item;
    item.label = value;
    item.insertText = quote ? QString(QLatin1Char('"') + value + QLatin1Char('"')) : value;
    item.documentation = documentation;
    item.kind = CompletionItem::Kind::Value;
    return item;
}

QString insecureHelp(const QString &value)
{
    if (value.compare(QLatin1String("Allow"), Qt::CaseInsensitive) == 0)
        return LagoonYmlAssist::tr("Plain HTTP is served as well as HTTPS.");
    if (value.compare(QLatin1String("Redirect"), Qt::CaseInsensitive) == 0)
        return LagoonYmlAssist::tr("Plain HTTP is redirected to HTTPS.");
    if (value.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0)
        return LagoonYmlAssist::tr("Deprecated: the same as Redirect.");
    return {};
}

bool isServiceField(const QString &canonical)
{
    return canonical == QLatin1String("service") || canonical == QLatin1String("toservice") ||
           canonical == QLatin1String("fromservice");
}

bool isScheduleField(const SchemaNode *parent, const QString &canonical)
{
    return canonical == QLatin1String("schedule") ||
           (parent == landmarks().backupSchedule && canonical == QLatin1String("production"));
}

QList<CompletionItem> serviceItems(const QStringList &services, const QSet<QString> &exclude,
                                   const SchemaNode *valueNode, bool asKeys, bool colonFollows)
{
    QList<CompletionItem> items;
    for (const QString &name : services) {
        if (exclude.contains(name.toLower()))
            continue;
        CompletionItem item;
        item.label = name;
        item.insertText = asKeys ? keyInsertText(name, valueNode, colonFollows) : name;
        item.detail = LagoonYmlAssist::tr("service");
        item.documentation = LagoonYmlAssist::tr("A service in docker-compose.yml.");
        item.kind = CompletionItem::Kind::Service;
        items << item;
    }
    return items;
}

QList<CompletionItem> keyItems(const YamlCursorContext &ctx, const SchemaNode *node, const QStringList &services)
{
    QSet<QString> present;
    for (const QString &key : ctx.siblingKeys)
        present.insert(canonicalKey(node, key));

    if (keysAreServices(node))
        return serviceItems(services, present, node->items, true, ctx.colonFollows);
    if (node->kind != Kind::Map)
        return {};

    QList<CompletionItem> items;
    QList<CompletionItem> deprecated;
    for (const SchemaNode::Field &f : node->fields) {
        if (present.contains(f.key.toLower()))
            continue;
        CompletionItem item;
        item.label = f.key;
        item.insertText = keyInsertText(f.key, f.node, ctx.colonFollows);
        item.detail = f.node->kindName();
        item.documentation = keyDocumentation(*f.node);
        item.kind = CompletionItem::Kind::Key;
        (f.node->deprecated ? deprecated : items) << item;
    }
    return items + deprecated;
}

QList<CompletionItem> valueItems(const YamlCursorContext &ctx, const SchemaNode *parent, const QStringList &services)
{
    const SchemaNode *node = childOf(parent, ctx.key);
    if (!node)
        return {};
    QList<CompletionItem> items;
    if (parent == landmarks().types) {
        for (const QString &type : ServiceTypes::names()) {
            CompletionItem item = valueItem(type, ServiceTypeHelp::describe(type));
            item.detail = LagoonYmlAssist::tr("service type");
            items << item;
        }
        return items;
    }
    const QString canonical = canonicalKey(parent, ctx.key);
    if (parent->kind == Kind::Map && isServiceField(canonical))
        return serviceItems(services, {}, nullptr, false, false);
    if (canonical == QLatin1String("insecure")) {
        for (const char *value : {"Allow", "Redirect", "None"})
            items << valueItem(QString::fromLatin1(value), insecureHelp(QString::fromLatin1(value)));
        return items;
    }
    if (node->kind == Kind::Bool || node->kind == Kind::BoolString) {
        items << valueItem(QStringLiteral("true"), QString()) << valueItem(QStringLiteral("false"), QString());
        return items;
    }
    if (isScheduleField(parent, canonical)) {
        for (const char *schedule : {"M/15 * * * *", "M * * * *", "M H * * *", "M H(22-2) * * *"}) {
            const QString text = QString::fromLatin1(schedule);
            CompletionItem item = valueItem(text, CronDescription::describe(text), !ctx.quoted);
            item.detail = LagoonYmlAssist::tr("cron schedule");
            items << item;
        }
    }
    return items;
}

// What a key means, for hover: the field's own help, or for user-named keys (environments,
// services, domains) the help of the collection they are in.
QString nodeHelp(const SchemaNode *parent, const SchemaNode *node)
{
    const SchemaNode *shown = node;
    if (parent->kind == Kind::RouteEntry || (parent->kind == Kind::MapOf && !isCollection(node)))
        shown = parent;
    QStringList lines;
    if (!shown->description.isEmpty())
        lines << shown->translatedDescription();
    lines << LagoonYmlAssist::tr("Value: %1").arg(shown->kindName());
    if (!shown->defaultValue.isEmpty())
        lines << LagoonYmlAssist::tr("Default: %1").arg(shown->defaultValue);
    if (shown->deprecated)
        lines << LagoonYmlAssist::tr("Deprecated: %1").arg(shown->translatedDeprecation());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CompletionResult LagoonYmlAssist::complete(const YamlCursorContext &ctx, const QStringList &serviceNames)
{
    const SchemaNode *node = resolve(ctx.path);
    if (!node)
        return {};
    CompletionResult result;
    result.replaceStart = ctx.replaceStart;
    result.replaceEnd = ctx.replaceEnd;
    if (ctx.position == YamlCursorContext::Position::Key)
        result.items = keyItems(ctx, node, serviceNames);
    else if (ctx.position == YamlCursorContext::Position::Value)
        result.items = valueItems(ctx, node, serviceNames);
    return result;
}

HoverInfo LagoonYmlAssist::hover(const YamlCursorContext &ctx, const QByteArray &text)
{
    const SchemaNode *parent = resolve(ctx.path);
    if (!parent)
        return {};
    const YamlLine &line = ctx.line;
    if (ctx.position == YamlCursorContext::Position::Key && line.hasKey) {
        const QString key = line.key(text);
        const SchemaNode *node = childOf(parent, key);
        if (!node)
            return {};
        QList<YamlPathSegment> path = ctx.path;
        path.append(YamlPathSegment{key, false});
        return {YamlCursorContext::pathText(path), nodeHelp(parent, node), line.keyTextStart, line.keyTextEnd};
    }
    if (ctx.position != YamlCursorContext::Position::Value || ctx.replaceEnd <= ctx.replaceStart)
        return {};

    const QString value = QString::fromUtf8(text.constData() + ctx.replaceStart, ctx.replaceEnd - ctx.replaceStart);
    const QString canonical = canonicalKey(parent, ctx.key);
    QString help;
    if (parent == landmarks().types)
        help = ServiceTypeHelp::describe(value);
    else if (isScheduleField(parent, canonical) && childOf(parent, ctx.key))
        help = CronDescription::describe(value);
    else if (canonical == QLatin1String("insecure"))
        help = insecureHelp(value);
    if (help.isEmpty())
        return {};
    return {value, help, ctx.replaceStart, ctx.replaceEnd};
}

} // namespace Lagoon
