// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/deploymentscommand.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include "app/cli/commands/environmentscommand.h"
#include "app/cli/commands/lagoonaccess.h"
#include "app/cli/commands/remoteoutput.h"
#include "core/remote/cache/lagooncache.h"
#include "core/remote/lagoonapiclient.h"

namespace Lagoon::Cli {

namespace {

constexpr int DefaultLimit = 20;

QList<LagoonDeployment> deploymentsFrom(const QJsonArray &array, qsizetype limit)
{
    QList<LagoonDeployment> list;
    for (const QJsonValue &value : array) {
        if (list.size() >= limit)
            break;
        if (auto deployment = LagoonDeployment::fromJson(value.toObject()))
            list.append(*deployment);
    }
    return list;
}

QJsonObject deploymentJson(const LagoonDeployment &d, const QDateTime &now)
{
    const qint64 seconds = RemoteOutput::seconds(d.started, d.completed, now);
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("status"), d.status},
        {QStringLiteral("buildStep"), d.buildStep.isEmpty() ? QJsonValue() : QJsonValue(d.buildStep)},
        {QStringLiteral("created"), RemoteOutput::jsonTime(RemoteOutput::parseLagoonDate(d.created))},
        {QStringLiteral("started"), RemoteOutput::jsonTime(RemoteOutput::parseLagoonDate(d.started))},
        {QStringLiteral("completed"), RemoteOutput::jsonTime(RemoteOutput::parseLagoonDate(d.completed))},
        {QStringLiteral("durationSeconds"), seconds < 0 ? QJsonValue() : QJsonValue(seconds)},
        {QStringLiteral("sourceUser"), d.sourceUser},
        {QStringLiteral("sourceType"), d.sourceType},
    };
}

} // namespace

QString DeploymentsCommand::summary() const
{
    return tr("List an environment's deployments: status, build step, start and duration");
}

void DeploymentsCommand::print(const QList<LagoonDeployment> &deployments, bool json, const QJsonObject &header,
                               QTextStream &out, QTextStream &err)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (json) {
        QJsonArray list;
        for (const LagoonDeployment &d : deployments)
            list.append(deploymentJson(d, now));
        QJsonObject document = header;
        document.insert(QStringLiteral("deployments"), list);
        RemoteOutput::printJson(out, document);
        return;
    }
    if (deployments.isEmpty()) {
        err << tr("The environment has no deployments yet.") << Qt::endl;
        return;
    }
    QList<QStringList> rows{{tr("DEPLOYMENT"), tr("STATUS"), tr("STEP"), tr("STARTED"), tr("DURATION")}};
    for (const LagoonDeployment &d : deployments) {
        const qint64 seconds = RemoteOutput::seconds(d.started, d.completed, now);
        rows.append({d.name, RemoteOutput::cell(d.status), RemoteOutput::cell(d.buildStep),
                     RemoteOutput::localTime(RemoteOutput::parseLagoonDate(d.started)),
                     RemoteOutput::cell(RemoteOutput::duration(seconds))});
    }
    RemoteOutput::printTable(out, rows);
}

int DeploymentsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Exit codes: 0 listed, 1 no such project or environment, or Lagoon refused or could not be reached "
           "(the last known list is printed, marked offline), 2 wrong usage."));
    parser.addHelpOption();
    const QCommandLineOption accountOption = LagoonAccess::accountOption();
    const QCommandLineOption jsonOption = LagoonAccess::jsonOption();
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("At most N deployments, newest first (default 20)."),
                                         tr("N"), QString::number(DefaultLimit));
    parser.addOptions({accountOption, jsonOption, limitOption});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The Lagoon project."));
    parser.addPositionalArgument(QStringLiteral("ENVIRONMENT"), tr("The environment (its name, e.g. main)."));
    if (const auto stop = LagoonAccess::parse(parser, name(), arguments, out, err))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << tr("Usage: lagoon-desktop-cli deployments PROJECT ENVIRONMENT [--limit N] [--account NAME] [--json]")
            << Qt::endl;
        return ExitUsage;
    }
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 1) {
        err << tr("--limit takes a number of deployments (1 or more), not '%1'").arg(parser.value(limitOption))
            << Qt::endl;
        return ExitUsage;
    }
    const QString projectName = positional.at(0);
    const QString environmentName = positional.at(1);

    LagoonAccess access;
    const std::optional<Account> account = access.select(parser.value(accountOption), err);
    if (!account)
        return ExitUsage;
    LagoonSession *session = access.openSession(*account);
    // The deployments query wants the environment's id, which the project's answer holds.
    const Result<LagoonAnswer> projectAnswer =
        LagoonAccess::fetch(session, QStringLiteral("ProjectEnvironments"), {{QStringLiteral("name"), projectName}},
                            LagoonCache::projectKey(projectName));
    if (!projectAnswer)
        return LagoonAccess::reportFailure(projectAnswer.error(), *account, err);
    const QJsonObject project = projectAnswer->data.value(QStringLiteral("projectByName")).toObject();
    if (project.isEmpty()) {
        err << tr("Lagoon has no project %1, or this account may not see it.").arg(projectName) << Qt::endl;
        return ExitProblems;
    }
    QJsonObject environment;
    for (const QJsonValue &value : project.value(QStringLiteral("environments")).toArray()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == environmentName)
            environment = value.toObject();
    }
    if (environment.isEmpty()) {
        err << tr("The project %1 has no environment %2.").arg(projectName, environmentName) << Qt::endl;
        return ExitProblems;
    }
    const int environmentId = environment.value(QStringLiteral("id")).toInt();
    QJsonObject header{{QStringLiteral("account"), account->displayName},
                       {QStringLiteral("project"), projectName},
                       {QStringLiteral("environment"), environmentName},
                       {QStringLiteral("namespace"), EnvironmentsCommand::namespaceOf(environment)}};

    const auto printCached = [&](const Error &why) {
        const std::optional<LagoonCacheEntry> cached = session->cache()->read(LagoonCache::deploymentsKey(environmentId));
        if (!cached) {
            LagoonAccess::printError(why, err);
            return ExitProblems;
        }
        header.insert(QStringLiteral("offline"), true);
        header.insert(QStringLiteral("fetchedAt"), RemoteOutput::jsonTime(cached->fetchedAt));
        print(deploymentsFrom(cached->data.toArray(), limit), parser.isSet(jsonOption), header, out, err);
        RemoteOutput::printOffline(cached->fetchedAt, why, err);
        return ExitProblems;
    };
    if (projectAnswer->fromCache)
        return printCached(*projectAnswer->error);

    const Result<QJsonObject> data = waitForResult<Result<QJsonObject>>([&](QObject *context, auto done) {
        session->api()->run(QStringLiteral("EnvironmentDeployments"),
                            {{QStringLiteral("environment"), environmentId}, {QStringLiteral("limit"), limit}}, context,
                            done);
    });
    if (!data) {
        session->noteFailure(data.error());
        if (LagoonSession::isUnreachable(data.error()))
            return printCached(data.error());
        return LagoonAccess::reportFailure(data.error(), *account, err);
    }
    const QDateTime fetchedAt = QDateTime::currentDateTimeUtc();
    const QList<LagoonDeployment> deployments = deploymentsFrom(
        data->value(QStringLiteral("environmentById")).toObject().value(QStringLiteral("deployments")).toArray(), limit);
    // Kept in the form the app's Deployments panel caches, so either side can show it offline.
    QJsonArray cache;
    for (const LagoonDeployment &d : deployments)
        cache.append(d.toJson());
    session->cache()->write(LagoonCache::deploymentsKey(environmentId), cache, fetchedAt);
    header.insert(QStringLiteral("offline"), false);
    header.insert(QStringLiteral("fetchedAt"), RemoteOutput::jsonTime(fetchedAt));
    print(deployments, parser.isSet(jsonOption), header, out, err);
    return ExitOk;
}

} // namespace Lagoon::Cli
