// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/localrollout.h"

#include <memory>

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include "core/lagoon/config/lagoonvalidator.h"
#include "core/stack/composeprojectname.h"
#include "core/stack/composerunner.h"
#include "core/stack/localstack.h"
#include "core/stack/servicereadiness.h"
#include "core/stack/taskcondition.h"

namespace Lagoon {

namespace {

QString formatDiagnostic(const Diagnostic &d)
{
    QString position = d.file;
    if (d.line > 0)
        position += QStringLiteral(":%1:%2").arg(d.line).arg(d.column);
    return QStringLiteral("%1: %2: %3 [%4]").arg(position, severityId(d.severity), d.message, d.ruleId);
}

// Go's strconv.ParseBool, which Lagoon uses for LAGOON_*_DISABLED.
bool isGoTrue(const QString &value)
{
    static const QStringList truthy = {QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("T"),
                                       QStringLiteral("true"), QStringLiteral("TRUE"), QStringLiteral("True")};
    return truthy.contains(value);
}

QList<RolloutLogLine> outputLines(const QByteArray &bytes, RolloutLogLine::Stream stream)
{
    QList<RolloutLogLine> lines;
    if (bytes.isEmpty())
        return lines;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList texts = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    if (texts.constLast().isEmpty())
        texts.removeLast();
    for (QString &text : texts) {
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        lines.append(RolloutLogLine{stream, now, text});
    }
    return lines;
}

/** A running task's output in whole lines: each stream's unfinished last line waits for more. */
class ExecOutputLines
{
public:
    QList<RolloutLogLine> feed(DockerStream stream, const QByteArray &chunk)
    {
        QByteArray &pending = m_pending[index(stream)];
        pending.append(chunk);
        const qsizetype end = pending.lastIndexOf('\n');
        if (end < 0)
            return {};
        QList<RolloutLogLine> lines = outputLines(pending.left(end + 1), logStream(stream));
        pending.remove(0, end + 1);
        return lines;
    }

    QList<RolloutLogLine> flush(DockerStream stream)
    {
        QByteArray &pending = m_pending[index(stream)];
        QList<RolloutLogLine> lines = outputLines(pending, logStream(stream));
        pending.clear();
        return lines;
    }

private:
    static int index(DockerStream stream) { return stream == DockerStream::Stdout ? 0 : 1; }
    static RolloutLogLine::Stream logStream(DockerStream stream)
    {
        return stream == DockerStream::Stdout ? RolloutLogLine::Stream::Output : RolloutLogLine::Stream::Error;
    }

