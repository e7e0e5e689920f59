// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/stackupbench.h"

#include <cstdio>
#include <functional>
#include <optional>

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include "core/stack/composerunner.h"
#include "core/stack/dockerclient.h"
#include "core/stack/dockerdoctor.h"
#include "core/stack/stackservice.h"

namespace Lagoon {

namespace {

using namespace Qt::Literals::StringLiterals;

constexpr int ProcessTimeoutMs = 5 * 60 * 1000;

BenchSample plus(BenchSample a, const BenchSample &b)
{
    a.userCpuMs += b.userCpuMs;
    a.systemCpuMs += b.systemCpuMs;
    return a;
}

} // namespace

StackUpBench::StackUpBench(const Setup &setup)
    : m_setup(setup), m_client(std::make_unique<DockerClient>(setup.endpoint))
{
    // The same stack and environment as the other contenders, whatever the project's own name is.
    m_setup.invocation.projectName = setup.projectName;
    m_setup.invocation.environment = setup.environment;
    m_runner = std::make_unique<ComposeRunner>(m_setup.invocation);
}

StackUpBench::~StackUpBench() = default;

StackUpBench::Run StackUpBench::process(const QString &program, const QStringList &arguments) const
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(m_setup.environment);
    process.setWorkingDirectory(m_setup.projectDir);
    process.setStandardInputFile(QProcess::nullDevice());
    // Children: the CPU time of the program and of what it waited for (compose under the CLI).
    BenchStopwatch watch(BenchStopwatch::Scope::Children);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(ProcessTimeoutMs);
    run.sample = watch.lap();
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.problem = u"%1 %2 failed (%3, exit code %4): %5"_s.arg(program, arguments.join(u' '), process.errorString())
                          .arg(process.exitCode())
                          .arg(QString::fromLocal8Bit(process.readAllStandardError().right(2000)).trimmed());
    }
    return run;
}

StackUpBench::Run StackUpBench::composeUp() const
{
    return process(m_setup.composeProgram,
                   {u"-p"_s, m_setup.projectName, u"-f"_s, m_setup.composeFile, u"up"_s, u"-d"_s});
}

StackUpBench::Run StackUpBench::cliUp() const
{
    return process(m_setup.cliProgram, {u"stack"_s, u"up"_s, u"-p"_s, m_setup.projectName, m_setup.projectDir});
}

StackUpBench::Run StackUpBench::composeVersion() const
{
    return process(m_setup.composeProgram, {u"version"_s});
}

