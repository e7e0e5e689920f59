// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/deploy/deployer.h"

#include <QJsonArray>
#include <QJsonObject>

#include "core/remote/lagoonapiclient.h"

namespace Lagoon {

using namespace Qt::StringLiterals;

namespace {

QJsonValue variablesJson(const QList<BuildVariable> &variables)
{
    if (variables.isEmpty())
        return QJsonValue::Null;
    QJsonArray array;
    for (const BuildVariable &v : variables)
        array.append(QJsonObject{{u"name"_s, v.first}, {u"value"_s, v.second}});
    return array;
}

} // namespace

Deployer::Deployer(LagoonApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

Result<DeployStarted> Deployer::interpret(const QString &answer, const QString &project, const QString &environment)
{
    if (answer.startsWith("Skipped"_L1)) {
        QString reason = answer.mid(7);
        while (reason.startsWith(u':') || reason.startsWith(u' '))
            reason.remove(0, 1);
        return makeError(Error::Code::Unsupported,
                         tr("Lagoon did not deploy %1: %2.").arg(environment, reason.isEmpty() ? answer : reason),
                         answer);
    }
    if (answer.isEmpty())
        return makeError(Error::Code::ParseFailed, tr("Lagoon gave no answer to the deployment."));
    DeployStarted started{project, environment, {}};
    if (answer != "success"_L1)
        started.buildName = answer;
    return started;
}

Result<BuildVariable> Deployer::parseVariable(const QString &text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0)
        return makeError(Error::Code::ParseFailed,
                         tr("A build variable is NAME=VALUE, with a name; '%1' is not.").arg(text));
    return BuildVariable{text.left(equals), text.mid(equals + 1)};
}

void Deployer::run(const QString &operation, const QJsonObject &variables, const QString &project,
                   const QString &environment, Callback done)
{
    const QString field = operation.left(1).toLower() + operation.mid(1);
    m_api->run(operation, variables, this,
               [this, field, project, environment, done = std::move(done)](const Result<QJsonObject> &data) {
                   if (!data) {
                       done(std::unexpected(data.error()));
                       return;
                   }
                   const Result<DeployStarted> started =
                       interpret(data->value(field).toString(), project, environment);
                   if (started)
                       Q_EMIT this->started(*started);
                   done(started);
               });
}

void Deployer::deployBranch(const QString &project, const QString &branch, const QString &branchRef,
                            const QList<BuildVariable> &variables, Callback done)
{
    run(u"DeployEnvironmentBranch"_s,
        {{u"project"_s, project},
         {u"branch"_s, branch},
         {u"branchRef"_s, branchRef.isEmpty() ? QJsonValue::Null : QJsonValue(branchRef)},
         {u"variables"_s, variablesJson(variables)}},
        project, branch, std::move(done));
}

void Deployer::deployLatest(const QString &project, const QString &environment,
                            const QList<BuildVariable> &variables, Callback done)
{
    run(u"DeployEnvironmentLatest"_s,
        {{u"project"_s, project}, {u"environment"_s, environment}, {u"variables"_s, variablesJson(variables)}},
        project, environment, std::move(done));
}

void Deployer::promote(const QString &project, const QString &source, const QString &destination,
                       const QList<BuildVariable> &variables, Callback done)
{
    run(u"DeployEnvironmentPromote"_s,
        {{u"project"_s, project},
         {u"source"_s, source},
         {u"destination"_s, destination},
         {u"variables"_s, variablesJson(variables)}},
        project, destination, std::move(done));
}

void Deployer::cancel(const QString &project, const QString &environment, const QString &buildName,
                      CancelCallback done)
{
    m_api->run(u"CancelDeployment"_s,
               {{u"project"_s, project}, {u"environment"_s, environment}, {u"name"_s, buildName}}, this,
               [done = std::move(done)](const Result<QJsonObject> &data) {
                   if (!data) {
                       done(std::unexpected(data.error()));
                       return;
                   }
                   done({});
               });
}

} // namespace Lagoon
