// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/yamlvalues.h"

#include <algorithm>

#include <QRegularExpression>

namespace Lagoon::YamlValues {

TextSpan span(const YamlNode &node)
{
    const Yaml::Range r = node.range();
    return TextSpan{r.start.line, r.start.column, r.end.line, r.end.column};
}

bool isPlainBool(const YamlNode &node, bool *value)
{
    if (!node.isScalar() || node.style() != YamlNode::ScalarStyle::Plain)
        return false;
    // YAML 1.1 booleans, as gopkg.in/yaml.v2 (behind sigs.k8s.io/yaml) resolves them.
    static const QStringList yes = {QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"),
                                    QStringLiteral("yes"), QStringLiteral("Yes"), QStringLiteral("YES"),
                                    QStringLiteral("on"), QStringLiteral("On"), QStringLiteral("ON"),
                                    QStringLiteral("y"), QStringLiteral("Y")};
    static const QStringList no = {QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
                                   QStringLiteral("no"), QStringLiteral("No"), QStringLiteral("NO"),
                                   QStringLiteral("off"), QStringLiteral("Off"), QStringLiteral("OFF"),
                                   QStringLiteral("n"), QStringLiteral("N")};
    const QString s = node.scalar();
    if (yes.contains(s)) {
        if (value)
            *value = true;
        return true;
    }
    if (no.contains(s)) {
        if (value)
            *value = false;
        return true;
    }
    return false;
}

bool isPlainNumber(const YamlNode &node)
{
    if (!node.isScalar() || node.style() != YamlNode::ScalarStyle::Plain)
        return false;
    static const QRegularExpression number(
        QStringLiteral("^[-+]?(0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|0o?[0-7_]+|([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?|\\.(inf|Inf|INF|nan|NaN|NAN))$"));
    return number.match(node.scalar()).hasMatch();
}

bool isNullValue(const YamlNode &node)
{
    if (!node.isValid() || node.isNull())
        return true;
    if (!node.isScalar() || node.style() != YamlNode::ScalarStyle::Plain)
        return false;
    const QString s = node.scalar();
    return s.isEmpty() || s == QLatin1String("~") || s == QLatin1String("null") || s == QLatin1String("Null") ||
           s == QLatin1String("NULL");
}

QString text(const YamlNode &node)
{
    return node.isScalar() && !isNullValue(node) ? node.scalar() : QString();
}

std::optional<bool> boolValue(const YamlNode &node)
{
    bool value = false;
    if (isPlainBool(node, &value))
        return value;
    return std::nullopt;
}

std::optional<bool> boolOrBoolString(const YamlNode &node)
{
    if (const auto b = boolValue(node))
        return b;
    if (!node.isScalar())
        return std::nullopt;
    // strconv.ParseBool's accepted spellings.
    const QString s = node.scalar();
    if (s == QLatin1String("1") || s == QLatin1String("t") || s == QLatin1String("T") || s == QLatin1String("true") ||
        s == QLatin1String("TRUE") || s == QLatin1String("True"))
        return true;
    if (s == QLatin1String("0") || s == QLatin1String("f") || s == QLatin1String("F") || s == QLatin1String("false") ||
        s == QLatin1String("FALSE") || s == QLatin1String("False"))
        return false;
    return std::nullopt;
}

std::optional<int> intValue(const YamlNode &node)
{
    if (!node.isScalar() || node.style() != YamlNode::ScalarStyle::Plain)
        return std::nullopt;
    bool ok = false;
    const int v = node.scalar().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

QList<YamlEntry> entriesOf(const YamlNode &map)
{
    if (!map.isMap())
        return {};
    QList<YamlEntry> entries = map.entries();
    // Resolving merge keys costs hash sets; most maps have none.
    if (std::any_of(entries.cbegin(), entries.cend(), [](const YamlEntry &e) { return e.key.isMergeKey(); }))
        return map.mergedEntries();
    return entries;
}

Members::Members(const YamlNode &map)
    : m_entries(entriesOf(map))
{
}

YamlNode Members::get(const QString &key, const QString &alias) const
{
    return find(m_entries, key, alias);
}

YamlNode Members::find(const QList<YamlEntry> &entries, const QString &key, const QString &alias)
{
    YamlNode exact;
    YamlNode folded;
    for (const YamlEntry &entry : entries) {
        const QString k = entry.key.scalar();
        if (k == key || (!alias.isEmpty() && k == alias))
            exact = entry.value;
        else if (k.compare(key, Qt::CaseInsensitive) == 0 || (!alias.isEmpty() && k.compare(alias, Qt::CaseInsensitive) == 0))
            folded = entry.value;
    }
    // encoding/json prefers an exact match over a case-insensitive one.
    return exact.isValid() ? exact : folded;
}

YamlNode member(const YamlNode &map, const QString &key, const QString &alias)
{
    return Members::find(entriesOf(map), key, alias);
}

} // namespace Lagoon::YamlValues
