// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/deploycommand.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include "app/cli/commands/lagoonaccess.h"
#include "app/cli/commands/remoteoutput.h"
#include "app/cli/commands/rolloutprinter.h"
#include "app/cli/commands/stopsignal.h"
#include "core/deploy/deployer.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonrolloutfeed.h"
#include "core/rollout/rollout.h"

namespace Lagoon::Cli {

using namespace Qt::StringLiterals;

namespace {

struct Request
{
    QString project;
    QString branch;      // --branch, or the environment's branch with --commit
    QString environment; // --environment
    QString commit;
    QList<BuildVariable> variables;
};

// The environment of the new build, for the feed: its id (subscriptions), namespace and type.
std::optional<LagoonEnvironmentRef> environmentRef(LagoonSession *session, const QString &project,
                                                   const QString &environment, Error &error)
{
    const Result<QJsonObject> data = waitForResult<Result<QJsonObject>>([&](QObject *context, auto done) {
        session->api()->run(u"ProjectEnvironments"_s, {{u"name"_s, project}}, context, done);
    });
    if (!data) {
        error = data.error();
        return std::nullopt;
    }
    const QJsonObject projectObject = data->value("projectByName"_L1).toObject();
    for (const QJsonValue &value : projectObject.value("environments"_L1).toArray()) {
        const QJsonObject e = value.toObject();
        if (e.value("name"_L1).toString() != environment)
            continue;
        LagoonEnvironmentRef ref;
        ref.project = project;
        ref.name = environment;
        ref.id = e.value("id"_L1).toInt();
        ref.type = e.value("environmentType"_L1).toString().toLower();
        ref.namespaceName = e.value("kubernetesNamespaceName"_L1).toString();
        if (ref.namespaceName.isEmpty())
            ref.namespaceName = e.value("openshiftProjectName"_L1).toString();
        return ref;
    }
    error = Error{Error::Code::NotFound, DeployCommand::tr("Lagoon does not list the environment %1 of %2.")
                                             .arg(environment, project),
                  {}};
    return std::nullopt;
}

QString stepLine(const RolloutStep &step)
{
    QString line = u"%1 %2 (%3)"_s.arg(rolloutStepStateId(step.state), step.name,
                                       RolloutPrinter::formatDuration(step.duration()));
    if (step.hasWarnings)
        line += DeployCommand::tr(", with warnings");
    return line;
}

QJsonObject stepJson(const RolloutStep &step)
{
    return QJsonObject{{u"name"_s, step.name},
                       {u"state"_s, rolloutStepStateId(step.state)},
                       {u"durationSeconds"_s, static_cast<double>(step.duration().count()) / 1000.0},
                       {u"warnings"_s, step.hasWarnings}};
}

// Follows the build until it ends or the user stops following; returns the exit code.
int follow(LagoonSession *session, const Account &account, const DeployStarted &started, bool json,
           QTextStream &out, QTextStream &err)
{
    Error error;
    const std::optional<LagoonEnvironmentRef> ref =
        environmentRef(session, started.project, started.environment, error);
    if (!ref)
        return LagoonAccess::reportFailure(error, account, err);
    LagoonRolloutFeed::Options options;
    // The account's SSH portal streams the log live; without one the feed polls the API.
    if (!account.sshHost.isEmpty())
        options.ssh = account.sshOptions();
    LagoonRolloutFeed feed(session, *ref, started.buildName, options);
    Rollout *rollout = feed.rollout();
    QSet<int> printed;
    QObject::connect(rollout, &Rollout::stepChanged, rollout, [&](int index) {
        const RolloutStep &step = rollout->step(index);
        if (!step.isFinished() || printed.contains(index))
            return;
        printed.insert(index);
        if (!json)
            out << stepLine(step) << Qt::endl;
    });

    QEventLoop loop;
    std::optional<RolloutState> outcome;
    QString failingStep;
    QObject::connect(&feed, &LagoonRolloutFeed::finished, &loop,
                     [&](RolloutState state, const QString &step) {
                         outcome = state;
                         failingStep = step;
                         loop.quit();
                     });
    StopSignal stop;
    QObject::connect(&stop, &StopSignal::triggered, &loop, &QEventLoop::quit);
    if (!json)
        err << DeployCommand::tr("Following %1 on %2/%3 (Ctrl+C stops following; the build goes on).")
                   .arg(started.buildName, started.project, started.environment)
            << Qt::endl;
    feed.start();
    loop.exec();
    if (!outcome) {
        feed.stop();
        err << DeployCommand::tr("Stopped following. The build %1 goes on in Lagoon; nothing was cancelled.")
                   .arg(started.buildName)
            << Qt::endl;
        return DeployCommand::ExitInterrupted;
    }
    const bool warnings = rollout->record().hasWarnings;
    int code = ExitOk;
    QString outcomeId = rolloutStateId(*outcome);
    QString text;
    switch (*outcome) {
    case RolloutState::Succeeded:
        code = warnings ? int(DeployCommand::ExitWarnings) : int(ExitOk);
        outcomeId = warnings ? u"completed-with-warnings"_s : u"complete"_s;
        text = warnings ? DeployCommand::tr("%1 completed with warnings.").arg(started.buildName)
                        : DeployCommand::tr("%1 completed.").arg(started.buildName);
        break;
    case RolloutState::Failed:
        code = ExitProblems;
        text = failingStep.isEmpty() ? DeployCommand::tr("%1 failed.").arg(started.buildName)
                                     : DeployCommand::tr("%1 failed at %2.").arg(started.buildName, failingStep);
        break;
    case RolloutState::Cancelled:
        code = ExitProblems;
        text = DeployCommand::tr("%1 was cancelled.").arg(started.buildName);
        break;
    case RolloutState::Pending:
    case RolloutState::Running:
        code = ExitProblems;
        text = DeployCommand::tr("%1 ended in an unknown state.").arg(started.buildName);
        break;
    }
    if (json) {
        QJsonArray steps;
        for (const RolloutStep &step : rollout->steps())
            steps.append(stepJson(step));
        RemoteOutput::printJson(out, QJsonObject{{u"project"_s, started.project},
                                                 {u"environment"_s, started.environment},
                                                 {u"build"_s, started.buildName},
                                                 {u"outcome"_s, outcomeId},
                                                 {u"failingStep"_s, failingStep.isEmpty() ? QJsonValue() : QJsonValue(failingStep)},
                                                 {u"steps"_s, steps}});
    } else {
        out << text << Qt::endl;
    }
    return code;
}

} // namespace

QString DeployCommand::summary() const
{
    return tr("Deploy a branch or environment to Lagoon and optionally follow the build");
}

int DeployCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("--branch deploys a branch (creating its environment when new); --environment deploys an existing "
           "environment's latest; --commit deploys that commit of the branch (the environment's branch) again.\n"
           "Exit codes: 0 started (or, with --follow, completed), 1 Lagoon refused, or the build failed or was "
           "cancelled, 2 wrong usage, 3 completed with warnings, 130 stopped following with Ctrl+C (the build "
           "goes on: following is not cancelling)."));
    parser.addHelpOption();
    const QCommandLineOption accountOption = LagoonAccess::accountOption();
    const QCommandLineOption jsonOption = LagoonAccess::jsonOption();
    const QCommandLineOption projectOption(u"project"_s, tr("The Lagoon project."), tr("PROJECT"));
    const QCommandLineOption branchOption(u"branch"_s, tr("The branch to deploy."), tr("BRANCH"));
    const QCommandLineOption environmentOption(u"environment"_s, tr("The existing environment to deploy again."),
                                               tr("ENVIRONMENT"));
    const QCommandLineOption commitOption(u"commit"_s, tr("Deploy this commit of the branch."), tr("SHA"));
    const QCommandLineOption variableOption(u"variable"_s, tr("A build variable for this deployment (repeatable)."),
                                            tr("NAME=VALUE"));
    const QCommandLineOption followOption(u"follow"_s, tr("Follow the build and print each step as it completes."));
    parser.addOptions({projectOption, branchOption, environmentOption, commitOption, variableOption, followOption,
                       accountOption, jsonOption});
    if (const auto stop = LagoonAccess::parse(parser, name(), arguments, out, err))
        return *stop;
    const QString usage = tr("Usage: lagoon-desktop-cli deploy --project P (--branch B | --environment E) "
                             "[--commit SHA] [--variable NAME=VALUE]... [--follow] [--account A] [--json]");
    Request request;
    request.project = parser.value(projectOption);
    request.branch = parser.value(branchOption);
    request.environment = parser.value(environmentOption);
    request.commit = parser.value(commitOption);
    if (request.project.isEmpty() || request.branch.isEmpty() == request.environment.isEmpty()
        || !parser.positionalArguments().isEmpty()) {
        err << usage << Qt::endl;
        return ExitUsage;
    }
    for (const QString &text : parser.values(variableOption)) {
        const Result<BuildVariable> variable = Deployer::parseVariable(text);
        if (!variable) {
            err << variable.error().message << Qt::endl;
            return ExitUsage;
        }
        request.variables.append(*variable);
    }
    const bool json = parser.isSet(jsonOption);

    LagoonAccess access;
    const std::optional<Account> account = access.select(parser.value(accountOption), err);
    if (!account)
        return ExitUsage;
    LagoonSession *session = access.openSession(*account);
    Deployer deployer(session->api());
    const Result<DeployStarted> started = waitForResult<Result<DeployStarted>>([&](QObject *, auto done) {
        // A branch environment is named after its branch, so --commit with --environment
        // deploys that branch at the commit.
        if (!request.branch.isEmpty() || !request.commit.isEmpty()) {
            const QString branch = request.branch.isEmpty() ? request.environment : request.branch;
            deployer.deployBranch(request.project, branch, request.commit, request.variables, done);
        } else {
            deployer.deployLatest(request.project, request.environment, request.variables, done);
        }
    });
    if (!started) {
        if (started.error().code == Error::Code::Unsupported || started.error().code == Error::Code::ApiError) {
            LagoonAccess::printError(started.error(), err);
            return ExitProblems;
        }
        return LagoonAccess::reportFailure(started.error(), *account, err);
    }
    if (started->buildName.isEmpty()) {
        err << tr("Lagoon started the deployment of %1/%2 but did not name the build (an older Lagoon); see "
                  "'lagoon-desktop-cli deployments %1 %2'.")
                   .arg(started->project, started->environment)
            << Qt::endl;
        return parser.isSet(followOption) ? int(ExitProblems) : int(ExitOk);
    }
    if (!parser.isSet(followOption)) {
        if (json)
            RemoteOutput::printJson(out, QJsonObject{{u"project"_s, started->project},
                                                     {u"environment"_s, started->environment},
                                                     {u"build"_s, started->buildName}});
        else
            out << started->buildName << Qt::endl;
        return ExitOk;
    }
    if (!json)
        out << started->buildName << Qt::endl;
    return follow(session, *account, *started, json, out, err);
}

} // namespace Lagoon::Cli