StackUpBench::Run StackUpBench::runnerUp()
{
    Run run;
    std::optional<ComposeResult> result;
    QEventLoop loop;
    QObject::connect(m_runner.get(), &ComposeRunner::finished, &loop, [&](const ComposeResult &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(ProcessTimeoutMs, &loop, &QEventLoop::quit);
    BenchStopwatch children(BenchStopwatch::Scope::Children);
    BenchStopwatch self;
    if (!m_runner->run(ComposeCommand::up())) {
        run.problem = u"ComposeRunner is still busy"_s;
        return run;
    }
    loop.exec();
    run.sample = plus(children.lap(), self.lap());
    if (!result)
        run.problem = u"ComposeRunner did not finish within %1 s"_s.arg(ProcessTimeoutMs / 1000);
    else if (!result->succeeded())
        run.problem = result->message + u'\n' + result->detail;
    return run;
}

StackUpBench::Run StackUpBench::doctor()
{
    Run run;
    DockerDoctor doctor(m_setup.environment);
    doctor.setChecks({DockerDoctor::Check::Engine, DockerDoctor::Check::Compose, DockerDoctor::Check::Ports});
    doctor.setComposeProject(m_setup.compose, m_setup.projectName, u"docker-compose.yml"_s);
    QEventLoop loop;
    QObject::connect(&doctor, &DockerDoctor::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ProcessTimeoutMs, &loop, &QEventLoop::quit);
    BenchStopwatch children(BenchStopwatch::Scope::Children);
    BenchStopwatch self;
    doctor.start();
    if (doctor.isRunning())
        loop.exec();
    run.sample = plus(children.lap(), self.lap());
    if (doctor.isRunning()) {
        run.problem = u"the Docker doctor did not finish"_s;
    } else if (!doctor.findings().isEmpty()) {
        run.problem = u"the Docker doctor found: "_s + doctor.findings().constFirst().summary;
    } else if (auto tool = doctor.composeTool()) {
        m_runner->setTool(*tool);
        m_tool = tool->displayName();
    }
    return run;
}

QString StackUpBench::checkRunning(bool wantRunning)
{
    std::optional<Result<QList<DockerContainerSummary>>> listed;
    QEventLoop loop;
    DockerContainerQuery query;
    query.composeProject = m_setup.projectName;
    m_client->listContainers(query, &loop, [&](const Result<QList<DockerContainerSummary>> &r) {
        listed = r;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!listed)
        return u"the engine did not list the containers within 30 s"_s;
    if (!*listed)
        return u"the containers cannot be listed: "_s + listed->error().message;
    QStringList running;
    QStringList other;
    for (const DockerContainerSummary &c : **listed) {
        if (c.state == DockerContainerState::Running)
            running << c.composeService();
        else
            other << c.composeService() + u' ' + containerStateId(c.state);
    }
    running.sort();
    QStringList want = wantRunning ? m_setup.services : QStringList();
    want.sort();
    if (running == want && other.isEmpty())
        return {};
    return u"the project has running: [%1], other: [%2], expected running: [%3]"_s.arg(
        running.join(u", "_s), other.join(u", "_s), want.join(u", "_s));
}

QString StackUpBench::upWithCompose()
{
    const Run run = composeUp();
    return run.problem.isEmpty() ? checkRunning(true) : run.problem;
}

void StackUpBench::down()
{
    process(m_setup.composeProgram,
            {u"-p"_s, m_setup.projectName, u"-f"_s, m_setup.composeFile, u"down"_s, u"-t"_s, u"1"_s});
}

StackUpBench::Outcome StackUpBench::run(int rounds, int warmupRounds)
{
    Outcome outcome;
    // As the Local Stack panel does: the doctor first, and its compose tool for the runner.
    if (const Run first = doctor(); !first.problem.isEmpty()) {
        outcome.failures << first.problem;
        return outcome;
    }
    outcome.tool = m_tool;
    if (const QString state = checkRunning(false); !state.isEmpty()) {
        outcome.failures << u"before the first round: "_s + state;
        return outcome;
    }

    const QList<std::pair<QString, std::function<Run()>>> ups = {
        {u"docker-compose"_s, [this] { return composeUp(); }},
        {u"cli"_s, [this] { return cliUp(); }},
        {u"runner"_s, [this] { return runnerUp(); }},
    };
    const QList<std::pair<QString, std::function<Run()>>> probes = {
        {u"doctor"_s, [this] { return doctor(); }},
        {u"compose-version"_s, [this] { return composeVersion(); }},
    };
    const int total = warmupRounds + rounds;
    for (int round = 0; round < total && outcome.failures.isEmpty(); ++round) {
        std::fputs(qPrintable(u"\rround %1/%2%3 "_s.arg(round + 1).arg(total).arg(round < warmupRounds ? u" (warm-up)"_s
                                                                                                       : QString())),
                   stderr);
        const bool timed = round >= warmupRounds;
        for (qsizetype k = 0; k < ups.size() && outcome.failures.isEmpty(); ++k) {
            const auto &[id, up] = ups.at((round + k) % ups.size());
            const Run run = up();
            QString problem = run.problem.isEmpty() ? checkRunning(true) : run.problem;
            down();
            if (const QString gone = checkRunning(false); problem.isEmpty() && !gone.isEmpty())
                problem = u"after down: "_s + gone;
            if (!problem.isEmpty())
                outcome.failures << u"%1, round %2: %3"_s.arg(id).arg(round + 1).arg(problem);
            else if (timed)
                outcome.samples[id] << run.sample;
        }
        for (qsizetype k = 0; k < probes.size() && outcome.failures.isEmpty(); ++k) {
            const auto &[id, probe] = probes.at((round + k) % probes.size());
            const Run run = probe();
            if (!run.problem.isEmpty())
                outcome.failures << u"%1, round %2: %3"_s.arg(id).arg(round + 1).arg(run.problem);
            else if (timed)
                outcome.samples[id] << run.sample;
        }
    }
    std::fputs("\n", stderr);
    return outcome;
}

} // namespace Lagoon
