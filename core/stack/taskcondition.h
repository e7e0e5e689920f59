// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Lagoon {

/**
 * Evaluates a task's `when` as Lagoon's build does (the gval expression language over the build
 * variables, with withDefault("NAME", default) and exists("NAME")), for the part of the language
 * that decides tasks in practice: string, number and boolean literals, variables, == != < <= > >=,
 * =~ !~ (regular expressions), + (concatenation, addition), && || ! and parentheses.
 *
 * Whatever goes beyond that — other operators or functions, a variable the local environment does
 * not have (API variables) — is Unevaluable with the reason, never guessed: the caller decides.
 */
class TaskCondition final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::TaskCondition)

public:
    struct Outcome
    {
        enum class Kind {
            True,
            False,
            /** It evaluated, but not to a boolean: Lagoon fails the build for this. */
            NotBoolean,
            /** It cannot be decided here; `reason` says why. */
            Unevaluable,
        };
        Kind kind = Kind::Unevaluable;
        QString reason;
    };

    static Outcome evaluate(const QString &expression, const QHash<QString, QString> &variables);
};

} // namespace Lagoon
