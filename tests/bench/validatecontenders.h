// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "core/diagnostics/diagnostic.h"

#include "tests/bench/benchmeasure.h"

// The contenders of bench_validate, each run once per call and timed inside.
namespace Lagoon::ValidateBench {

/** What a run of our path must produce; compared across runs (correctness, never timing). */
struct Figures
{
    qsizetype services = 0;
    qsizetype routes = 0;
    qsizetype cronjobs = 0;
    qsizetype diagnostics = 0;
    qsizetype planServices = 0;
    qsizetype planProblems = 0;
    friend bool operator==(const Figures &, const Figures &) = default;
};

QString describe(const Figures &figures);

/** True when DeployPlanner was compiled in (its header existed). */
bool hasPlanner();

struct OurRun
{
    BenchSample load, validate, plan;
    BenchSample free; ///< destroying the loaded project and the diagnostics
    Figures figures;
    Diagnostics diagnostics; ///< only when asked for
};

/**
 * LagoonProjectLoader::load(root), LagoonValidator::validate() and, when compiled in,
 * DeployPlanner::plan() for the production environment "main" of `project`.
 */
OurRun runOurs(const QString &root, const QString &project, bool keepDiagnostics);

struct YamlCppRun
{
    BenchSample sample;
    BenchSample free; ///< destroying both node trees
    std::size_t services = 0;
    std::size_t environments = 0;
    QString error;
};

/** yaml-cpp's YAML::Load of both texts, already in memory. */
YamlCppRun runYamlCpp(const std::string &compose, const std::string &lagoonYml);

struct ProcessRun
{
    BenchSample sample;
    bool ok = false;
    QString problem;
    QByteArray output;
};

/** Runs a program to its end (at most 10 minutes); CPU time is the child's. */
ProcessRun runProcess(const QString &program, const QStringList &arguments, const QString &workingDir);

} // namespace Lagoon::ValidateBench