    QByteArray m_pending[2];
};

QString seconds(std::chrono::milliseconds duration)
{
    return QLocale().toString(static_cast<double>(duration.count()) / 1000.0, 'f', duration.count() < 10000 ? 1 : 0);
}

} // namespace

LocalRollout::LocalRollout(DockerClient *client, const QString &projectRoot, const LocalRolloutOptions &options,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_root(QDir(projectRoot).absolutePath())
    , m_options(options)
    , m_rollout(new Rollout(QStringLiteral("local-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                            tr("Run %1 locally").arg(QFileInfo(m_root).fileName()), this))
    , m_readyTimer(new QTimer(this))
    , m_recheckTimer(new QTimer(this))
{
    m_readyTimer->setSingleShot(true);
    m_recheckTimer->setSingleShot(true);
    connect(m_readyTimer, &QTimer::timeout, this, &LocalRollout::onReadyTimeout);
    connect(m_recheckTimer, &QTimer::timeout, this, &LocalRollout::checkReady);
}

LocalRollout::~LocalRollout() = default;

QHash<QString, QString> LocalRollout::localVariables(const LocalRolloutOptions &options, const QString &projectName)
{
    QHash<QString, QString> variables{
        {QStringLiteral("LAGOON_PROJECT"), projectName},
        {QStringLiteral("LAGOON_ENVIRONMENT"), options.environmentName},
        {QStringLiteral("LAGOON_GIT_BRANCH"), options.environmentName},
        {QStringLiteral("LAGOON_ENVIRONMENT_TYPE"), options.environmentType},
        {QStringLiteral("LAGOON_BUILD_TYPE"), QStringLiteral("branch")},
    };
    for (auto it = options.variables.cbegin(); it != options.variables.cend(); ++it)
        variables.insert(it.key(), it.value());
    return variables;
}

void LocalRollout::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_rollout->start();
    addFixedSteps();
    beginValidate();
}

void LocalRollout::addFixedSteps()
{
    const auto add = [this](const QString &id, const QString &name, RolloutStep::Kind kind) {
        RolloutStep step;
        step.id = id;
        step.name = name;
        step.kind = kind;
        return m_rollout->addStep(step);
    };
    m_validateStep = add(QStringLiteral("validate"), tr("Validate"), RolloutStep::Kind::Validate);
    m_buildStep = add(QStringLiteral("build"), tr("Build the images"), RolloutStep::Kind::Build);
    m_upStep = add(QStringLiteral("up"), tr("Start the services"), RolloutStep::Kind::Deploy);
    m_readyStep = add(QStringLiteral("ready"), tr("Wait until the services are ready"), RolloutStep::Kind::WaitReady);
}

void LocalRollout::beginValidate()
{
    m_phase = Phase::Validating;
    m_rollout->startStep(m_validateStep);
    m_rollout->appendLog(m_validateStep, RolloutLogLine::Stream::Info,
                         tr("Reading %1 in %2").arg(m_options.load.lagoonYml, QDir::toNativeSeparators(m_root)));
    auto *watcher = new QFutureWatcher<Validated>(this);
    connect(watcher, &QFutureWatcher<Validated>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_phase == Phase::Validating)
            onValidated(watcher->result());
    });
    // Parsing and the rules are CPU work on files of any size: off the caller's thread.
    watcher->setFuture(QtConcurrent::run([root = m_root, load = m_options.load] {
        Validated validated;
        validated.project = LagoonProjectLoader::load(root, load);
        validated.diagnostics = LagoonValidator::validate(validated.project);
        return validated;
    }));
}

void LocalRollout::onValidated(const Validated &validated)
{
    m_project = validated.project;
    int errors = 0;
    int warnings = 0;
    QList<RolloutLogLine> lines;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Diagnostic &d : validated.diagnostics) {
        if (d.severity == Diagnostic::Severity::Info)
            continue;
        const bool error = d.severity == Diagnostic::Severity::Error;
        (error ? errors : warnings) += 1;
        const auto stream = error ? RolloutLogLine::Stream::Error : RolloutLogLine::Stream::Output;
        lines.append(RolloutLogLine{stream, now, formatDiagnostic(d)});
        if (!d.hint.isEmpty())
            lines.append(RolloutLogLine{stream, now, QStringLiteral("    ") + d.hint});
    }
    m_rollout->appendLog(m_validateStep, lines);
    if (warnings > 0)
        m_rollout->setStepWarnings(m_validateStep, true);
    if (errors > 0) {
        failStep(m_validateStep,
                 tr("The project files have %n error(s): Lagoon would refuse to deploy them.", nullptr, errors));
        return;
    }

    auto invocation = ComposeInvocation::forProject(m_project);
    if (!invocation) {
        failStep(m_validateStep, invocation.error().message);
        return;
    }
    invocation->environment = m_options.environment;
    if (!m_options.projectName.isEmpty()) {
        invocation->projectName = ComposeProjectName::normalize(m_options.projectName);
        if (invocation->projectName.isEmpty()) {
            failStep(m_validateStep, tr("\"%1\" cannot be a compose project name: it needs a letter or digit.")
                                         .arg(m_options.projectName));
            return;
        }
    }
    m_invocation = *invocation;
    m_variables = localVariables(m_options, m_invocation->projectName);
    m_rollout->appendLog(m_validateStep, RolloutLogLine::Stream::Info,
                         tr("Compose project %1, file %2")
                             .arg(m_invocation->projectName, QDir::toNativeSeparators(m_invocation->composeFile)));

    const auto addTasks = [this](const QList<TaskConfig> &tasks, bool pre) {
        for (int i = 0; i < tasks.size(); ++i) {
            const TaskConfig &config = tasks.at(i);
            RolloutStep step;
            step.id = (pre ? QStringLiteral("pre-rollout-") : QStringLiteral("post-rollout-")) + QString::number(i);
            const QString name = config.name.isEmpty() ? config.command.section(QLatin1Char('\n'), 0, 0) : config.name;
            step.name = pre ? tr("Pre-rollout task: %1").arg(name) : tr("Post-rollout task: %1").arg(name);
            step.kind = pre ? RolloutStep::Kind::PreRolloutTask : RolloutStep::Kind::PostRolloutTask;
            m_tasks.append(Task{config, pre, m_rollout->addStep(step)});
        }
    };
    addTasks(m_project.config.preRollout, true);
    addTasks(m_project.config.postRollout, false);
    checkEngine();
}

void LocalRollout::checkEngine()
{
    m_client->version(this, [this](const Result<DockerVersion> &version) {
        if (m_phase != Phase::Validating)
            return;
        if (!version) {
            m_rollout->appendLog(m_validateStep, RolloutLogLine::Stream::Error, version.error().detail);
            failStep(m_validateStep, version.error().message);
            return;
        }
        m_rollout->appendLog(m_validateStep, RolloutLogLine::Stream::Info,
                             tr("Docker Engine %1 (API %2) at %3")
                                 .arg(version->engineVersion, version->negotiated.toString(),
                                      m_client->endpoint().toString()));
        DockerContainerQuery query;
        query.all = true;
        query.composeProject = m_invocation->projectName;
        m_client->listContainers(query, this, [this](const Result<QList<DockerContainerSummary>> &containers) {
            if (m_phase != Phase::Validating)
                return;
            if (!containers) {
                failStep(m_validateStep, containers.error().message);
                return;
            }
            for (const DockerContainerSummary &c : *containers) {
                if (c.labels.value(QLatin1String(ComposeLabels::OneOff)).compare(QLatin1String("true"), Qt::CaseInsensitive) != 0)
                    m_servicesBefore.insert(c.composeService());
            }
            m_rollout->finishStep(m_validateStep, RolloutStepState::Succeeded);
            beginBuild();
        });
    });
}

void LocalRollout::beginBuild()
{
    m_runner = new ComposeRunner(*m_invocation, this);
    if (m_tool)
        m_runner->setTool(*m_tool);
    connect(m_runner, &ComposeRunner::invocationStarted, this, [this](const QStringList &commandLine) {
        m_rollout->appendLog(composeStep(), RolloutLogLine::Stream::Info, QStringLiteral("$ ") + commandLine.join(QLatin1Char(' ')));
    });
    connect(m_runner, &ComposeRunner::outputLine, this, &LocalRollout::onComposeOutput);
    connect(m_runner, &ComposeRunner::finished, this, &LocalRollout::onComposeFinished);

    if (!m_options.build) {
        m_rollout->finishStep(m_buildStep, RolloutStepState::Skipped, tr("Skipped: building was switched off."));
        beginUp();
        return;
    }
    m_phase = Phase::Building;
    m_rollout->startStep(m_buildStep);
    if (!m_runner->run(ComposeCommand::build()))
        failStep(m_buildStep, tr("Compose is busy with another command."));
}

void LocalRollout::beginUp()
{
    m_phase = Phase::Starting;
    m_rollout->startStep(m_upStep);
    if (!m_runner->run(ComposeCommand::up()))
        failStep(m_upStep, tr("Compose is busy with another command."));
}

int LocalRollout::composeStep() const
{
    return m_phase == Phase::Building ? m_buildStep : m_upStep;
}

void LocalRollout::onComposeOutput(const ComposeOutputLine &line)
{
    const auto stream = line.channel == ComposeOutputLine::Channel::StandardError ? RolloutLogLine::Stream::Error
                                                                                 : RolloutLogLine::Stream::Output;
    m_rollout->appendLog(composeStep(), stream, line.text);
}

void LocalRollout::onComposeFinished(const ComposeResult &result)
{
    if (m_phase != Phase::Building && m_phase != Phase::Starting)
        return;
    const int step = composeStep();
    if (result.status == ComposeResult::Status::Cancelled) {
        finishRollout(RolloutState::Cancelled, tr("The rollout was cancelled."));
        return;
    }
    if (!result.succeeded()) {
        // Compose printed why (already in the log); the detail adds what was tried when it was not found.
        if (result.status == ComposeResult::Status::NotInstalled && !result.detail.isEmpty())
            m_rollout->appendLog(step, RolloutLogLine::Stream::Error, result.detail);
        failStep(step, result.message);
        return;
    }
    m_rollout->finishStep(step, RolloutStepState::Succeeded);
    if (m_phase == Phase::Building)
        beginUp();
    else
        beginWait();
}

void LocalRollout::beginWait()
{
    m_phase = Phase::Waiting;
    m_rollout->startStep(m_readyStep);
    m_stack = new LocalStack(m_client, m_invocation->projectName, m_project.compose, this);
    connect(m_stack, &LocalStack::serviceChanged, this, &LocalRollout::checkReady);
    connect(m_stack, &LocalStack::synced, this, &LocalRollout::checkReady);
    connect(m_stack, &LocalStack::daemonAvailabilityChanged, this, [this](bool available) {
        if (available || m_phase != Phase::Waiting)
            return;
        const auto error = m_stack->daemonError();
        failStep(m_readyStep, error ? error->message : tr("The connection to Docker was lost."));
    });
    m_readyTimer->start(m_options.readyTimeout);
    m_stack->start();
}

void LocalRollout::checkReady()
{
    if (m_phase != Phase::Waiting || !m_stack->isSynced())
        return;
    QStringList notReady;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ComposeService &service : std::as_const(m_project.compose.services)) {
        const ServiceReadiness readiness = ServiceReadiness::of(m_stack->service(service.name));
        const QString &status = readiness.description;
        if (m_lastStatus.value(service.name) != status) {
            m_lastStatus.insert(service.name, status);
            m_rollout->appendLog(m_readyStep, RolloutLogLine::Stream::Info, service.name + QStringLiteral(": ") + status);
        }
        if (readiness.state == ServiceReadiness::State::Failed) {
            // A restart policy may bring it back: give it a moment before calling it failed.
            const QDateTime since = m_exitedSince.value(service.name, now);
            m_exitedSince.insert(service.name, since);
            const qint64 waited = since.msecsTo(now);
            if (waited >= m_options.exitGrace.count()) {
                failStep(m_readyStep, tr("The service %1 %2; its logs say why.").arg(service.name, status));
                return;
            }
            if (!m_recheckTimer->isActive())
                m_recheckTimer->start(std::chrono::milliseconds(m_options.exitGrace.count() - waited + 50));
        } else {
            m_exitedSince.remove(service.name);
        }
        if (readiness.state != ServiceReadiness::State::Ready)
            notReady.append(service.name);
    }
    if (!notReady.isEmpty())
        return;
    m_readyTimer->stop();
    m_recheckTimer->stop();
    m_rollout->finishStep(m_readyStep, RolloutStepState::Succeeded,
                          tr("%n service(s) ready.", nullptr, static_cast<int>(m_project.compose.services.size())));
    beginTasks();
}

