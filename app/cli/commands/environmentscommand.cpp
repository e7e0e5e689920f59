// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/environmentscommand.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include "app/cli/commands/lagoonaccess.h"
#include "app/cli/commands/remoteoutput.h"
#include "core/remote/cache/lagooncache.h"

namespace Lagoon::Cli {

namespace {

QJsonValue lastDeploymentJson(const QJsonObject &environment)
{
    const QJsonArray deployments = environment.value(QStringLiteral("deployments")).toArray();
    if (deployments.isEmpty())
        return QJsonValue();
    const QJsonObject d = deployments.first().toObject();
    return QJsonObject{
        {QStringLiteral("name"), d.value(QStringLiteral("name"))},
        {QStringLiteral("status"), d.value(QStringLiteral("status"))},
        {QStringLiteral("buildStep"), d.value(QStringLiteral("buildStep"))},
        {QStringLiteral("created"), RemoteOutput::jsonTime(RemoteOutput::parseLagoonDate(d.value(QStringLiteral("created")).toString()))},
        {QStringLiteral("started"), RemoteOutput::jsonTime(RemoteOutput::parseLagoonDate(d.value(QStringLiteral("started")).toString()))},
        {QStringLiteral("completed"), RemoteOutput::jsonTime(RemoteOutput::parseLagoonDate(d.value(QStringLiteral("completed")).toString()))},
    };
}

QString lastDeploymentText(const QJsonObject &environment)
{
    const QJsonArray deployments = environment.value(QStringLiteral("deployments")).toArray();
    if (deployments.isEmpty())
        return QStringLiteral("-");
    const QJsonObject d = deployments.first().toObject();
    const QString when = d.value(QStringLiteral("started")).toString().isEmpty()
                             ? d.value(QStringLiteral("created")).toString()
                             : d.value(QStringLiteral("started")).toString();
    return QStringLiteral("%1 %2 %3")
        .arg(d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("status")).toString(),
             RemoteOutput::localTime(RemoteOutput::parseLagoonDate(when)));
}

} // namespace

QString EnvironmentsCommand::summary() const
{
    return tr("List a Lagoon project's environments and their last deployment");
}

QString EnvironmentsCommand::namespaceOf(const QJsonObject &environment)
{
    const QString ns = environment.value(QStringLiteral("kubernetesNamespaceName")).toString();
    return ns.isEmpty() ? environment.value(QStringLiteral("openshiftProjectName")).toString() : ns;
}

int EnvironmentsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Exit codes: 0 listed, 1 no such project, or Lagoon refused or could not be reached (the last known "
           "list is printed, marked offline), 2 wrong usage."));
    parser.addHelpOption();
    const QCommandLineOption accountOption = LagoonAccess::accountOption();
    const QCommandLineOption jsonOption = LagoonAccess::jsonOption();
    parser.addOptions({accountOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The Lagoon project."));
    if (const auto stop = LagoonAccess::parse(parser, name(), arguments, out, err))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << tr("Usage: lagoon-desktop-cli environments PROJECT [--account NAME] [--json]") << Qt::endl;
        return ExitUsage;
    }
    const QString projectName = positional.constFirst();

    LagoonAccess access;
    const std::optional<Account> account = access.select(parser.value(accountOption), err);
    if (!account)
        return ExitUsage;
    LagoonSession *session = access.openSession(*account);
    const Result<LagoonAnswer> answer =
        LagoonAccess::fetch(session, QStringLiteral("ProjectEnvironments"), {{QStringLiteral("name"), projectName}},
                            LagoonCache::projectKey(projectName));
    if (!answer)
        return LagoonAccess::reportFailure(answer.error(), *account, err);
    const QJsonObject project = answer->data.value(QStringLiteral("projectByName")).toObject();
    if (project.isEmpty()) {
        err << tr("Lagoon has no project %1, or this account may not see it.").arg(projectName) << Qt::endl;
        return ExitProblems;
    }

    const QJsonArray environments = project.value(QStringLiteral("environments")).toArray();
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const QJsonValue &value : environments) {
            const QJsonObject e = value.toObject();
            list.append(QJsonObject{
                {QStringLiteral("id"), e.value(QStringLiteral("id"))},
                {QStringLiteral("name"), e.value(QStringLiteral("name"))},
                {QStringLiteral("environmentType"), e.value(QStringLiteral("environmentType"))},
                {QStringLiteral("deployType"), e.value(QStringLiteral("deployType"))},
                {QStringLiteral("route"), e.value(QStringLiteral("route"))},
                {QStringLiteral("namespace"), namespaceOf(e)},
                {QStringLiteral("lastDeployment"), lastDeploymentJson(e)},
            });
        }
        RemoteOutput::printJson(out, QJsonObject{{QStringLiteral("account"), account->displayName},
                                                 {QStringLiteral("project"), project.value(QStringLiteral("name"))},
                                                 {QStringLiteral("productionEnvironment"),
                                                  project.value(QStringLiteral("productionEnvironment"))},
                                                 {QStringLiteral("offline"), answer->fromCache},
                                                 {QStringLiteral("fetchedAt"), RemoteOutput::jsonTime(answer->fetchedAt)},
                                                 {QStringLiteral("environments"), list}});
    } else {
        QList<QStringList> rows{{tr("ENVIRONMENT"), tr("TYPE"), tr("DEPLOY TYPE"), tr("ROUTE"), tr("NAMESPACE"),
                                 tr("LAST DEPLOYMENT")}};
        for (const QJsonValue &value : environments) {
            const QJsonObject e = value.toObject();
            rows.append({e.value(QStringLiteral("name")).toString(),
                         RemoteOutput::cell(e.value(QStringLiteral("environmentType")).toString().toLower()),
                         RemoteOutput::cell(e.value(QStringLiteral("deployType")).toString().toLower()),
                         RemoteOutput::cell(e.value(QStringLiteral("route")).toString()),
                         RemoteOutput::cell(namespaceOf(e)), lastDeploymentText(e)});
        }
        if (environments.isEmpty())
            err << tr("The project %1 has no environments.").arg(projectName) << Qt::endl;
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
