// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/lagoonvalidator.h"

#include <QRegularExpression>

#include "core/lagoon/config/composerules.h"
#include "core/lagoon/config/lagoonymlrules.h"

namespace Lagoon {

Diagnostics LagoonValidator::validate(const LoadedProject &project)
{
    Diagnostics out = project.diagnostics;
    LagoonYmlRules::check(project, out);
    if (project.composeLoaded)
        ComposeRules::check(project, out);
    return out;
}

QString LagoonValidator::dns1123SubdomainError(const QString &domain)
{
    static const QRegularExpression subdomain(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    // Lagoon lower-cases first, so upper-case letters pass.
    const QString lower = domain.toLower();
    QStringList reasons;
    if (lower.size() > 253)
        reasons << QStringLiteral("must be no more than 253 characters");
    if (!subdomain.match(lower).hasMatch()) {
        reasons << QStringLiteral(
            "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and "
            "must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
            "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    }
    return reasons.isEmpty() ? QString() : QLatin1Char('[') + reasons.join(QStringLiteral(", ")) + QLatin1Char(']');
}

bool LagoonValidator::isDns1035Label(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));
    return name.size() <= 63 && label.match(name).hasMatch();
}

QString LagoonValidator::branchNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("it is empty");
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("it contains a control character");
        if (QStringLiteral(" ~^:?*[\\").contains(c))
            return tr("git does not allow '%1' in branch names").arg(c);
    }
    if (name.contains(QLatin1String("..")))
        return tr("git does not allow '..' in branch names");
    if (name.contains(QLatin1String("@{")))
        return tr("git does not allow '@{' in branch names");
    if (name.contains(QLatin1String("//")))
        return tr("git does not allow '//' in branch names");
    if (name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('/')))
        return tr("a branch name cannot start with '%1'").arg(name.front());
    if (name.endsWith(QLatin1Char('/')) || name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1String(".lock")))
        return tr("a branch name cannot end with '/', '.' or '.lock'");
    if (name == QLatin1String("@"))
        return tr("'@' alone is not a branch name");
    return {};
}

QString LagoonValidator::goQuote(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

} // namespace Lagoon
