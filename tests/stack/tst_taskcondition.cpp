// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// A task's `when`, evaluated locally as Lagoon's build evaluates it (gval over the build
// variables), and what cannot be decided here said so instead of guessed.
#include <QTest>

#include "core/stack/taskcondition.h"

using namespace Lagoon;
using Kind = TaskCondition::Outcome::Kind;

Q_DECLARE_METATYPE(TaskCondition::Outcome::Kind)

class tst_TaskCondition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<Kind>("expected");
        QTest::newRow("equal, false") << QStringLiteral("LAGOON_ENVIRONMENT_TYPE == \"production\"") << Kind::False;
        QTest::newRow("equal, true") << QStringLiteral("LAGOON_ENVIRONMENT_TYPE == \"development\"") << Kind::True;
        QTest::newRow("no spaces") << QStringLiteral("LAGOON_ENVIRONMENT_TYPE!=\"production\"") << Kind::True;
        QTest::newRow("and/or/not") << QStringLiteral("!(LAGOON_ENVIRONMENT_TYPE == \"production\") && "
                                                      "(LAGOON_GIT_BRANCH == \"main\" || LAGOON_GIT_BRANCH == \"local\")")
                                    << Kind::True;
        QTest::newRow("short-circuit skips an unknown variable")
            << QStringLiteral("LAGOON_ENVIRONMENT_TYPE == \"production\" && API_ONLY == \"x\"") << Kind::False;
        QTest::newRow("unknown variable") << QStringLiteral("API_ONLY == \"x\"") << Kind::Unevaluable;
        QTest::newRow("withDefault, missing") << QStringLiteral("withDefault(\"API_ONLY\", \"off\") == \"off\"")
                                              << Kind::True;
        QTest::newRow("withDefault, present") << QStringLiteral("withDefault(\"LAGOON_PROJECT\", \"x\") == \"demo\"")
                                              << Kind::True;
        QTest::newRow("exists") << QStringLiteral("exists(\"LAGOON_PROJECT\") && !exists(\"API_ONLY\")") << Kind::True;
        QTest::newRow("regex") << QStringLiteral("LAGOON_GIT_BRANCH =~ \"^lo\"") << Kind::True;
        QTest::newRow("not regex") << QStringLiteral("LAGOON_GIT_BRANCH !~ \"^feature/\"") << Kind::True;
        QTest::newRow("raw string") << QStringLiteral("LAGOON_PROJECT == `demo`") << Kind::True;
        QTest::newRow("concatenation") << QStringLiteral("LAGOON_PROJECT + \"-\" + LAGOON_GIT_BRANCH == \"demo-local\"")
                                       << Kind::True;
        QTest::newRow("numbers from text") << QStringLiteral("REPLICAS > 2") << Kind::True;
        QTest::newRow("number equals text") << QStringLiteral("REPLICAS == 3") << Kind::True;
        QTest::newRow("literal true") << QStringLiteral("true") << Kind::True;
        QTest::newRow("not boolean") << QStringLiteral("LAGOON_PROJECT") << Kind::NotBoolean;
        QTest::newRow("not boolean, concatenation") << QStringLiteral("\"a\" + \"b\"") << Kind::NotBoolean;
        QTest::newRow("syntax error") << QStringLiteral(")1==1") << Kind::Unevaluable;
        QTest::newRow("unclosed string") << QStringLiteral("LAGOON_PROJECT == \"demo") << Kind::Unevaluable;
        QTest::newRow("ternary not supported") << QStringLiteral("true ? true : false") << Kind::Unevaluable;
        QTest::newRow("unknown function") << QStringLiteral("env(\"LAGOON_PROJECT\") == \"demo\"") << Kind::Unevaluable;
        QTest::newRow("&& needs booleans") << QStringLiteral("LAGOON_PROJECT && true") << Kind::Unevaluable;
    }

    void evaluate()
    {
        QFETCH(QString, expression);
        QFETCH(Kind, expected);
        const QHash<QString, QString> variables{
            {QStringLiteral("LAGOON_ENVIRONMENT_TYPE"), QStringLiteral("development")},
            {QStringLiteral("LAGOON_GIT_BRANCH"), QStringLiteral("local")},
            {QStringLiteral("LAGOON_PROJECT"), QStringLiteral("demo")},
            {QStringLiteral("REPLICAS"), QStringLiteral("3")},
        };
        const TaskCondition::Outcome outcome = TaskCondition::evaluate(expression, variables);
        QVERIFY2(outcome.kind == expected, qPrintable(outcome.reason));
        if (expected == Kind::Unevaluable || expected == Kind::NotBoolean)
            QVERIFY(!outcome.reason.isEmpty());
    }

    void unknownVariable_isNamed()
    {
        const auto outcome = TaskCondition::evaluate(QStringLiteral("MY_API_VAR == \"1\""), {});
        QCOMPARE(outcome.kind, Kind::Unevaluable);
        QVERIFY2(outcome.reason.contains(QStringLiteral("MY_API_VAR")), qPrintable(outcome.reason));
    }
};

QTEST_GUILESS_MAIN(tst_TaskCondition)
#include "tst_taskcondition.moc"
