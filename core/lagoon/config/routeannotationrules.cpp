// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/routeannotationrules.h"

#include <QRegularExpression>
#include <QStringList>

namespace Lagoon {

namespace {

const QLatin1String Prefix("nginx.ingress.kubernetes.io/");

bool isRestricted(const QString &name)
{
    static const QStringList restricted = {
        QStringLiteral("nginx.ingress.kubernetes.io/auth-snippet"),
        QStringLiteral("nginx.ingress.kubernetes.io/modsecurity-snippet"),
        QStringLiteral("nginx.ingress.kubernetes.io/stream-snippet"),
        QStringLiteral("nginx.ingress.kubernetes.io/use-regex"),
    };
    return restricted.contains(name);
}

bool isCheckedSnippet(const QString &name)
{
    return name == Prefix + QLatin1String("server-snippet") || name == Prefix + QLatin1String("configuration-snippet");
}

// The allow-list, with the same alternatives lagoon-linter accepts on one line.
const QRegularExpression &allowedSnippetLine()
{
    static const QRegularExpression re(QStringLiteral(
        "^(rewrite +[^; ]+ +[^; ]+( (last|break|redirect|permanent))?;|"
        "add_header +([^; ]+|\"[^\"]+\"|'[^']+') +([^; ]+|\"[^\"]+\"|'[^']+')( always)?;|"
        "set_real_ip_from +[^; ]+;|"
        "more_set_headers +(-s +(\"[^\"]+\"|'[^']+')|-t +(\"[^\"]+\"|'[^']+')|(\"[^\"]+\"|'[^']+'))+;|"
        " )+$"));
    return re;
}

} // namespace

std::optional<QString> RouteAnnotationRules::violation(const QString &name, const QString &value)
{
    if (isRestricted(name))
        return QStringLiteral("this annotation is restricted");
    if (!isCheckedSnippet(name))
        return std::nullopt;
    for (const QString &raw : value.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !allowedSnippetLine().match(line).hasMatch())
            return line;
    }
    return std::nullopt;
}

QString RouteAnnotationRules::lintMessage(const QString &scope, const QString &annotation, const QString &service,
                                          const QString &domain, const QString &detail)
{
    return QStringLiteral("failed validation: %1: invalid %2 annotation on route %3, ingress %4: %5")
        .arg(scope, annotation, service, domain, detail);
}

} // namespace Lagoon