void LocalRollout::onReadyTimeout()
{
    if (m_phase != Phase::Waiting)
        return;
    QStringList waiting;
    for (const ComposeService &service : std::as_const(m_project.compose.services)) {
        const ServiceReadiness readiness = ServiceReadiness::of(m_stack->service(service.name));
        if (readiness.state != ServiceReadiness::State::Ready)
            waiting.append(tr("%1 (%2)").arg(service.name, readiness.description));
    }
    failStep(m_readyStep, tr("Not ready after %1 s: %2.")
                              .arg(seconds(m_options.readyTimeout), waiting.join(QStringLiteral(", "))));
}

void LocalRollout::beginTasks()
{
    m_phase = Phase::Tasks;
    m_nextTask = 0;
    runNextTask();
}

void LocalRollout::runNextTask()
{
    if (m_phase != Phase::Tasks)
        return;
    if (m_nextTask >= m_tasks.size()) {
        finishRollout(RolloutState::Succeeded);
        return;
    }
    runTask(m_tasks[m_nextTask++]);
}

void LocalRollout::skipTask(const Task &task, const QString &message)
{
    m_rollout->finishStep(task.step, RolloutStepState::Skipped, message);
    // Through the event loop: a project with many skipped tasks must not recurse.
    QMetaObject::invokeMethod(this, &LocalRollout::runNextTask, Qt::QueuedConnection);
}

