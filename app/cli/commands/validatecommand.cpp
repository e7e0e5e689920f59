// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/validatecommand.h"
#include "app/cli/commands/commandline.h"
#include "app/cli/commands/planoptions.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/lagoon/config/lagoonvalidator.h"
#include "core/lagoon/plan/deployplanner.h"
#include "core/project/projectjson.h"

namespace Lagoon::Cli {

QString ValidateCommand::summary() const
{
    return tr("Check .lagoon.yml and the compose file against Lagoon's rules");
}

Diagnostics ValidateCommand::mergeProblems(const Diagnostics &validation, const Diagnostics &plan)
{
    // The planner re-checks some of what the validator checks; one finding per place is enough.
    Diagnostics merged = validation;
    for (const Diagnostic &p : plan) {
        const bool known = std::any_of(validation.cbegin(), validation.cend(), [&p](const Diagnostic &v) {
            return v.file == p.file && ((v.line == p.line && v.column == p.column) || v.message == p.message);
        });
        if (!known)
            merged.append(p);
    }
    return merged;
}

QString ValidateCommand::formatLine(const Diagnostic &d)
{
    QString position = d.file;
    if (d.line > 0)
        position += QStringLiteral(":%1:%2").arg(d.line).arg(d.column);
    return QStringLiteral("%1: %2: %3 [%4]").arg(position, severityId(d.severity), d.message, d.ruleId);
}

int ValidateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption format = CommandLine::formatOption();
    CommandLine::addCommon(parser, format);
    const QCommandLineOption strict(QStringLiteral("strict"), tr("Exit with 1 on warnings too."));
    const QCommandLineOption lagoonYml(QStringLiteral("lagoon-yml"), tr("The Lagoon file, relative to DIR."), tr("FILE"),
                                       QStringLiteral(".lagoon.yml"));
    parser.addOptions({strict, lagoonYml});
    // With an environment, the checks Lagoon makes while planning that environment run too.
    const PlanOptions planOptions;
    planOptions.addTo(parser);
    QString folder;
    if (const auto stop = CommandLine::parse(parser, QStringLiteral("validate"), arguments, format, folder, out, err))
        return *stop;
    const QString formatValue = parser.value(format);
    LoadOptions options;
    options.lagoonYml = parser.value(lagoonYml);
    if (!QFileInfo(QDir(folder).filePath(options.lagoonYml)).isFile()) {
        err << tr("There is no %1 in %2").arg(options.lagoonYml, folder) << Qt::endl;
        return ExitUsage;
    }
    LoadedProject loaded;
    PlanInput input;
    if (const auto problem = planOptions.resolve(parser, folder, options, loaded, input)) {
        err << *problem << Qt::endl;
        return ExitUsage;
    }
    Diagnostics diagnostics = LagoonValidator::validate(loaded);
    if (planOptions.environmentRequested(parser))
        diagnostics = mergeProblems(diagnostics, DeployPlanner::plan(loaded.config, loaded.compose, input).problems);
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });

    const auto count = [&diagnostics](Diagnostic::Severity s) {
        return static_cast<int>(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                                              [s](const Diagnostic &d) { return d.severity == s; }));
    };
    const int errors = count(Diagnostic::Severity::Error);
    const int warnings = count(Diagnostic::Severity::Warning);

    if (formatValue == QLatin1String("json")) {
        QJsonArray array;
        for (const Diagnostic &d : diagnostics)
            array.append(ProjectJson::toJson(d));
        out << QJsonDocument(QJsonObject{{QStringLiteral("root"), loaded.root},
                                         {QStringLiteral("errors"), errors},
                                         {QStringLiteral("warnings"), warnings},
                                         {QStringLiteral("diagnostics"), array}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const Diagnostic &d : diagnostics) {
            out << formatLine(d) << Qt::endl;
            if (!d.hint.isEmpty())
                out << QStringLiteral("    ") << d.hint << Qt::endl;
        }
        out << tr("%1, %2", "error count, warning count")
                   .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings))
            << Qt::endl;
    }
    if (errors > 0 || (parser.isSet(strict) && warnings > 0))
        return ExitProblems;
    return ExitOk;
}

} // namespace Lagoon::Cli
