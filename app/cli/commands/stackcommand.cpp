// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/stackcommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include "app/cli/commands/rolloutprinter.h"
#include "app/cli/commands/stacklogs.h"
#include "app/cli/commands/stopsignal.h"
#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/stack/composeinvocation.h"
#include "core/stack/composeprojectname.h"
#include "core/stack/composerunner.h"
#include "core/stack/dockerclient.h"
#include "core/stack/localrollout.h"
#include "core/stack/localstack.h"

namespace Lagoon::Cli {

namespace {

const QStringList Actions = {QStringLiteral("up"), QStringLiteral("down"), QStringLiteral("ps"), QStringLiteral("logs"),
                             QStringLiteral("rollout")};

/** Runs the event loop until `sender` emits `signal` (the CLI has no other loop running). */
template <typename Sender, typename Signal>
void waitFor(const Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

QJsonObject serviceJson(const StackService &s)
{
    QJsonArray ports;
    for (const StackPort &p : s.ports) {
        ports.append(QJsonObject{{QStringLiteral("containerPort"), p.containerPort},
                                 {QStringLiteral("protocol"), p.protocol},
                                 {QStringLiteral("hostIp"), p.hostIp},
                                 {QStringLiteral("hostPort"), p.hostPort},
                                 {QStringLiteral("url"), p.url.toString()}});
    }
    return QJsonObject{{QStringLiteral("service"), s.name},
                       {QStringLiteral("inComposeFile"), s.inComposeFile},
                       {QStringLiteral("container"), s.containerName},
                       {QStringLiteral("containerId"), s.containerId},
                       {QStringLiteral("state"), s.hasContainer() ? containerStateId(s.state) : QStringLiteral("absent")},
                       {QStringLiteral("health"), stackHealthId(s.health)},
                       {QStringLiteral("exitCode"), s.exitCode},
                       {QStringLiteral("restarts"), s.restartCount},
                       {QStringLiteral("image"), s.image},
                       {QStringLiteral("ports"), ports}};
}

} // namespace

struct StackCommand::Context
{
    QString folder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    LoadOptions load;
    LoadedProject project;
    std::optional<ComposeInvocation> invocation;
    QString projectName;
    DockerEndpoint endpoint;
    std::optional<ComposeTool> tool;
};

QString StackCommand::summary() const
{
    return tr("Run the project's local Docker stack: up, down, ps, logs, rollout");
}

void StackCommand::printFindings(const DockerFindings &findings, QTextStream &err)
{
    for (const DockerFinding &f : findings) {
        err << tr("Problem: %1").arg(f.summary) << Qt::endl;
        if (!f.explanation.isEmpty())
            err << QStringLiteral("  ") << f.explanation << Qt::endl;
        if (!f.fix.isEmpty())
            err << QStringLiteral("  ") << tr("Fix: %1").arg(f.fix) << Qt::endl;
        if (!f.detail.isEmpty())
            err << QStringLiteral("  (") << f.detail << QStringLiteral(")") << Qt::endl;
    }
}

int StackCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the project's compose stack on the local Docker engine.\n\n"
           "  up [DIR]           build what is missing and start the stack (--build: build first)\n"
           "  down [DIR]         stop and remove the stack (-v: its volumes too)\n"
           "  ps [DIR]           the services with state, health and URLs\n"
           "  logs [SERVICE]     the logs of every service, or of one (--follow: keep streaming)\n"
           "  rollout [DIR]      run the project like Lagoon: validate, build, up, wait, tasks\n\n"
           "Exit codes: 0 done, 1 the command or rollout failed, 2 wrong usage or Docker not usable."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("up, down, ps, logs or rollout."));
    parser.addPositionalArgument(QStringLiteral("ARGUMENT"), tr("DIR (logs: SERVICE)."), QStringLiteral("[ARGUMENT]"));
    const QCommandLineOption dirOption({QStringLiteral("C"), QStringLiteral("dir")},
                                       tr("Project folder (default: the current folder)."), tr("DIR"));
    const QCommandLineOption projectNameOption({QStringLiteral("p"), QStringLiteral("project-name")},
                                               tr("Compose project name (default: x-lagoon-project, else the folder)."),
                                               tr("NAME"));
    const QCommandLineOption lagoonYmlOption(QStringLiteral("lagoon-yml"), tr("The Lagoon file, relative to DIR."),
                                             tr("FILE"), QStringLiteral(".lagoon.yml"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("ps: text or json."), tr("FORMAT"),
                                          QStringLiteral("text"));
    const QCommandLineOption buildOption(QStringLiteral("build"), tr("up: build the images first."));
    const QCommandLineOption volumesOption({QStringLiteral("v"), QStringLiteral("volumes")},
                                           tr("down: remove the volumes too."));
    const QCommandLineOption followOption({QStringLiteral("f"), QStringLiteral("follow")},
                                          tr("logs: keep streaming until Ctrl-C."));
    const QCommandLineOption tailOption(QStringLiteral("tail"), tr("logs: only the last N lines of each service."),
                                        tr("N"));
    const QCommandLineOption timestampsOption({QStringLiteral("t"), QStringLiteral("timestamps")},
                                              tr("logs: show when each line was written."));
    const QCommandLineOption noBuildOption(QStringLiteral("no-build"), tr("rollout: start the images there are."));
    const QCommandLineOption environmentOption(QStringLiteral("environment"),
                                               tr("rollout: LAGOON_ENVIRONMENT for task conditions (default: local)."),
                                               tr("NAME"), QStringLiteral("local"));
    const QCommandLineOption environmentTypeOption(
        QStringLiteral("environment-type"),
        tr("rollout: LAGOON_ENVIRONMENT_TYPE for task conditions (default: development)."), tr("TYPE"),
        QStringLiteral("development"));
    const QCommandLineOption variableOption(QStringLiteral("variable"),
                                            tr("rollout: a build variable for task conditions (repeatable)."),
                                            tr("NAME=VALUE"));
    const QCommandLineOption readyTimeoutOption(QStringLiteral("ready-timeout"),
                                                tr("rollout: seconds the services may take to be ready (default 180)."),
                                                tr("SECONDS"), QStringLiteral("180"));
    parser.addOptions({dirOption, projectNameOption, lagoonYmlOption, formatOption, buildOption, volumesOption,
                       followOption, tailOption, timestampsOption, noBuildOption, environmentOption,
                       environmentTypeOption, variableOption, readyTimeoutOption});

    if (!parser.parse(QStringList{QStringLiteral("lagoon-desktop-cli stack")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !Actions.contains(positional.constFirst())) {
        err << (positional.isEmpty() ? tr("stack needs an action: up, down, ps, logs or rollout.")
                                     : tr("Unknown stack action '%1': use up, down, ps, logs or rollout.")
                                           .arg(positional.constFirst()))
            << Qt::endl;
        return ExitUsage;
    }
    const QString action = positional.constFirst();
    if (positional.size() > 2) {
        err << tr("stack %1 takes at most one argument, got %2.").arg(action).arg(positional.size() - 1) << Qt::endl;
        return ExitUsage;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << tr("--format must be text or json, not '%1'").arg(format) << Qt::endl;
        return ExitUsage;
    }

    QString folder = parser.value(dirOption);
    QString service;
    if (positional.size() == 2) {
        if (action == QLatin1String("logs")) {
            service = positional.at(1);
        } else if (folder.isEmpty()) {
            folder = positional.at(1);
        } else {
            err << tr("Give the folder either as DIR or with --dir, not both.") << Qt::endl;
            return ExitUsage;
        }
    }
    folder = QDir(folder.isEmpty() ? QDir::currentPath() : folder).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        err << tr("The folder %1 does not exist").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
        return ExitUsage;
    }

    Context context;
    context.load.lagoonYml = parser.value(lagoonYmlOption);
    context.projectName = parser.value(projectNameOption);
    if (const auto stop = prepare(action, folder, context, err))
        return *stop;

    if (action == QLatin1String("ps")) {
        if (const auto stop = runDoctor(context, DockerDoctor::Check::Engine, err))
            return *stop;
        return ps(context, format == QLatin1String("json"), out, err);
    }
    if (action == QLatin1String("logs")) {
        if (const auto stop = runDoctor(context, DockerDoctor::Check::Engine, err))
            return *stop;
        return logs(context, parser, service, out, err);
    }
    if (action == QLatin1String("down")) {
        if (const auto stop = runDoctor(context, {DockerDoctor::Check::Engine, DockerDoctor::Check::Compose}, err))
            return *stop;
        return compose(context, parser, action, out, err);
    }
    const DockerDoctor::Checks all{DockerDoctor::Check::Engine, DockerDoctor::Check::Compose, DockerDoctor::Check::Ports};
    if (const auto stop = runDoctor(context, all, err))
        return *stop;
    if (action == QLatin1String("up"))
        return compose(context, parser, action, out, err);
    return rollout(context, parser, out, err);
}

std::optional<int> StackCommand::prepare(const QString &action, const QString &folder, Context &context,
                                         QTextStream &err)
{
    context.folder = folder;
    if (!QFileInfo(QDir(folder).filePath(context.load.lagoonYml)).isFile()) {
        err << tr("There is no %1 in %2").arg(context.load.lagoonYml, QDir::toNativeSeparators(folder)) << Qt::endl;
        return ExitUsage;
    }
    context.project = LagoonProjectLoader::load(folder, context.load);
    const auto endpoint = DockerEndpoint::fromEnvironment(context.environment);
    if (endpoint)
        context.endpoint = *endpoint; // else the doctor explains it

    // The rollout reads and judges the files itself, as its first step; the others need a compose file.
    if (action == QLatin1String("rollout"))
        return std::nullopt;
    if (!context.project.composeLoaded) {
        err << tr("The compose file of %1 cannot be read:").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
        for (const Diagnostic &d : std::as_const(context.project.diagnostics)) {
            if (d.severity == Diagnostic::Severity::Error)
                err << QStringLiteral("  ") << d.file << QStringLiteral(": ") << d.message << Qt::endl;
        }
        return ExitUsage;
    }
    auto invocation = ComposeInvocation::forProject(context.project);
    if (!invocation) {
        err << invocation.error().message << Qt::endl;
        return ExitUsage;
    }
    invocation->environment = context.environment;
    if (!context.projectName.isEmpty()) {
        invocation->projectName = ComposeProjectName::normalize(context.projectName);
        if (invocation->projectName.isEmpty()) {
            err << tr("\"%1\" cannot be a compose project name: it needs a letter or digit.").arg(context.projectName)
                << Qt::endl;
            return ExitUsage;
        }
    }
    context.invocation = *invocation;
    return std::nullopt;
}

std::optional<int> StackCommand::runDoctor(Context &context, DockerDoctor::Checks checks, QTextStream &err)
{
    DockerDoctor doctor(context.environment);
    doctor.setChecks(checks);
    if (context.project.composeLoaded) {
        QString projectName = context.invocation ? context.invocation->projectName
                                                 : ComposeProjectName::forProject(context.project.compose, context.folder);
        if (!context.projectName.isEmpty())
            projectName = ComposeProjectName::normalize(context.projectName);
        doctor.setComposeProject(context.project.compose, projectName, context.project.config.composeFile);
    }
    doctor.start();
    waitFor(&doctor, &DockerDoctor::finished);
    if (!doctor.findings().isEmpty()) {
        printFindings(doctor.findings(), err);
        return ExitUsage;
    }
    context.tool = doctor.composeTool();
    return std::nullopt;
}

int StackCommand::compose(Context &context, const QCommandLineParser &parser, const QString &action,
                          QTextStream &out, QTextStream &err)
{
    ComposeRunner runner(*context.invocation);
    if (context.tool)
        runner.setTool(*context.tool);
    QList<ComposeCommand> commands;
    if (action == QLatin1String("down")) {
        commands.append(ComposeCommand::down(parser.isSet(QStringLiteral("volumes"))));
    } else {
        if (parser.isSet(QStringLiteral("build")))
            commands.append(ComposeCommand::build());
        commands.append(ComposeCommand::up());
    }
    QObject::connect(&runner, &ComposeRunner::outputLine, &runner, [&out, &err](const ComposeOutputLine &line) {
        QTextStream &to = line.channel == ComposeOutputLine::Channel::StandardError ? err : out;
        to << line.text << Qt::endl;
    });
    StopSignal stop;
    QObject::connect(&stop, &StopSignal::triggered, &runner, &ComposeRunner::cancel);

    for (const ComposeCommand &command : std::as_const(commands)) {
        ComposeResult result;
        QEventLoop loop;
        QObject::connect(&runner, &ComposeRunner::finished, &loop, [&result, &loop](const ComposeResult &r) {
            result = r;
            loop.quit();
        });
        if (!runner.run(command))
            return ExitProblems;
        loop.exec();
        if (!result.succeeded()) {
            err << result.message << Qt::endl;
            return result.status == ComposeResult::Status::NotInstalled ? ExitUsage : ExitProblems;
        }
    }
    return ExitOk;
}

int StackCommand::ps(Context &context, bool json, QTextStream &out, QTextStream &err)
{
    DockerClient client(context.endpoint);
    LocalStack stack(&client, context.invocation->projectName, context.project.compose);
    QEventLoop loop;
    QObject::connect(&stack, &LocalStack::synced, &loop, &QEventLoop::quit);
    QObject::connect(&stack, &LocalStack::daemonAvailabilityChanged, &loop, [&loop](bool available) {
        if (!available)
            loop.quit();
    });
    // The doctor just saw the engine answer; this only guards against it vanishing meanwhile.
    QTimer::singleShot(std::chrono::seconds(30), &loop, &QEventLoop::quit);
    stack.start();
    loop.exec();
    if (!stack.isSynced()) {
        const auto error = stack.daemonError();
        err << (error ? error->message : tr("Docker did not answer in time.")) << Qt::endl;
        return ExitUsage;
    }
    const QList<StackService> services = stack.services();
    if (json) {
        QJsonArray array;
        for (const StackService &s : services)
            array.append(serviceJson(s));
        out << QJsonDocument(QJsonObject{{QStringLiteral("project"), context.invocation->projectName},
                                         {QStringLiteral("services"), array}})
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QList<QStringList> rows{{tr("SERVICE"), tr("STATE"), tr("HEALTH"), tr("PORTS")}};
    for (const StackService &s : services) {
        QString state = s.hasContainer() ? containerStateId(s.state) : tr("absent");
        if (s.hasContainer() && (s.state == DockerContainerState::Exited || s.state == DockerContainerState::Dead))
            state += QStringLiteral(" (%1)").arg(s.exitCode);
        QStringList ports;
        for (const StackPort &p : s.ports) {
            const QString where = p.url.isEmpty() ? QStringLiteral("%1:%2").arg(p.hostIp).arg(p.hostPort) : p.url.toString();
            ports.append(QStringLiteral("%1 -> %2/%3").arg(where).arg(p.containerPort).arg(p.protocol));
        }
        rows.append({s.name, state, s.health == StackHealth::None ? QStringLiteral("-") : stackHealthId(s.health),
                     ports.isEmpty() ? QStringLiteral("-") : ports.join(QStringLiteral(", "))});
    }
    QList<qsizetype> widths(3, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int i = 0; i < 3; ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        for (int i = 0; i < 3; ++i)
            out << row.at(i).leftJustified(widths.at(i) + 2);
        out << row.at(3) << Qt::endl;
    }
    return ExitOk;
}

int StackCommand::logs(Context &context, const QCommandLineParser &parser, const QString &service, QTextStream &out,
                       QTextStream &err)
{
    DockerLogOptions options;
    options.follow = parser.isSet(QStringLiteral("follow"));
    if (parser.isSet(QStringLiteral("tail"))) {
        bool ok = false;
        options.tail = parser.value(QStringLiteral("tail")).toInt(&ok);
        if (!ok || options.tail < 0) {
            err << tr("--tail takes a number of lines, not '%1'").arg(parser.value(QStringLiteral("tail"))) << Qt::endl;
            return ExitUsage;
        }
    }

    DockerClient client(context.endpoint);
    DockerContainerQuery query;
    query.all = true;
    query.composeProject = context.invocation->projectName;
    std::optional<Result<QList<DockerContainerSummary>>> listed;
    QEventLoop loop;
    client.listContainers(query, &loop, [&listed, &loop](const Result<QList<DockerContainerSummary>> &r) {
        listed = r;
        loop.quit();
    });
    loop.exec();
    if (!*listed) {
        err << listed->error().message << Qt::endl;
        return ExitUsage;
    }
    // Compose file order, like ps; one-off `compose run` containers are not the service.
    QList<StackLogs::Source> sources;
    QStringList order;
    for (const ComposeService &s : std::as_const(context.project.compose.services))
        order.append(s.name);
    for (const DockerContainerSummary &c : **listed) {
        if (c.labels.value(QLatin1String(ComposeLabels::OneOff)) == QLatin1String("True"))
            continue;
        if (!service.isEmpty() && c.composeService() != service)
            continue;
        sources.append({c.composeService(), c.id});
    }
    std::stable_sort(sources.begin(), sources.end(), [&order](const StackLogs::Source &a, const StackLogs::Source &b) {
        return order.indexOf(a.service) < order.indexOf(b.service);
    });
    if (sources.isEmpty()) {
        err << (service.isEmpty() ? tr("The stack %1 has no containers: start it with 'stack up'.")
                                        .arg(context.invocation->projectName)
                                  : tr("The service %1 has no container in the stack %2.")
                                        .arg(service, context.invocation->projectName))
            << Qt::endl;
        return ExitUsage;
    }

    StackLogs logs(client.connection(), sources, options, parser.isSet(QStringLiteral("timestamps")), out, err);
    StopSignal stop;
    stop.watchStandardInput();
    QObject::connect(&stop, &StopSignal::triggered, &logs, &StackLogs::stop);
    logs.start();
    waitFor(&logs, &StackLogs::finished);
    return logs.succeeded() ? ExitOk : ExitProblems;
}

int StackCommand::rollout(Context &context, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    LocalRolloutOptions options;
    options.load = context.load;
    options.projectName = context.projectName;
    options.environment = context.environment;
    options.build = !parser.isSet(QStringLiteral("no-build"));
    options.environmentName = parser.value(QStringLiteral("environment"));
    options.environmentType = parser.value(QStringLiteral("environment-type"));
    for (const QString &assignment : parser.values(QStringLiteral("variable"))) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            err << tr("--variable takes NAME=VALUE, not '%1'").arg(assignment) << Qt::endl;
            return ExitUsage;
        }
        options.variables.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    bool ok = false;
    const int readySeconds = parser.value(QStringLiteral("ready-timeout")).toInt(&ok);
    if (!ok || readySeconds <= 0) {
        err << tr("--ready-timeout takes a number of seconds, not '%1'").arg(parser.value(QStringLiteral("ready-timeout")))
            << Qt::endl;
        return ExitUsage;
    }
    options.readyTimeout = std::chrono::seconds(readySeconds);

    DockerClient client(context.endpoint);
    LocalRollout job(&client, context.folder, options);
    if (context.tool)
        job.setComposeTool(*context.tool);
    out << job.rollout()->title() << Qt::endl;
    RolloutPrinter printer(job.rollout(), out);
    StopSignal stop;
    QObject::connect(&stop, &StopSignal::triggered, &job, &LocalRollout::cancel);
    job.start();
    if (job.isRunning())
        waitFor(&job, &LocalRollout::finished);
    return job.rollout()->state() == RolloutState::Succeeded ? ExitOk : ExitProblems;
}

} // namespace Lagoon::Cli
