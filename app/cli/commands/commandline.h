// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Lagoon::Cli {

/** The argument handling every project command shares: parsing, --help, --format and DIR. */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::CommandLine)

public:
    /** Adds --help, --format text|json and the optional DIR argument. */
    static void addCommon(QCommandLineParser &parser, const QCommandLineOption &format);
    static QCommandLineOption formatOption();

    /**
     * Parses `arguments` for `command`. Returns an exit code when the command should stop now
     * (usage error, or --help printed), else nullopt and `folder` holds DIR made absolute.
     */
    static std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                    const QCommandLineOption &format, QString &folder, QTextStream &out,
                                    QTextStream &err);
};

} // namespace Lagoon::Cli
