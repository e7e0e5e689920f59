// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Builders for DeployPlanner tests: the model LagoonProjectLoader would produce, by hand.

#include "core/lagoon/plan/deployplanner.h"

namespace Lagoon::Test {

// The namespace example-project-main has the cron seed 873469188: M = 48, H = 12, M/15 = 3,18,33,48.
inline const QString Pattern = QStringLiteral("${service}-${project}-${environment}.example.com");

inline TextSpan at(int line, int column = 1)
{
    return TextSpan{line, column, line, column + 1};
}

inline ComposeService service(const QString &name, const QList<std::pair<QString, QString>> &labels, int line = 0)
{
    ComposeService s;
    s.name = name;
    s.span = at(line);
    s.image = QStringLiteral("example/") + name;
    int labelLine = line;
    for (const auto &[key, value] : labels)
        s.labels.append(KeyValue{key, value, at(++labelLine, 7)});
    return s;
}

inline RouteConfig route(const QString &service, const QString &domain, int line = 0)
{
    RouteConfig r;
    r.service = service;
    r.domain = domain;
    r.span = at(line);
    return r;
}

inline EnvironmentConfig environment(const QString &name)
{
    EnvironmentConfig e;
    e.name = name;
    return e;
}

inline PlanInput input(const QString &environment = QStringLiteral("main"))
{
    PlanInput in;
    in.projectName = QStringLiteral("example-project");
    in.environmentName = environment;
    in.branch = environment;
    in.routerPattern = Pattern;
    in.lagoonVersion = QStringLiteral("v2.7.x");
    return in;
}

inline LagoonConfig config()
{
    LagoonConfig c;
    c.composeFile = QStringLiteral("docker-compose.yml");
    return c;
}

inline ComposeProject compose(const QList<ComposeService> &services)
{
    ComposeProject p;
    p.services = services;
    return p;
}

inline ComposeProject nodeProject()
{
    return compose({service(QStringLiteral("node"), {{QStringLiteral("lagoon.type"), QStringLiteral("node")}}, 3)});
}

inline const Diagnostic *find(const DeployPlan &plan, const QString &ruleId)
{
    for (const Diagnostic &d : plan.problems) {
        if (d.ruleId == ruleId)
            return &d;
    }
    return nullptr;
}

inline QStringList rules(const DeployPlan &plan)
{
    QStringList ids;
    for (const Diagnostic &d : plan.problems)
        ids << d.ruleId;
    return ids;
}

inline const PlannedRoute *ingress(const DeployPlan &plan, const QString &name)
{
    for (const PlannedRoute &r : plan.routes) {
        if (r.ingressName == name)
            return &r;
    }
    return nullptr;
}

} // namespace Lagoon::Test
