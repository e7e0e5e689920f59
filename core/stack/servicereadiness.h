// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/stack/stackservice.h"

namespace Lagoon {

/**
 * Whether a stack service lets a rollout go on, as LocalRollout's wait step judges it: running
 * (and healthy, when it has a health check) is ready, and so is a one-shot that exited 0; one that
 * exited with another code has failed; anything else (not created, starting, unhealthy,
 * restarting) is still waiting. With the words for where it stands ("running, health check
 * starting", "exited with code 3").
 */
struct ServiceReadiness
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::ServiceReadiness)

public:
    enum class State { Waiting, Ready, Failed };

    State state = State::Waiting;
    QString description;

    static ServiceReadiness of(const std::optional<StackService> &service);
};

} // namespace Lagoon
