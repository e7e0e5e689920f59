// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace Lagoon {

/**
 * One finding about the user's files: validation is data, not failure. Lines and columns are
 * 1-based; 0 means "the whole file" (no position known). `file` is relative to the project root.
 */
struct Diagnostic
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString ruleId;
    QString message;
    QString file;
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    QString hint;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

/** "error", "warning" or "info": stable identifiers for JSON and compiler-style output. */
QString severityId(Diagnostic::Severity severity);

/** The translated word for the severity, for people. */
QString severityText(Diagnostic::Severity severity);

bool hasErrors(const Diagnostics &diagnostics);

} // namespace Lagoon