void LocalRollout::runTask(Task &task)
{
    m_rollout->startStep(task.step);
    const QString disabled = task.preRollout ? QStringLiteral("LAGOON_PREROLLOUT_DISABLED")
                                             : QStringLiteral("LAGOON_POSTROLLOUT_DISABLED");
    if (isGoTrue(m_variables.value(disabled))) {
        skipTask(task, tr("Skipped: %1 is set.").arg(disabled));
        return;
    }
    if (!decideWhen(task))
        return;
    if (task.config.service.isEmpty()) {
        // Lagoon's own words: an empty service selects no deployment.
        const QString message = tr("No deployments found matching label: lagoon.sh/service=");
        if (task.preRollout)
            skipTask(task, message);
        else
            failStep(task.step, message);
        return;
    }
    const QString service = composeServiceFor(task.config);
    if (task.preRollout && !m_servicesBefore.contains(service)) {
        skipTask(task, tr("Skipped: Lagoon runs pre-rollout tasks in the containers of the previous deployment, and "
                          "%1 had none before this rollout (as on a first deploy).")
                           .arg(service));
        return;
    }
    const auto state = m_stack->service(service);
    if (!state || !state->isRunning()) {
        const QString message = !m_project.compose.service(service)
                                    ? tr("The task's service %1 is not in the compose file.").arg(service)
                                    : tr("The service %1 has no running container to run the task in.").arg(service);
        if (task.preRollout)
            skipTask(task, message);
        else
            failStep(task.step, message);
        return;
    }
    execTask(task, service);
}

