// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/editcommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "app/cli/commands/validatecommand.h"
#include "core/lagoon/config/editcheck.h"
#include "core/yaml/edit/yamleditor.h"

namespace Lagoon::Cli {

QString EditCommand::summary() const
{
    return m_mode == Mode::Set ? tr("Set a value in a YAML file, keeping its comments and formatting")
                               : tr("Remove a key or list item from a YAML file, keeping the rest as written");
}

int EditCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const bool set = m_mode == Mode::Set;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + tr("PATH names the value: keys separated by dots, list items by index or by name in brackets, "
             "e.g. environments.main.cronjobs[drush cron].schedule or tasks.post-rollout[0].run.command. "
             "Keys with dots go in quotes: services.nginx.labels[\"lagoon.type\"]. A VALUE that starts with "
             "'-' goes after '--': set FILE PATH -- -1."));
    parser.addHelpOption();
    const QCommandLineOption force(QStringLiteral("force"), tr("Write the file even if the edit adds errors."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print the edited file instead of writing it."));
    const QCommandLineOption string(QStringLiteral("string"),
                                    tr("Write VALUE as a string (quoted if needed) instead of reading it as YAML."));
    parser.addOptions({force, dryRun});
    if (set)
        parser.addOption(string);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The YAML file to edit."));
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Where the value is."));
    if (set)
        parser.addPositionalArgument(QStringLiteral("VALUE"), tr("The new value, read as YAML (7, true, text, [a, b], {k: v}); text that is not YAML is "
                                                        "written as a string."));

    if (!parser.parse(QStringList{QStringLiteral("lagoon-desktop-cli ") + name()} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const int wanted = set ? 3 : 2;
    if (positional.size() != wanted) {
        err << (set ? tr("Usage: lagoon-desktop-cli set FILE PATH VALUE [--string] [--force] [--dry-run]")
                    : tr("Usage: lagoon-desktop-cli unset FILE PATH [--force] [--dry-run]"))
            << Qt::endl;
        return ExitUsage;
    }
    const QString file = positional.at(0);
    const auto path = YamlPath::parse(positional.at(1));
    if (!path) {
        err << path.error().message << Qt::endl;
        return ExitUsage;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(file, f.errorString()) << Qt::endl;
        return ExitUsage;
    }
    const QByteArray before = f.readAll();
    f.close();

    const YamlEditor editor(YamlDocument::parse(before, QFileInfo(file).fileName()));
    Result<YamlPatch> patch;
    if (set) {
        // Text that is not YAML on its own (a cron schedule such as */30 * * * *) is meant as a string.
        const Result<YamlValue> parsed = YamlValue::fromYaml(positional.at(2));
        const YamlValue value = parser.isSet(string) || !parsed ? YamlValue::string(positional.at(2)) : *parsed;
        patch = editor.set(*path, value);
    } else {
        patch = editor.remove(*path);
        if (!patch && patch.error().code == Error::Code::NotFound) {
            // Like `yq -i 'del(...)'`: removing what is not there is done already.
            err << tr("%1: nothing to remove: %2").arg(file, patch.error().message) << Qt::endl;
            if (parser.isSet(dryRun))
                out << QString::fromUtf8(before);
            return ExitOk;
        }
    }
    if (!patch) {
        err << file << QLatin1String(": ") << patch.error().message << Qt::endl;
        return ExitUsage;
    }
    const QByteArray after = patch->applyTo(before);

    const EditCheckResult check = EditCheck::check(file, before, after);
    if (!check.introduced.isEmpty()) {
        for (const Diagnostic &d : check.introduced)
            err << ValidateCommand::formatLine(d) << Qt::endl;
        if (!parser.isSet(force)) {
            err << tr("%1 was not changed: the edit would add %n error(s). Use --force to write it anyway.", nullptr,
                      int(check.introduced.size()))
                       .arg(file)
                << Qt::endl;
            return ExitProblems;
        }
    }
    if (parser.isSet(dryRun)) {
        out << QString::fromUtf8(after);
        return ExitOk;
    }
    if (after == before)
        return ExitOk;
    QSaveFile save(file);
    if (!save.open(QIODevice::WriteOnly) || save.write(after) != after.size() || !save.commit()) {
        err << tr("Cannot write %1: %2").arg(file, save.errorString()) << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace Lagoon::Cli
