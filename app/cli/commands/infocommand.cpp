// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/infocommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QLocale>

#include "core/project/gitrepository.h"
#include "core/project/projectjson.h"
#include "core/project/projectscanner.h"

namespace Lagoon::Cli {

QString InfoCommand::summary() const
{
    return tr("Show the project in a folder: its Lagoon files and git state");
}

int InfoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder (default: the current folder)."),
                                 QStringLiteral("[DIR]"));
    if (!parser.parse(QStringList{QStringLiteral("lagoon-desktop-cli info")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << tr("info takes one folder, got %1").arg(positional.size()) << Qt::endl;
        return ExitUsage;
    }
    const QString folder = positional.isEmpty() ? QDir::currentPath() : positional.constFirst();

    const auto files = ProjectScanner::scan(folder);
    if (!files) {
        err << files.error().message << Qt::endl;
        return ExitUsage;
    }
    const auto git = GitRepository::inspect(files->root);

    if (parser.isSet(json)) {
        QJsonObject document = ProjectJson::toJson(*files);
        if (git) {
            document.insert(QStringLiteral("git"), ProjectJson::toJson(*git));
        } else {
            document.insert(QStringLiteral("git"), QJsonObject{{QStringLiteral("error"), git.error().message},
                                                               {QStringLiteral("detail"), git.error().detail}});
        }
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        printText(out, *files, git ? *git : GitState{}, git ? nullptr : &git.error());
    }
    return hasErrors(files->problems) ? ExitProblems : ExitOk;
}

void InfoCommand::printText(QTextStream &out, const ProjectFiles &files, const GitState &git, const Error *gitError)
{
    const QLocale locale;
    const auto row = [&out](const QString &label, const QString &value) {
        out << QStringLiteral("  %1 %2").arg(label, -12).arg(value) << Qt::endl;
    };

    out << tr("Project") << QLatin1Char(' ')
        << (files.projectName.isEmpty() ? QDir(files.root).dirName() : files.projectName) << Qt::endl;
    row(tr("Folder"), QDir::toNativeSeparators(files.root));

    out << Qt::endl << tr("Files") << Qt::endl;
    for (const ProjectFile &f : files.files) {
        const QString mark = f.exists ? QStringLiteral("ok") : (f.required ? tr("MISSING") : tr("absent"));
        QString note = roleText(f.role);
        if (f.role == ProjectFile::Role::Compose && files.composeSource == QLatin1String("default"))
            note += tr(" (default name)");
        out << QStringLiteral("  %1 %2 %3").arg(mark, -8).arg(f.relativePath, -28).arg(note);
        if (f.exists)
            out << QStringLiteral(", ") << locale.formattedDataSize(f.size);
        out << Qt::endl;
    }

    out << Qt::endl << tr("Git") << Qt::endl;
    if (gitError) {
        row(tr("Error"), gitError->message + (gitError->detail.isEmpty() ? QString() : QStringLiteral(": ") + gitError->detail));
    } else if (!git.isRepository) {
        row(tr("Repository"), tr("none: this folder is not in a git repository"));
    } else {
        row(tr("Repository"), QDir::toNativeSeparators(git.root));
        if (git.detached) {
            row(tr("Branch"), tr("detached HEAD"));
        } else if (git.hasUpstream()) {
            row(tr("Branch"), tr("%1, tracking %2: %n ahead", nullptr, git.ahead).arg(git.branch, git.upstream) +
                                  tr(", %n behind", nullptr, git.behind));
        } else {
            row(tr("Branch"), tr("%1 (no upstream)").arg(git.branch));
        }
        if (git.unborn) {
            row(tr("HEAD"), tr("no commits yet"));
        } else {
            row(tr("HEAD"), QStringLiteral("%1 %2").arg(git.head.shortSha(), git.head.subject));
            row(QString(), tr("%1, %2").arg(git.head.authorName, locale.toString(git.head.time, QLocale::ShortFormat)));
        }
        if (git.isDirty()) {
            row(tr("Changes"), tr("%n changed file(s)", nullptr, static_cast<int>(git.changes.size())) +
                                   tr(", %n untracked", nullptr, git.untrackedCount()));
        } else {
            row(tr("Changes"), tr("none, the working tree is clean"));
        }
        for (const GitRemote &remote : git.remotes)
            row(tr("Remote"), QStringLiteral("%1  %2").arg(remote.name, remote.url));
    }

    if (!files.problems.isEmpty()) {
        out << Qt::endl << tr("Problems") << Qt::endl;
        for (const Diagnostic &d : files.problems) {
            QString position = d.file;
            if (d.line > 0)
                position += QStringLiteral(":%1:%2").arg(d.line).arg(d.column);
            out << QStringLiteral("  %1: %2: %3 [%4]").arg(position, severityId(d.severity), d.message, d.ruleId)
                << Qt::endl;
            if (!d.hint.isEmpty())
                out << QStringLiteral("      ") << d.hint << Qt::endl;
        }
    }
}

} // namespace Lagoon::Cli
