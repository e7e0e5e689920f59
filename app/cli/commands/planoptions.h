// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/lagoon/plan/planinput.h"

namespace Lagoon::Cli {

/**
 * The options that say which environment to plan for (--project, --environment, --branch,
 * --type, --router-pattern, ...), shared by `plan` and `validate`, and how they become a
 * PlanInput with the same defaults everywhere.
 */
class PlanOptions final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Cli::PlanOptions)

public:
    static const QString DefaultRouterPattern;

    PlanOptions();
    void addTo(QCommandLineParser &parser) const;
    /** True when any option that selects an environment was given. */
    bool environmentRequested(const QCommandLineParser &parser) const;

    /**
     * Loads the project in `folder` (the project name decides the polysite block) and fills
     * `input`. Returns an error message for bad option values, else nullopt.
     */
    std::optional<QString> resolve(const QCommandLineParser &parser, const QString &folder, LoadOptions &options,
                                   LoadedProject &loaded, PlanInput &input) const;

private:
    QCommandLineOption m_project;
    QCommandLineOption m_environment;
    QCommandLineOption m_branch;
    QCommandLineOption m_type;
    QCommandLineOption m_routerPattern;
    QCommandLineOption m_active;
    QCommandLineOption m_standby;
    QCommandLineOption m_variable;
};

} // namespace Lagoon::Cli
