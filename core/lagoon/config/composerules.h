// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QCoreApplication>

#include "core/lagoon/config/lagoonprojectloader.h"

namespace Lagoon {

/** The docker-compose rules: service names, lagoon.* labels, images and Dockerfiles, volumes. */
class ComposeRules final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::ComposeRules)

public:
    static constexpr int MaxPersistentVolumes = 6;

    static void check(const LoadedProject &project, Diagnostics &out);

    /** A Kubernetes quantity ("5Gi", "500M", "1e3") in bytes; nullopt when not a quantity. */
    static std::optional<double> parseQuantity(const QString &text);
};

} // namespace Lagoon