bool LocalRollout::decideWhen(const Task &task)
{
    const QString &when = task.config.when;
    if (when.trimmed().isEmpty())
        return true;
    const TaskCondition::Outcome outcome = TaskCondition::evaluate(when, m_variables);
    QStringList known;
    for (auto it = m_variables.cbegin(); it != m_variables.cend(); ++it) {
        // Build variables given by the user may be secrets (API keys): their names only.
        known.append(it.key() + QLatin1Char('=')
                     + (m_options.variables.contains(it.key()) ? QStringLiteral("…") : it.value()));
    }
    known.sort();
    m_rollout->appendLog(task.step, RolloutLogLine::Stream::Info,
                         tr("Condition: %1 (local variables: %2)").arg(when, known.join(QStringLiteral(", "))));
    switch (outcome.kind) {
    case TaskCondition::Outcome::Kind::True:
        m_rollout->appendLog(task.step, RolloutLogLine::Stream::Info, tr("The condition is true here."));
        return true;
    case TaskCondition::Outcome::Kind::False:
        skipTask(task, tr("Skipped: its condition is false here."));
        return false;
    case TaskCondition::Outcome::Kind::NotBoolean:
        failStep(task.step, outcome.reason);
        return false;
    case TaskCondition::Outcome::Kind::Unevaluable:
        skipTask(task, tr("Skipped: its condition cannot be evaluated locally (%1). Lagoon decides it with the "
                          "project's variables.")
                           .arg(outcome.reason));
        return false;
    }
    return false;
}

