// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/commandline.h"

#include <QDir>
#include <QFileInfo>

#include "app/cli/commands/command.h"

namespace Lagoon::Cli {

QCommandLineOption CommandLine::formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), tr("Output format: text or json."), tr("FORMAT"),
                              QStringLiteral("text"));
}

void CommandLine::addCommon(QCommandLineParser &parser, const QCommandLineOption &format)
{
    parser.addHelpOption();
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder (default: the current folder)."),
                                 QStringLiteral("[DIR]"));
}

std::optional<int> CommandLine::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                      const QCommandLineOption &format, QString &folder, QTextStream &out,
                                      QTextStream &err)
{
    if (!parser.parse(QStringList{QStringLiteral("lagoon-desktop-cli ") + command} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QString formatValue = parser.value(format);
    if (formatValue != QLatin1String("text") && formatValue != QLatin1String("json")) {
        err << tr("--format must be text or json, not '%1'").arg(formatValue) << Qt::endl;
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << tr("%1 takes one folder, got %2").arg(command).arg(positional.size()) << Qt::endl;
        return ExitUsage;
    }
    folder = QDir(positional.isEmpty() ? QDir::currentPath() : positional.constFirst()).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        err << tr("The folder %1 does not exist").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace Lagoon::Cli
