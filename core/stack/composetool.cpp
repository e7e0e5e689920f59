// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/composetool.h"

namespace Lagoon {

QStringList ComposeTool::baseArguments() const
{
    QStringList arguments;
    if (kind == Kind::Plugin)
        arguments.append(QStringLiteral("compose"));
    if (version.isNull() || version >= QVersionNumber(1, 28))
        arguments += {QStringLiteral("--ansi"), QStringLiteral("never")};
    else
        arguments.append(QStringLiteral("--no-ansi"));
    return arguments;
}

QString ComposeTool::containerName(const QString &project, const QString &service, int number) const
{
    const QChar separator = version.majorVersion() >= 2 ? QLatin1Char('-') : QLatin1Char('_');
    return project + separator + service + separator + QString::number(number);
}

QString ComposeTool::displayName() const
{
    const QString name = kind == Kind::Plugin ? QStringLiteral("docker compose") : QStringLiteral("docker-compose");
    return version.isNull() ? name : name + QLatin1Char(' ') + version.toString();
}

} // namespace Lagoon