QString LocalRollout::composeServiceFor(const TaskConfig &task) const
{
    const ComposeProject &compose = m_project.compose;
    if (!task.container.isEmpty() && compose.service(task.container))
        return task.container;
    if (compose.service(task.service))
        return task.service;
    // Lagoon selects by lagoon.sh/service, which is the lagoon.name a compose service may set.
    for (const ComposeService &s : compose.services) {
        if (s.label(QStringLiteral("lagoon.name")) == task.service)
            return s.name;
    }
    return task.service;
}

void LocalRollout::execTask(const Task &task, const QString &service)
{
    const StackService state = *m_stack->service(service);
    DockerExecOptions options;
    const QString shell = task.config.shell.isEmpty() ? QStringLiteral("sh") : task.config.shell;
    options.command = {shell, QStringLiteral("-c"), task.config.command};
    options.timeout = m_options.taskTimeout;
    m_rollout->appendLog(task.step, RolloutLogLine::Stream::Info,
                         tr("$ %1 -c %2   (in %3, service %4)")
                             .arg(shell, LagoonValidator::goQuote(task.config.command), state.containerName, service));
    const quint64 serial = ++m_execSerial;
    const int step = task.step;
    const QString name = task.config.name;
    const bool pre = task.preRollout;
    // Shown as it comes: a long drush or npm task is watched, not waited for.
    auto lines = std::make_shared<ExecOutputLines>();
    auto output = [this, serial, step, lines](DockerStream stream, const QByteArray &chunk) {
        if (serial == m_execSerial && m_phase == Phase::Tasks)
            m_rollout->appendLog(step, lines->feed(stream, chunk));
    };
    m_client->exec(state.containerId, options, this, [this, serial, step, name, pre, lines](const Result<DockerExecResult> &result) {
        if (serial != m_execSerial || m_phase != Phase::Tasks)
            return;
        m_rollout->appendLog(step, lines->flush(DockerStream::Stdout));
        m_rollout->appendLog(step, lines->flush(DockerStream::Stderr));
        if (!result) {
            m_rollout->appendLog(step, RolloutLogLine::Stream::Error, result.error().detail);
            failStep(step, result.error().message);
            return;
        }
        if (result->truncated)
            m_rollout->appendLog(step, RolloutLogLine::Stream::Info, tr("(the output was cut: it was too long)"));
        if (result->exitCode == 0) {
            m_rollout->finishStep(step, RolloutStepState::Succeeded);
            runNextTask();
            return;
        }
        const QString message = tr("The task \"%1\" failed with exit code %2.").arg(name).arg(result->exitCode);
        const QString rolloutMessage = pre ? tr("Pre-rollout task \"%1\" failed with exit code %2.").arg(name).arg(result->exitCode)
                                           : tr("Post-rollout task \"%1\" failed with exit code %2.").arg(name).arg(result->exitCode);
        failStep(step, message, rolloutMessage);
    }, output);
}

void LocalRollout::failStep(int step, const QString &message, const QString &rolloutMessage)
{
    m_rollout->finishStep(step, RolloutStepState::Failed, message);
    finishRollout(RolloutState::Failed, rolloutMessage.isEmpty() ? message : rolloutMessage);
}

void LocalRollout::cancel()
{
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Done:
        return;
    case Phase::Building:
    case Phase::Starting:
        // Compose stops and then reports Cancelled, which ends the rollout.
        m_runner->cancel();
        return;
    case Phase::Tasks:
        if (const int step = m_rollout->currentStep(); step >= 0) {
            m_rollout->appendLog(step, RolloutLogLine::Stream::Info,
                                 tr("Cancelled. Docker cannot stop a command started with exec: it runs on in the "
                                    "container until it ends."));
        }
        break;
    case Phase::Validating:
    case Phase::Waiting:
        break;
    }
    finishRollout(RolloutState::Cancelled, tr("The rollout was cancelled."));
}

void LocalRollout::finishRollout(RolloutState state, const QString &message)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_readyTimer->stop();
    m_recheckTimer->stop();
    if (m_stack)
        m_stack->stop();
    m_rollout->finish(state, message);
    Q_EMIT finished(state);
}

} // namespace Lagoon
