// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

#include "core/lagoon/config/composeproject.h"
#include "core/stack/composeinvocation.h"
#include "core/stack/dockerendpoint.h"

#include "tests/bench/benchmeasure.h"

namespace Lagoon {

class ComposeRunner;
class DockerClient;

/**
 * bench_stack's second half: `stack up` through the app against docker-compose alone, on the same
 * project. Each contender brings the stack up from nothing and is timed until it returns; then the
 * stack must be running (every service's container, checked through the Engine API, untimed) and
 * is taken down again (untimed, and checked gone). In each round the contenders take turns going
 * first, so load from other users of the machine hits them alike.
 *
 * Contenders (ids): "docker-compose" `docker-compose -p NAME -f FILE up -d` (the baseline), "cli"
 * `lagoon-desktop-cli stack up -p NAME DIR` as a process (the budget: what a person or script
 * runs, end to end), "runner" ComposeRunner::run(ComposeCommand::up()) in this process with the
 * compose tool already known (what the Local Stack panel runs once its doctor has found it). Two
 * more rows explain the difference: "doctor", the DockerDoctor the CLI asks before every `up`, and
 * "compose-version", the `docker-compose version` probe that doctor's ComposeToolFinder runs.
 */
class StackUpBench final
{
public:
    struct Setup
    {
        QString projectDir;
        QString composeFile;
        QString projectName;
        QStringList services;
        ComposeProject compose;
        ComposeInvocation invocation; ///< for ComposeRunner; its name and environment are replaced
        QString composeProgram;       ///< docker-compose
        QString cliProgram;           ///< lagoon-desktop-cli
        DockerEndpoint endpoint;
        QProcessEnvironment environment;
    };

    struct Outcome
    {
        QHash<QString, QList<BenchSample>> samples;
        QString tool; ///< the compose tool the doctor found, e.g. "docker-compose 1.29.2"
        QStringList failures;
    };

    explicit StackUpBench(const Setup &setup);
    ~StackUpBench();

    Outcome run(int rounds, int warmupRounds);
    /** `docker-compose up -d`, untimed; empty when every service runs, else what is wrong. */
    QString upWithCompose();
    /** `docker-compose down`, untimed. */
    void down();

private:
    struct Run
    {
        BenchSample sample;
        QString problem; ///< empty: it worked
    };

    Run process(const QString &program, const QStringList &arguments) const;
    Run composeUp() const;
    Run cliUp() const;
    Run runnerUp();
    Run doctor();
    Run composeVersion() const;
    /** Empty when exactly the project's services run; else what is wrong. */
    QString checkRunning(bool wantRunning);

    Setup m_setup;
    std::unique_ptr<DockerClient> m_client;
    std::unique_ptr<ComposeRunner> m_runner;
    QString m_tool;
};

} // namespace Lagoon
