// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

#include "core/diagnostics/diagnostic.h"
#include "core/project/gitstate.h"
#include "core/project/projectfiles.h"

namespace Lagoon {

/** The JSON forms the CLI prints; key names are a stable interface for scripts. */
namespace ProjectJson {
QJsonObject toJson(const Diagnostic &diagnostic);
QJsonObject toJson(const ProjectFiles &files);
QJsonObject toJson(const GitState &git);
} // namespace ProjectJson

} // namespace Lagoon
