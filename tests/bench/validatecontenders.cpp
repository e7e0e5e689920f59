// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/validatecontenders.h"

#include <yaml-cpp/yaml.h>

#include <QProcess>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/lagoon/config/lagoonvalidator.h"
#if __has_include("core/lagoon/plan/deployplanner.h")
#include "core/lagoon/plan/deployplanner.h"
#define LAGOON_BENCH_HAS_PLANNER 1
#else
#define LAGOON_BENCH_HAS_PLANNER 0
#endif

namespace Lagoon::ValidateBench {

using namespace Qt::Literals::StringLiterals;

namespace {

#if LAGOON_BENCH_HAS_PLANNER
PlanInput planInput(const QString &project)
{
    PlanInput in;
    in.projectName = project;
    in.environmentName = u"main"_s;
    in.branch = u"main"_s;
    in.environmentType = PlanInput::EnvironmentType::Production;
    in.routerPattern = u"${service}-${project}-${environment}.bench.example.com"_s;
    in.activeEnvironment = u"main"_s;
    in.standbyEnvironment = u"standby"_s;
    return in;
}
#endif

} // namespace

bool hasPlanner()
{
    return LAGOON_BENCH_HAS_PLANNER;
}

QString describe(const Figures &f)
{
    return u"%1 services, %2 routes, %3 cronjobs, %4 diagnostics, plan: %5 services, %6 problems"_s.arg(f.services)
        .arg(f.routes)
        .arg(f.cronjobs)
        .arg(f.diagnostics)
        .arg(f.planServices)
        .arg(f.planProblems);
}

// The phases are timed up to their result; freeing the results is timed on its own, as for the
// yaml-cpp baseline, so the table can show the figures both without and with it.
OurRun runOurs(const QString &root, const QString &project, bool keepDiagnostics)
{
    OurRun run;
    BenchStopwatch watch;
    {
        const LoadedProject loaded = LagoonProjectLoader::load(root);
        run.load = watch.lap();
        const Diagnostics diagnostics = LagoonValidator::validate(loaded);
        run.validate = watch.lap();
#if LAGOON_BENCH_HAS_PLANNER
        {
            const DeployPlan plan = DeployPlanner::plan(loaded.config, loaded.compose, planInput(project));
            run.plan = watch.lap();
            run.figures.planServices = plan.services.size();
            run.figures.planProblems = plan.problems.size();
        }
#else
        Q_UNUSED(project)
#endif
        run.figures.services = loaded.compose.services.size();
        for (const EnvironmentConfig &env : loaded.config.environments) {
            run.figures.routes += env.routes.size();
            run.figures.cronjobs += env.cronjobs.size();
        }
        run.figures.routes += loaded.config.activeRoutes.value_or(QList<RouteConfig>()).size() +
                              loaded.config.standbyRoutes.value_or(QList<RouteConfig>()).size();
        run.figures.diagnostics = diagnostics.size();
        if (keepDiagnostics)
            run.diagnostics = diagnostics;
        watch.lap(); // freeing the plan and counting are no phase
    }
    run.free = watch.lap();
    return run;
}

YamlCppRun runYamlCpp(const std::string &compose, const std::string &lagoonYml)
{
    YamlCppRun run;
    try {
        BenchStopwatch watch;
        {
            const YAML::Node composeRoot = YAML::Load(compose);
            const YAML::Node lagoonRoot = YAML::Load(lagoonYml);
            run.sample = watch.lap();
            run.services = composeRoot["services"].size();
            if (const YAML::Node environments = lagoonRoot["environments"]; environments.IsDefined())
                run.environments = environments.size();
            watch.lap();
        }
        run.free = watch.lap();
    } catch (const YAML::Exception &e) {
        run.error = QString::fromStdString(e.what());
    }
    return run;
}

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QString &workingDir)
{
    ProcessRun run;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDir);
    BenchStopwatch watch(BenchStopwatch::Scope::Children);
    process.start();
    const bool finished = process.waitForFinished(10 * 60 * 1000);
    run.sample = watch.lap();
    run.output = process.readAllStandardOutput().trimmed();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.problem = u"%1 %2 failed (%3, exit code %4): %5"_s.arg(program, arguments.join(u' '), process.errorString())
                          .arg(process.exitCode())
                          .arg(QString::fromLocal8Bit(process.readAllStandardError().left(2000)));
        return run;
    }
    run.ok = true;
    return run;
}

} // namespace Lagoon::ValidateBench
