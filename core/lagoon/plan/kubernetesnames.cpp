// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/plan/kubernetesnames.h"

#include <cmath>

#include <QRegularExpression>

namespace Lagoon::KubernetesNames {

namespace {

// The texts are k8s.io/apimachinery's, because Lagoon prints them verbatim.
const QString Dns1123SubdomainMessage = QStringLiteral(
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start "
    "and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
const QString QualifiedNameMessage = QStringLiteral(
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric "
    "character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
    "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");

bool matchesWhole(const QRegularExpression &re, const QString &value)
{
    return re.match(value).hasMatch();
}

} // namespace

QStringList dns1123SubdomainErrors(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    QStringList errors;
    if (value.size() > 253)
        errors << QStringLiteral("must be no more than 253 characters");
    if (!matchesWhole(re, value))
        errors << Dns1123SubdomainMessage;
    return errors;
}

bool isDns1035Label(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));
    return value.size() <= 63 && matchesWhole(re, value);
}

bool isValidLabelValue(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));
    return value.size() <= 63 && matchesWhole(re, value);
}

std::optional<QString> qualifiedNameError(const QString &key)
{
    static const QRegularExpression nameRe(QStringLiteral("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$"));
    const QStringList parts = key.split(QLatin1Char('/'));
    QString name;
    if (parts.size() == 1) {
        name = parts.constFirst();
    } else if (parts.size() == 2) {
        if (parts.constFirst().isEmpty())
            return QStringLiteral("prefix part must be non-empty");
        const QStringList prefixErrors = dns1123SubdomainErrors(parts.constFirst());
        if (!prefixErrors.isEmpty())
            return QStringLiteral("prefix part ") + prefixErrors.constFirst();
        name = parts.at(1);
    } else {
        return QStringLiteral("a qualified name ") + QualifiedNameMessage +
               QStringLiteral(" with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
    }
    if (name.isEmpty())
        return QStringLiteral("name part must be non-empty");
    if (name.size() > 63)
        return QStringLiteral("name part must be no more than 63 characters");
    if (!matchesWhole(nameRe, name))
        return QStringLiteral("name part ") + QualifiedNameMessage;
    return std::nullopt;
}

QString goList(const QStringList &items)
{
    return QLatin1Char('[') + items.join(QLatin1Char(' ')) + QLatin1Char(']');
}

std::optional<double> quantityBytes(const QString &quantity, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$"));
    const auto fail = [error](const QString &why) -> std::optional<double> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto m = re.match(quantity);
    if (!m.hasMatch()) {
        return fail(QStringLiteral(
            "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"));
    }
    bool ok = false;
    const double number = m.captured(1).toDouble(&ok);
    if (!ok)
        return fail(QStringLiteral("unable to parse quantity's number"));
    const QString suffix = m.captured(2);
    static const std::pair<const char *, double> suffixes[] = {
        {"", 1.0},       {"Ki", 0x1p10},  {"Mi", 0x1p20},  {"Gi", 0x1p30},  {"Ti", 0x1p40},  {"Pi", 0x1p50},
        {"Ei", 0x1p60},  {"n", 1e-9},     {"u", 1e-6},     {"m", 1e-3},     {"k", 1e3},      {"M", 1e6},
        {"G", 1e9},      {"T", 1e12},     {"P", 1e15},     {"E", 1e18},
    };
    for (const auto &[name, factor] : suffixes) {
        if (suffix == QLatin1String(name))
            return number * factor;
    }
    static const QRegularExpression exponent(QStringLiteral("^[eE]([-+]?[0-9]+)$"));
    if (const auto e = exponent.match(suffix); e.hasMatch())
        return number * std::pow(10.0, e.captured(1).toDouble());
    return fail(QStringLiteral("unable to parse quantity's suffix"));
}

} // namespace Lagoon::KubernetesNames
