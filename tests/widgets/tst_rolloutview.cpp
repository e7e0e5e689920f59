// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The rollout view and its steps model on a rollout driven by hand, the way LocalRollout (and
// later the remote deployment feed) drives one. The real local rollout is in tst_localstackpanel.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include "core/rollout/rollout.h"
#include "widgets/common/appearance.h"
#include "widgets/rollout/logsearchbar.h"
#include "widgets/rollout/logview.h"
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
        QCOMPARE(view.logText(), QStringLiteral("reading .lagoon.yml"));
        QCOMPARE(view.stateText(), QStringLiteral("Running"));

        rollout.finishStep(0, RolloutStepState::Succeeded);
        rollout.startStep(1);
        QCOMPARE(view.selectedStep(), 1);
        rollout.appendLog(1, RolloutLogLine::Stream::Output, QStringLiteral("Creating demo_web_1 ... done"));
        rollout.appendLog(1, RolloutLogLine::Stream::Error, QStringLiteral("WARNING: something"));
        // One log for the whole rollout, one foldable section per step that logged.
        QCOMPARE(view.logText(), QStringLiteral("reading .lagoon.yml\nCreating demo_web_1 ... done\nWARNING: something"));
        QTRY_COMPARE(view.logView()->rows().sectionCount(), 2);
        QCOMPARE(view.logView()->rows().section(1).title, QStringLiteral("Start the services"));
        rollout.finishStep(1, RolloutStepState::Succeeded);
        rollout.startStep(2);
        rollout.appendLog(2, RolloutLogLine::Stream::Error, QStringLiteral("drush: command not found"));

        // Once the user picks a step, it stays picked, and the log jumps to it.
        view.selectStep(0);
        QCOMPARE(view.logView()->selectionStart(), 0);
        rollout.appendLog(2, RolloutLogLine::Stream::Error, QStringLiteral("exit code 127"));
        QCOMPARE(view.selectedStep(), 0);
        QVERIFY(view.logText().endsWith(QLatin1String("drush: command not found\nexit code 127")));

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
        for (int i = 0; i < 300; ++i)
            rollout.appendLog(1, RolloutLogLine::Stream::Output, QStringLiteral("Step %1/300").arg(i + 1));
        rollout.appendLog(1, RolloutLogLine::Stream::Error, QStringLiteral("no space left on device"));
        const qsizetype errorLine = rollout.log().lineCount() - 1;
        for (int i = 0; i < 100; ++i)
            rollout.appendLog(1, RolloutLogLine::Stream::Output, QStringLiteral("cleaning up %1").arg(i));
        rollout.setStepSummaryLine(1, errorLine);
        rollout.finishStep(1, RolloutStepState::Failed, QStringLiteral("The build failed."));
        rollout.finish(RolloutState::Failed, QStringLiteral("The build failed."));
        QCOMPARE(view.selectedStep(), 1);
        QVERIFY(view.logText().contains(QLatin1String("no space left on device")));
        // The log went to why it failed, not to the end of the cleanup after it.
        QCOMPARE(view.logView()->selectionStart(), errorLine);
        QVERIFY(!view.logView()->isFollowing());
        QVERIFY(view.logView()->firstVisibleLine() <= errorLine && errorLine <= view.logView()->lastVisibleLine());
    }

    void view_pickingAStep_jumpsToItsStartOrHowItEnded()
    {
        Rollout rollout(QStringLiteral("remote-1"), QStringLiteral("lagoon-build-abc123"));
        RolloutView view;
        view.resize(900, 400);
        view.setRollout(&rollout);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        rollout.start();
        const auto fill = [&](int index, int lines) {
            rollout.startStep(index);
            for (int i = 0; i < lines; ++i)
                rollout.appendLog(index, RolloutLogLine::Stream::Output, QStringLiteral("%1: %2").arg(index).arg(i));
        };
        rollout.addStep(step(QStringLiteral("a"), QStringLiteral("Initial Environment Setup"), RolloutStep::Kind::Other));
        rollout.addStep(step(QStringLiteral("b"), QStringLiteral("Image Builds"), RolloutStep::Kind::Build));
        rollout.addStep(step(QStringLiteral("c"), QStringLiteral("Deploy Rollout"), RolloutStep::Kind::Deploy));
        fill(0, 200);
        rollout.finishStep(0, RolloutStepState::Succeeded);
        fill(1, 500);
        rollout.setStepSummaryLine(1, rollout.log().lineCount() - 1);
        rollout.setStepWarnings(1, true);
        rollout.finishStep(1, RolloutStepState::Succeeded);
        fill(2, 500);
        // While it runs, the log follows the end.
        QTRY_COMPARE(view.logView()->lastVisibleLine(), rollout.log().lineCount() - 1);
        QVERIFY(view.logView()->isFollowing());
        auto *follow = view.findChild<QAction *>(QStringLiteral("rolloutFollow"));
        QVERIFY(follow->isChecked());

        view.selectStep(0);
        QCOMPARE(view.logView()->selectionStart(), 0);
        QCOMPARE(view.logView()->firstVisibleLine(), 0);
        QVERIFY(!follow->isChecked());
        // A step that warned opens where it says how it ended.
        view.selectStep(1);
        QCOMPARE(view.logView()->selectionStart(), rollout.step(1).summaryLine);

        // The toolbar: fold every step to its header, unfold again, follow again.
        QTRY_COMPARE(view.logView()->rows().sectionCount(), 3);
        view.findChild<QAction *>(QStringLiteral("rolloutFoldAll"))->trigger();
        QCOMPARE(view.logView()->rows().rowCount(), 3);
        view.findChild<QAction *>(QStringLiteral("rolloutUnfoldAll"))->trigger();
        QCOMPARE(view.logView()->rows().rowCount(), rollout.log().lineCount());
        view.logView()->jumpToLine(0);
        QVERIFY(!follow->isChecked());
        follow->trigger();
        QVERIFY(view.logView()->isFollowing());
        QCOMPARE(view.logView()->lastVisibleLine(), rollout.log().lineCount() - 1);

        // Ctrl+F in the log opens the search bar; a search counts and jumps.
        view.logView()->setFocus();
        QTest::keySequence(view.logView(), QKeySequence::Find);
        QVERIFY(view.searchBar()->isVisible());
        view.searchBar()->setFindText(QStringLiteral("1: 499"));
        view.searchBar()->finishSearch();
        QCOMPARE(view.searchBar()->matchCount(), 1);
        QCOMPARE(view.logView()->currentMatch().line, rollout.step(1).firstLine + 499);
    }

    void header_showsWhereWhoQueueAndWarnings()
    {
        Rollout rollout(QStringLiteral("remote-2"), QStringLiteral("lagoon-build-7g8h9"));
        RolloutView view;
        view.setRollout(&rollout);
        rollout.setDetails(QStringLiteral("drupal-example"), QStringLiteral("main"), QStringLiteral("ada@example.com"));
        rollout.setQueuePosition(2);
        const auto summary = [&] { return view.findChild<QLabel *>(QStringLiteral("rolloutSummary"))->text(); };
        QCOMPARE(view.stateText(), QStringLiteral("Queued"));
        QVERIFY2(summary().contains(QStringLiteral("drupal-example · main")), qPrintable(summary()));
        QVERIFY(summary().contains(QLatin1String("triggered by ada@example.com")));
        QVERIFY(summary().contains(QLatin1String("queued (position 2)")));
        rollout.setQueuePosition(0);
        rollout.start(QDateTime::currentDateTimeUtc().addSecs(-75));
        QVERIFY(!summary().contains(QLatin1String("queued")));
        QVERIFY2(summary().contains(QLatin1String("1 min 15 s")), qPrintable(summary()));
        rollout.setWarnings(true);
        rollout.finish(RolloutState::Succeeded);
        QCOMPARE(view.stateText(), QStringLiteral("Completed with warnings"));
    }

    void model_comparesWithEarlierBuilds_andMarksTroubledSteps()
    {
        using namespace std::chrono_literals;
        Rollout rollout(QStringLiteral("remote-3"), QStringLiteral("lagoon-build-def456"));
        RolloutStepsModel model;
        model.setRollout(&rollout);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-120);
        rollout.start(t0);
        rollout.addStep(step(QStringLiteral("images"), QStringLiteral("Image Builds"), RolloutStep::Kind::Build));
        rollout.addStep(step(QStringLiteral("deploy"), QStringLiteral("Deploy Rollout"), RolloutStep::Kind::Deploy));
        rollout.addStep(step(QStringLiteral("tasks"), QStringLiteral("Post-Rollout Tasks"), RolloutStep::Kind::Other));
        rollout.setStepEarlierDurations(0, {40s, 38s, 45s});
        rollout.setStepEarlierDurations(1, {30s, 31s});
        rollout.startStep(0, t0);
        QCOMPARE(stepCell(model, 0, RolloutStepsModel::ComparisonColumn), QStringLiteral("usual ~40 s"));
        rollout.finishStep(0, RolloutStepState::Succeeded, {}, t0.addSecs(52));
        QCOMPARE(stepCell(model, 0, RolloutStepsModel::ComparisonColumn), QStringLiteral("+12 s"));
        const QString tip = model.index(0, RolloutStepsModel::ComparisonColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("+12 s vs last build")) && tip.contains(QLatin1String("usual ~40 s")), qPrintable(tip));
        QCOMPARE(stepCell(model, 2, RolloutStepsModel::ComparisonColumn), QString());

        rollout.setStepWarnings(0, true);
        rollout.startStep(1, t0.addSecs(52));
        rollout.finishStep(1, RolloutStepState::Failed, QStringLiteral("rollout timed out"), t0.addSecs(60));
        QCOMPARE(stepCell(model, 1, RolloutStepsModel::ComparisonColumn), QString(QChar(0x2212)) + QStringLiteral("22 s"));
        // Failed and warning steps are tinted across the row, unlike the others.
        QVERIFY(model.index(1, RolloutStepsModel::StepColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, RolloutStepsModel::DurationColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(1, RolloutStepsModel::StepColumn).data(Qt::BackgroundRole)
                != model.index(0, RolloutStepsModel::StepColumn).data(Qt::BackgroundRole));
        QVERIFY(!model.index(2, RolloutStepsModel::StepColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(stepCell(model, 0, RolloutStepsModel::StateColumn), QStringLiteral("Done, with warnings"));
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
