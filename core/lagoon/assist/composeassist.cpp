// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/assist/composeassist.h"

#include <QSet>

#include "core/lagoon/assist/composevocabulary.h"
#include "core/lagoon/assist/servicetypehelp.h"
#include "core/lagoon/assist/yamlcursorcontext.h"
#include "core/lagoon/config/servicetypes.h"

namespace Lagoon {

namespace {

using Scope = ComposeVocabulary::Scope;

enum class Place
{
    Other,
    Root,
    Service,       ///< services.<name>
    Build,         ///< services.<name>.build
    Labels,        ///< services.<name>.labels (map form)
    LabelItem,     ///< services.<name>.labels[] (list form, `- lagoon.type=nginx`)
    DependsOn,     ///< services.<name>.depends_on (map form)
    DependsOnItem, ///< services.<name>.depends_on[]
    Volume,        ///< volumes.<name>
    VolumeLabels,
    VolumeLabelItem,
};

struct Where
{
    Place place = Place::Other;
    QString service; ///< the service the cursor is in, if any
};

Where classify(const QList<YamlPathSegment> &path)
{
    const qsizetype n = path.size();
    if (n == 0)
        return {Place::Root, {}};
    for (qsizetype i = 0; i < std::min<qsizetype>(n, 3); ++i) {
        if (path.at(i).item)
            return {};
    }
    const QString &top = path.at(0).key;
    const bool itemLast = n == 4 && path.at(3).item;
    if (top == QLatin1String("services") && n >= 2) {
        const QString service = path.at(1).key;
        if (n == 2)
            return {Place::Service, service};
        const QString &section = path.at(2).key;
        if (section == QLatin1String("build") && n == 3)
            return {Place::Build, service};
        if (section == QLatin1String("labels") && (n == 3 || itemLast))
            return {n == 3 ? Place::Labels : Place::LabelItem, service};
        if (section == QLatin1String("depends_on") && (n == 3 || itemLast))
            return {n == 3 ? Place::DependsOn : Place::DependsOnItem, service};
    } else if (top == QLatin1String("volumes") && n >= 2) {
        if (n == 2)
            return {Place::Volume, {}};
        if (path.at(2).key == QLatin1String("labels") && (n == 3 || itemLast))
            return {n == 3 ? Place::VolumeLabels : Place::VolumeLabelItem, {}};
    }
    return {};
}

Scope labelScope(Place place)
{
    return place == Place::VolumeLabels || place == Place::VolumeLabelItem ? Scope::VolumeLabels : Scope::ServiceLabels;
}

CompletionItem serviceItem(const QString &name, const QString &insertText)
{
    CompletionItem item;
    item.label = name;
    item.insertText = insertText;
    item.detail = ComposeAssist::tr("service");
    item.documentation = ComposeAssist::tr("A service in this file.");
    item.kind = CompletionItem::Kind::Service;
    return item;
}

QList<CompletionItem> serviceItems(const QStringList &services, const QString &current, const QStringList &present,
                                   const QString &suffix)
{
    QList<CompletionItem> items;
    for (const QString &name : services) {
        if (name != current && !present.contains(name))
            items << serviceItem(name, name + suffix);
    }
    return items;
}

QList<CompletionItem> termItems(Scope scope, const QStringList &present, const QString &separator,
                                bool separatorFollows)
{
    QList<CompletionItem> items;
    for (const ComposeTerm &term : ComposeVocabulary::terms(scope)) {
        if (present.contains(term.key))
            continue;
        CompletionItem item;
        item.label = term.key;
        item.insertText = term.insertText;
        // A pattern such as lagoon.volumes.<volume>.path stops where the user has to type.
        if (!separatorFollows && term.insertText == term.key)
            item.insertText += term.collection && separator == QLatin1String(": ") ? QStringLiteral(":") : separator;
        item.detail = scope == Scope::ServiceLabels || scope == Scope::VolumeLabels ? ComposeAssist::tr("Lagoon label")
                                                                                    : ComposeAssist::tr("compose key");
        item.documentation = term.description;
        item.kind = CompletionItem::Kind::Key;
        items << item;
    }
    return items;
}

QList<CompletionItem> labelValues(const ComposeTerm &term, const Where &where, const QStringList &services,
                                  bool quoteStrings)
{
    QList<CompletionItem> items;
    const auto value = [&items](const QString &text, const QString &insert, const QString &documentation) {
        CompletionItem item;
        item.label = text;
        item.insertText = insert;
        item.documentation = documentation;
        item.kind = CompletionItem::Kind::Value;
        items << item;
    };
    // Compose labels are strings: a bare true would be a YAML boolean there.
    const auto quoted = [quoteStrings](const QString &s) -> QString {
        return quoteStrings ? QLatin1Char('"') + s + QLatin1Char('"') : s;
    };
    switch (term.values) {
    case ComposeTerm::Values::ServiceType:
        for (const QString &type : ServiceTypes::names()) {
            value(type, type, ServiceTypeHelp::describe(type));
            items.last().detail = ComposeAssist::tr("service type");
        }
        break;
    case ComposeTerm::Values::Service:
        return serviceItems(services, where.service, {}, QString());
    case ComposeTerm::Values::Bool:
        value(QStringLiteral("true"), quoted(QStringLiteral("true")), QString());
        value(QStringLiteral("false"), quoted(QStringLiteral("false")), QString());
        break;
    case ComposeTerm::Values::DbaasEnvironment:
        value(QStringLiteral("production"), QStringLiteral("production"), QString());
        value(QStringLiteral("development"), QStringLiteral("development"), QString());
        break;
    case ComposeTerm::Values::Size:
        for (const char *size : {"5Gi", "10Gi", "20Gi", "50Gi"})
            value(QString::fromLatin1(size), QString::fromLatin1(size), QString());
        break;
    case ComposeTerm::Values::PersistentVolumeType:
        value(QStringLiteral("persistent"), QStringLiteral("persistent"), term.description);
        break;
    case ComposeTerm::Values::None:
        break;
    }
    return items;
}

// A list-form label `- lagoon.type=nginx`: the line's content split at '='.
struct LabelItemText
{
    qsizetype start = 0; ///< after an opening quote
    qsizetype end = 0;   ///< before a closing quote
    qsizetype equals = -1;
    QString name;
    QString value;
};

LabelItemText labelItemText(const YamlLine &line, const QByteArray &text)
{
    LabelItemText t;
    t.start = line.contentStart;
    t.end = line.contentEnd;
    const char *d = text.constData();
    if (t.end > t.start && (d[t.start] == '"' || d[t.start] == '\'')) {
        const char quote = d[t.start];
        ++t.start;
        if (t.end > t.start && d[t.end - 1] == quote)
            --t.end;
    }
    for (qsizetype p = t.start; p < t.end; ++p) {
        if (d[p] == '=') {
            t.equals = p;
            break;
        }
    }
    const qsizetype nameEnd = t.equals < 0 ? t.end : t.equals;
    t.name = QString::fromUtf8(d + t.start, nameEnd - t.start);
    if (t.equals >= 0)
        t.value = QString::fromUtf8(d + t.equals + 1, t.end - t.equals - 1);
    return t;
}

QStringList presentLabelNames(const QStringList &items)
{
    QStringList names;
    for (const QString &item : items)
        names << item.section(QLatin1Char('='), 0, 0);
    return names;
}

CompletionResult completeLabelItem(const YamlCursorContext &ctx, const Where &where, const QByteArray &text,
                                   qsizetype offset, const QStringList &services)
{
    if (ctx.line.hasKey)
        return {}; // `- key: value` is not a label
    const LabelItemText item = labelItemText(ctx.line, text);
    CompletionResult result;
    if (item.equals >= 0 && offset > item.equals) {
        const auto term = ComposeVocabulary::find(labelScope(where.place), item.name);
        if (!term)
            return {};
        result.replaceStart = item.equals + 1;
        result.replaceEnd = std::max(item.end, offset);
        result.items = labelValues(*term, where, services, false);
        return result;
    }
    result.replaceStart = std::min(item.start, offset);
    result.replaceEnd = item.equals >= 0 ? item.equals : std::max(item.end, offset);
    result.items =
        termItems(labelScope(where.place), presentLabelNames(ctx.siblingItems), QStringLiteral("="), item.equals >= 0);
    return result;
}

} // namespace

CompletionResult ComposeAssist::complete(const YamlCursorContext &ctx, const QByteArray &text, qsizetype offset,
                                         const QStringList &serviceNames)
{
    const Where where = classify(ctx.path);
    CompletionResult result;
    result.replaceStart = ctx.replaceStart;
    result.replaceEnd = ctx.replaceEnd;
    const QString keySeparator = QStringLiteral(": ");

    if (ctx.position == YamlCursorContext::Position::Key) {
        switch (where.place) {
        case Place::Root:
            result.items = termItems(Scope::Root, ctx.siblingKeys, keySeparator, ctx.colonFollows);
            break;
        case Place::Service:
            result.items = termItems(Scope::Service, ctx.siblingKeys, keySeparator, ctx.colonFollows);
            break;
        case Place::Build:
            result.items = termItems(Scope::Build, ctx.siblingKeys, keySeparator, ctx.colonFollows);
            break;
        case Place::Volume:
            result.items = termItems(Scope::Volume, ctx.siblingKeys, keySeparator, ctx.colonFollows);
            break;
        case Place::Labels:
        case Place::VolumeLabels:
            result.items = termItems(labelScope(where.place), ctx.siblingKeys, keySeparator, ctx.colonFollows);
            break;
        case Place::LabelItem:
        case Place::VolumeLabelItem:
            return completeLabelItem(ctx, where, text, offset, serviceNames);
        case Place::DependsOn:
            result.items = serviceItems(serviceNames, where.service, ctx.siblingKeys,
                                        ctx.colonFollows ? QString() : QStringLiteral(":"));
            break;
        case Place::DependsOnItem:
            if (!ctx.line.hasKey)
                result.items = serviceItems(serviceNames, where.service, ctx.siblingItems, QString());
            break;
        case Place::Other:
            break;
        }
    } else if (ctx.position == YamlCursorContext::Position::Value &&
               (where.place == Place::Labels || where.place == Place::VolumeLabels)) {
        if (const auto term = ComposeVocabulary::find(labelScope(where.place), ctx.key))
            result.items = labelValues(*term, where, serviceNames, !ctx.quoted);
    }
    return result;
}

HoverInfo ComposeAssist::hover(const YamlCursorContext &ctx, const QByteArray &text, qsizetype offset)
{
    const Where where = classify(ctx.path);
    const YamlLine &line = ctx.line;
    const auto typeHelp = [](const QString &type, qsizetype start, qsizetype end) -> HoverInfo {
        const QString help = ServiceTypeHelp::describe(type);
        return help.isEmpty() ? HoverInfo() : HoverInfo{type, help, start, end};
    };

    if (where.place == Place::LabelItem || where.place == Place::VolumeLabelItem) {
        if (line.hasKey || ctx.position != YamlCursorContext::Position::Key)
            return {};
        const LabelItemText item = labelItemText(line, text);
        const auto term = ComposeVocabulary::find(labelScope(where.place), item.name);
        if (!term)
            return {};
        if (item.equals >= 0 && offset > item.equals) {
            if (term->values == ComposeTerm::Values::ServiceType)
                return typeHelp(item.value, item.equals + 1, item.end);
            return {};
        }
        return {item.name, term->description, item.start, item.equals >= 0 ? item.equals : item.end};
    }

    if (ctx.position == YamlCursorContext::Position::Key && line.hasKey) {
        Scope scope = Scope::Root;
        switch (where.place) {
        case Place::Root:
            scope = Scope::Root;
            break;
        case Place::Service:
            scope = Scope::Service;
            break;
        case Place::Build:
            scope = Scope::Build;
            break;
        case Place::Volume:
            scope = Scope::Volume;
            break;
        case Place::Labels:
        case Place::VolumeLabels:
            scope = labelScope(where.place);
            break;
        default:
            return {};
        }
        const QString key = line.key(text);
        const auto term = ComposeVocabulary::find(scope, key);
        if (!term)
            return {};
        const bool label = scope == Scope::ServiceLabels || scope == Scope::VolumeLabels;
        QList<YamlPathSegment> path = ctx.path;
        path.append(YamlPathSegment{key, false});
        return {label ? key : YamlCursorContext::pathText(path), term->description, line.keyTextStart, line.keyTextEnd};
    }

    if (ctx.position == YamlCursorContext::Position::Value && where.place == Place::Labels &&
        ctx.key == QLatin1String("lagoon.type") && ctx.replaceEnd > ctx.replaceStart) {
        const QString value = QString::fromUtf8(text.constData() + ctx.replaceStart, ctx.replaceEnd - ctx.replaceStart);
        return typeHelp(value, ctx.replaceStart, ctx.replaceEnd);
    }
    return {};
}

} // namespace Lagoon
