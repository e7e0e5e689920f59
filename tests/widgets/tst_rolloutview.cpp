// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The rollout view and its steps model on a rollout driven by hand, the way LocalRollout (and
// later the remote deployment feed) drives one. The real local rollout is in tst_localstackpanel.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include "core/rollout/rollout.h"
#include "widgets/common/appearance.h"
#include "widgets/rollout/rolloutstepsmodel.h"
#include "widgets/rollout/rolloutview.h"

using namespace Lagoon;

class tst_RolloutView : public QObject
{
    Q_OBJECT

private:
    static RolloutStep step(const QString &id, const QString &name, RolloutStep::Kind kind)
    {
        RolloutStep s;
        s.id = id;
        s.name = name;
        s.kind = kind;
        return s;
    }

    static QString stepCell(const RolloutStepsModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { Appearance::setupIcons(); }

    void model_followsTheRollout()
    {
        Rollout rollout(QStringLiteral("local-1"), QStringLiteral("Run demo locally"));
        RolloutStepsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRollout(&rollout);
        QCOMPARE(model.rowCount(), 0);

        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-30);
        rollout.start(t0);
        rollout.addStep(step(QStringLiteral("validate"), QStringLiteral("Validate the project"), RolloutStep::Kind::Validate));
        rollout.addStep(step(QStringLiteral("build"), QStringLiteral("Build the images"), RolloutStep::Kind::Build));
        rollout.addStep(step(QStringLiteral("post-rollout-0"), QStringLiteral("Run drush cr"), RolloutStep::Kind::PostRolloutTask));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(stepCell(model, 0, RolloutStepsModel::StateColumn), QStringLiteral("Waiting"));
        QCOMPARE(stepCell(model, 0, RolloutStepsModel::DurationColumn), QString());

        rollout.startStep(0, t0);
        rollout.finishStep(0, RolloutStepState::Succeeded, {}, t0.addMSecs(400));
        QCOMPARE(stepCell(model, 0, RolloutStepsModel::StateColumn), QStringLiteral("Done"));
        QCOMPARE(stepCell(model, 0, RolloutStepsModel::DurationColumn), QStringLiteral("0.4 s"));
        rollout.startStep(1, t0.addSecs(1));
        QCOMPARE(model.index(1, 0).data(RolloutStepsModel::StepStateRole).toInt(), int(RolloutStepState::Running));
        rollout.finishStep(1, RolloutStepState::Succeeded, {}, t0.addSecs(76));
        QCOMPARE(stepCell(model, 1, RolloutStepsModel::DurationColumn), QStringLiteral("1 min 15 s"));
        rollout.finish(RolloutState::Failed, QStringLiteral("stopped"));
        QCOMPARE(stepCell(model, 2, RolloutStepsModel::StateColumn), QStringLiteral("Skipped"));
        QCOMPARE(model.index(2, 0).data(RolloutStepsModel::StepIdRole).toString(), QStringLiteral("post-rollout-0"));
    }

    void view_followsTheRunningStep_thenShowsTheFailure()
    {
        Rollout rollout(QStringLiteral("local-2"), QStringLiteral("Run demo locally"));
        RolloutView view;
        view.resize(900, 300);
        view.setRollout(&rollout);
        view.setCancellable(true);
        QSignalSpy cancel(&view, &RolloutView::cancelRequested);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        rollout.start();
        rollout.addStep(step(QStringLiteral("validate"), QStringLiteral("Validate the project"), RolloutStep::Kind::Validate));
        rollout.addStep(step(QStringLiteral("up"), QStringLiteral("Start the services"), RolloutStep::Kind::Deploy));
        rollout.addStep(step(QStringLiteral("task"), QStringLiteral("Run the task"), RolloutStep::Kind::PostRolloutTask));
        rollout.startStep(0);
        rollout.appendLog(0, RolloutLogLine::Stream::Info, QStringLiteral("reading .lagoon.yml"));
        QCOMPARE(view.selectedStep(), 0);
        QCOMPARE(view.logText(), QStringLiteral("▸ reading .lagoon.yml"));
        QCOMPARE(view.stateText(), QStringLiteral("Running"));

        rollout.finishStep(0, RolloutStepState::Succeeded);
        rollout.startStep(1);
        QCOMPARE(view.selectedStep(), 1);
        rollout.appendLog(1, RolloutLogLine::Stream::Output, QStringLiteral("Creating demo_web_1 ... done"));
        rollout.appendLog(1, RolloutLogLine::Stream::Error, QStringLiteral("WARNING: something"));
        QCOMPARE(view.logText(), QStringLiteral("Creating demo_web_1 ... done\n! WARNING: something"));
        rollout.finishStep(1, RolloutStepState::Succeeded);
        rollout.startStep(2);
        rollout.appendLog(2, RolloutLogLine::Stream::Error, QStringLiteral("drush: command not found"));

        // Once the user picks a step, it stays picked.
        view.selectStep(0);
        rollout.appendLog(2, RolloutLogLine::Stream::Error, QStringLiteral("exit code 127"));
        QCOMPARE(view.selectedStep(), 0);
        QCOMPARE(view.logText(), QStringLiteral("▸ reading .lagoon.yml"));

        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("rolloutCancel"))->isVisible());
        view.findChild<QPushButton *>(QStringLiteral("rolloutCancel"))->click();
        QCOMPARE(cancel.size(), 1);

        rollout.finishStep(2, RolloutStepState::Failed, QStringLiteral("The task exited with code 127."));
        rollout.finish(RolloutState::Failed, QStringLiteral("The task Run the task failed: exit code 127."));
        QCOMPARE(view.stateText(), QStringLiteral("Failed"));
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("rolloutCancel"))->isVisible());
        const auto *message = view.findChild<QLabel *>(QStringLiteral("rolloutMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("exit code 127")));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("rolloutSummary"))->text().contains(QLatin1String("3 of 3")));
    }

    void view_withoutInteraction_landsOnTheFailedStep()
    {
        Rollout rollout(QStringLiteral("local-3"), QStringLiteral("Run demo locally"));
        RolloutView view;
        view.setRollout(&rollout);
        rollout.start();
        rollout.addStep(step(QStringLiteral("a"), QStringLiteral("A"), RolloutStep::Kind::Validate));
        rollout.addStep(step(QStringLiteral("b"), QStringLiteral("B"), RolloutStep::Kind::Build));
        rollout.addStep(step(QStringLiteral("c"), QStringLiteral("C"), RolloutStep::Kind::Deploy));
        rollout.startStep(0);
        rollout.finishStep(0, RolloutStepState::Succeeded);
        rollout.startStep(1);
        rollout.appendLog(1, RolloutLogLine::Stream::Error, QStringLiteral("no space left on device"));
        rollout.finishStep(1, RolloutStepState::Failed, QStringLiteral("The build failed."));
        rollout.finish(RolloutState::Failed, QStringLiteral("The build failed."));
        QCOMPARE(view.selectedStep(), 1);
        QVERIFY(view.logText().contains(QLatin1String("no space left on device")));
    }

    void emptyState_withoutRollout()
    {
        RolloutView view;
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("rolloutEmpty"))->text().contains(QLatin1String("Run locally")));
        {
            Rollout rollout(QStringLiteral("gone"), QStringLiteral("Gone"));
            view.setRollout(&rollout);
        }
        // The rollout went away: the view lets go of it rather than dangling.
        QCOMPARE(view.rollout(), nullptr);
        QCOMPARE(view.stepsModel()->rowCount(), 0);
    }
};

QTEST_MAIN(tst_RolloutView)
#include "tst_rolloutview.moc"
