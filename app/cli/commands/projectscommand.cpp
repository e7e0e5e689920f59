// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/projectscommand.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include "app/cli/commands/lagoonaccess.h"
#include "app/cli/commands/remoteoutput.h"
#include "core/remote/cache/lagooncache.h"

namespace Lagoon::Cli {

QString ProjectsCommand::summary() const
{
    return tr("List the Lagoon projects an account may see");
}

int ProjectsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Exit codes: 0 listed, 1 Lagoon refused or could not be reached (the last known list is printed, "
           "marked offline), 2 wrong usage."));
    parser.addHelpOption();
    const QCommandLineOption accountOption = LagoonAccess::accountOption();
    const QCommandLineOption jsonOption = LagoonAccess::jsonOption();
    parser.addOptions({accountOption, jsonOption});
    if (const auto stop = LagoonAccess::parse(parser, name(), arguments, out, err))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("projects takes no arguments; use --account to choose the account.") << Qt::endl;
        return ExitUsage;
    }

    LagoonAccess access;
    const std::optional<Account> account = access.select(parser.value(accountOption), err);
    if (!account)
        return ExitUsage;
    LagoonSession *session = access.openSession(*account);
    const Result<LagoonAnswer> answer =
        LagoonAccess::fetch(session, QStringLiteral("AllProjects"), {}, LagoonCache::projectsKey());
    if (!answer)
        return LagoonAccess::reportFailure(answer.error(), *account, err);

    QList<QJsonObject> projects;
    for (const QJsonValue &value : answer->data.value(QStringLiteral("allProjects")).toArray()) {
        if (value.isObject())
            projects.append(value.toObject());
    }
    std::sort(projects.begin(), projects.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("name")).toString() < b.value(QStringLiteral("name")).toString();
    });

    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const QJsonObject &project : std::as_const(projects)) {
            QJsonArray environments;
            for (const QJsonValue &environment : project.value(QStringLiteral("environments")).toArray())
                environments.append(environment.toObject().value(QStringLiteral("name")));
            list.append(QJsonObject{
                {QStringLiteral("id"), project.value(QStringLiteral("id"))},
                {QStringLiteral("name"), project.value(QStringLiteral("name"))},
                {QStringLiteral("gitUrl"), project.value(QStringLiteral("gitUrl"))},
                {QStringLiteral("productionEnvironment"), project.value(QStringLiteral("productionEnvironment"))},
                {QStringLiteral("environments"), environments},
            });
        }
        RemoteOutput::printJson(out, QJsonObject{{QStringLiteral("account"), account->displayName},
                                                 {QStringLiteral("offline"), answer->fromCache},
                                                 {QStringLiteral("fetchedAt"), RemoteOutput::jsonTime(answer->fetchedAt)},
                                                 {QStringLiteral("projects"), list}});
    } else {
        QList<QStringList> rows{{tr("PROJECT"), tr("PRODUCTION"), tr("ENVIRONMENTS"), tr("GIT URL")}};
        for (const QJsonObject &project : std::as_const(projects)) {
            rows.append({project.value(QStringLiteral("name")).toString(),
                         RemoteOutput::cell(project.value(QStringLiteral("productionEnvironment")).toString()),
                         QString::number(project.value(QStringLiteral("environments")).toArray().size()),
                         RemoteOutput::cell(project.value(QStringLiteral("gitUrl")).toString())});
        }
        if (projects.isEmpty())
            err << tr("This account sees no projects.") << Qt::endl;
        else
            RemoteOutput::printTable(out, rows);
    }
    if (answer->fromCache) {
        RemoteOutput::printOffline(answer->fetchedAt, *answer->error, err);
        return ExitProblems;
    }
    return ExitOk;
}

} // namespace Lagoon::Cli
