// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diagnostics/diagnostic.h"
#include "core/lagoon/config/textspan.h"

namespace Lagoon {

/** Small helper the rule sets use to append positioned diagnostics for one file. */
class DiagnosticBuilder final
{
public:
    DiagnosticBuilder(Diagnostics &out, QString file)
        : m_out(out)
        , m_file(std::move(file))
    {
    }

    void error(const QString &ruleId, const TextSpan &span, const QString &message, const QString &hint = {})
    {
        add(Diagnostic::Severity::Error, ruleId, span, message, hint);
    }
    void warning(const QString &ruleId, const TextSpan &span, const QString &message, const QString &hint = {})
    {
        add(Diagnostic::Severity::Warning, ruleId, span, message, hint);
    }
    void add(Diagnostic::Severity severity, const QString &ruleId, const TextSpan &span, const QString &message,
             const QString &hint)
    {
        Diagnostic d;
        d.severity = severity;
        d.ruleId = ruleId;
        d.message = message;
        d.hint = hint;
        d.file = m_file;
        d.line = span.line;
        d.column = span.column;
        d.endLine = span.endLine;
        d.endColumn = span.endColumn;
        m_out.append(d);
    }
    const QString &file() const { return m_file; }

private:
    Diagnostics &m_out;
    QString m_file;
};

} // namespace Lagoon
