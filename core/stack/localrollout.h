// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSet>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/rollout/rollout.h"
#include "core/stack/composeinvocation.h"
#include "core/stack/composetool.h"
#include "core/stack/dockerclient.h"

class QTimer;

namespace Lagoon {

class ComposeRunner;
class LocalStack;
struct ComposeResult;
struct ComposeOutputLine;

/** How LocalRollout runs a project. */
struct LocalRolloutOptions
{
    /** Which Lagoon file to read (and unsaved editor buffers to read instead of the disk). */
    LoadOptions load;
    /** The compose project name; empty: ComposeInvocation::forProject's (x-lagoon-project, else the folder). */
    QString projectName;
    /** For compose: PATH, DOCKER_HOST. */
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    /** False: skip the build step and start the images there are. */
    bool build = true;
    /** LAGOON_ENVIRONMENT and LAGOON_GIT_BRANCH for `when` conditions. */
    QString environmentName = QStringLiteral("local");
    /** LAGOON_ENVIRONMENT_TYPE for `when` conditions: "development" or "production". */
    QString environmentType = QStringLiteral("development");
    /** More build variables for `when` (e.g. the project's API variables); they win over the above. */
    QHash<QString, QString> variables;
    /** How long services may take to become ready (healthy, or running without a health check). */
    std::chrono::milliseconds readyTimeout{std::chrono::minutes(3)};
    /** How long a service may stay exited with a non-zero code before that fails the wait (a restart may follow). */
    std::chrono::milliseconds exitGrace{std::chrono::seconds(3)};
    /** How long one task may run. */
    std::chrono::milliseconds taskTimeout{std::chrono::minutes(30)};
};

/**
 * "Run locally like Lagoon": validate → build → up → wait until ready → the `.lagoon.yml` tasks,
 * reported as a Rollout with one step each (the model remote deployments use too). A job:
 * start(), cancel(), and finished() exactly once.
 *
 * - Validate reads the project (LagoonProjectLoader + LagoonValidator, on a worker thread);
 *   errors stop the rollout with the diagnostics as the step's log, before Docker is touched.
 *   Then it asks the engine for its version and which of the project's containers exist.
 * - Build and Up run compose (ComposeRunner), its output streamed into the step's log.
 * - Wait follows the stack (LocalStack, from the engine's events) until every service with a
 *   health check is healthy and the others run; a one-shot service that exited 0 counts as done,
 *   one that stays exited with another code fails the step, and the timeout fails it naming the
 *   services that are not ready.
 * - Tasks run with `docker exec` in the running container of their `service` (`container`, when
 *   it names a compose service, wins: Lagoon's pod container is a compose service here), as
 *   `<shell> -c <command>`; the output lands in the step's log when the task ends (the exec API
 *   returns it at the end). A non-zero exit fails the rollout with the task's output.
 *   Pre-rollout tasks run in Lagoon before the new deploy, in the old containers; locally they
 *   run after the wait, and only for services whose containers existed before this rollout —
 *   otherwise they are skipped with a note, as Lagoon skips them on a first deploy.
 * - `when` is evaluated with TaskCondition against localVariables(). A condition that is false
 *   skips the task, one that is not boolean fails it (as Lagoon does); one that cannot be decided
 *   here (an API variable, syntax beyond TaskCondition) SKIPS the task with a note saying why:
 *   conditions mostly guard what must not run everywhere, so running it would be the riskier
 *   guess. Pass the variable in LocalRolloutOptions::variables to decide it.
 *
 * Cancel stops compose (which then reports Cancelled) or the wait at once. A task's exec cannot be
 * stopped through the Engine API: the rollout ends Cancelled and the command finishes in the
 * container; the step's log says so. The DockerClient must outlive the job.
 */
class LocalRollout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalRollout)

public:
    LocalRollout(DockerClient *client, const QString &projectRoot, const LocalRolloutOptions &options = {},
                 QObject *parent = nullptr);
    ~LocalRollout() override;

    Rollout *rollout() const { return m_rollout; }
    /** Uses `tool` for compose instead of looking for one (the doctor may have found it). */
    void setComposeTool(const ComposeTool &tool) { m_tool = tool; }

    void start();
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Done; }

    /** The project as read by the validate step (empty before). */
    const LoadedProject &project() const { return m_project; }
    /** The compose project and file, known once the validate step passed. */
    std::optional<ComposeInvocation> invocation() const { return m_invocation; }

    /** The build variables `when` sees: LAGOON_PROJECT, LAGOON_ENVIRONMENT(_TYPE), LAGOON_GIT_BRANCH, … */
    static QHash<QString, QString> localVariables(const LocalRolloutOptions &options, const QString &projectName);

Q_SIGNALS:
    void finished(Lagoon::RolloutState state);

private:
    enum class Phase { Idle, Validating, Building, Starting, Waiting, Tasks, Done };

    struct Task
    {
        TaskConfig config;
        bool preRollout = false;
        int step = -1;
    };

    struct Validated
    {
        LoadedProject project;
        Diagnostics diagnostics;
    };

    void addFixedSteps();
    void beginValidate();
    void onValidated(const Validated &validated);
    void checkEngine();
    void beginBuild();
    void beginUp();
    void onComposeOutput(const ComposeOutputLine &line);
    void onComposeFinished(const ComposeResult &result);
    void beginWait();
    void checkReady();
    void onReadyTimeout();
    void beginTasks();
    void runNextTask();
    void runTask(Task &task);
    bool decideWhen(const Task &task);
    void execTask(const Task &task, const QString &service);
    void skipTask(const Task &task, const QString &message);

    QString composeServiceFor(const TaskConfig &task) const;
    int composeStep() const;
    void failStep(int step, const QString &message, const QString &rolloutMessage = {});
    void finishRollout(RolloutState state, const QString &message = {});

    DockerClient *m_client;
    QString m_root;
    LocalRolloutOptions m_options;
    std::optional<ComposeTool> m_tool;
    Rollout *m_rollout;
    Phase m_phase = Phase::Idle;

    int m_validateStep = -1;
    int m_buildStep = -1;
    int m_upStep = -1;
    int m_readyStep = -1;
    QList<Task> m_tasks;
    int m_nextTask = 0;

    LoadedProject m_project;
    std::optional<ComposeInvocation> m_invocation;
    QHash<QString, QString> m_variables;
    QSet<QString> m_servicesBefore; // compose services that had a container before the rollout
    ComposeRunner *m_runner = nullptr;
    LocalStack *m_stack = nullptr;
    QTimer *m_readyTimer;
    QTimer *m_recheckTimer;
    QHash<QString, QString> m_lastStatus;    // service → what the wait step last logged for it
    QHash<QString, QDateTime> m_exitedSince; // service → when it was first seen exited non-zero
    quint64 m_execSerial = 0;                // an exec answer for an older serial is dropped
};

} // namespace Lagoon
