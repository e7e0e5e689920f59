// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/diagnostics/diagnostic.h"

#include <algorithm>

#include <QCoreApplication>

namespace Lagoon {

QString severityId(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("error");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnostic::Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString severityText(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QCoreApplication::translate("Lagoon::Diagnostic", "Error");
    case Diagnostic::Severity::Warning:
        return QCoreApplication::translate("Lagoon::Diagnostic", "Warning");
    case Diagnostic::Severity::Info:
        break;
    }
    return QCoreApplication::translate("Lagoon::Diagnostic", "Information");
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace Lagoon
