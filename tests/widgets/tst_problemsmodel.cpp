// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QTest>

#include "widgets/models/problemsmodel.h"

using namespace Lagoon;

class tst_ProblemsModel : public QObject
{
    Q_OBJECT

private:
    static Diagnostic make(Diagnostic::Severity severity, const QString &file, int line, const QString &message)
    {
        Diagnostic d;
        d.severity = severity;
        d.file = file;
        d.line = line;
        d.column = 3;
        d.message = message;
        d.ruleId = QStringLiteral("test.rule");
        d.hint = QStringLiteral("Do this instead.");
        return d;
    }

private Q_SLOTS:
    void setDiagnostics_replacesOnlyThatSource_sortedBySeverity()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics(QStringLiteral("a"), {make(Diagnostic::Severity::Warning, QStringLiteral("x.yml"), 4, QStringLiteral("w1"))});
        model.setDiagnostics(QStringLiteral("b"), {make(Diagnostic::Severity::Error, QStringLiteral("y.yml"), 9, QStringLiteral("e1")),
                                                   make(Diagnostic::Severity::Info, QStringLiteral("y.yml"), 1, QStringLiteral("i1"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ProblemsModel::MessageColumn).data().toString(), QStringLiteral("e1"));
        QCOMPARE(model.index(1, ProblemsModel::MessageColumn).data().toString(), QStringLiteral("w1"));
        QCOMPARE(model.index(0, ProblemsModel::LineColumn).data().toString(), QStringLiteral("9:3"));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Do this instead.")));
        QCOMPARE(model.count(Diagnostic::Severity::Error), 1);

        model.setDiagnostics(QStringLiteral("b"), {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.count(Diagnostic::Severity::Error), 0);
        QCOMPARE(model.index(0, ProblemsModel::MessageColumn).data().toString(), QStringLiteral("w1"));
    }
};

QTEST_MAIN(tst_ProblemsModel)
#include "tst_problemsmodel.moc"
