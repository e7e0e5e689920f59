// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The rollout model (core/rollout) local and remote deployments share: its state machine, what
// it signals, and that late or nonsensical calls from a producer cannot rewrite it. Also how the
// local rollout's wait step judges a service.
#include <QSignalSpy>
#include <QTest>

#include "core/rollout/rollout.h"
#include "core/stack/servicereadiness.h"

using namespace Lagoon;

class tst_Rollout : public QObject
{
    Q_OBJECT

private:
    static RolloutStep step(const QString &id, RolloutStep::Kind kind = RolloutStep::Kind::Other)
    {
        RolloutStep s;
        s.id = id;
        s.name = id;
        s.kind = kind;
        return s;
    }

private Q_SLOTS:
    void lifecycle_signalsEveryChange()
    {
        Rollout rollout(QStringLiteral("local-1"), QStringLiteral("Run it"));
        QSignalSpy started(&rollout, &Rollout::started);
        QSignalSpy added(&rollout, &Rollout::stepAdded);
        QSignalSpy changed(&rollout, &Rollout::stepChanged);
        QSignalSpy logged(&rollout, &Rollout::logAppended);
        QSignalSpy finished(&rollout, &Rollout::finished);

        QCOMPARE(rollout.state(), RolloutState::Pending);
        rollout.start();
        QCOMPARE(rollout.state(), RolloutState::Running);
        QVERIFY(rollout.startedAt().isValid());
        QCOMPARE(started.size(), 1);

        QCOMPARE(rollout.addStep(step(QStringLiteral("build"), RolloutStep::Kind::Build)), 0);
        QCOMPARE(rollout.addStep(step(QStringLiteral("up"), RolloutStep::Kind::Deploy)), 1);
        QCOMPARE(added.size(), 2);
        QCOMPARE(rollout.indexOf(QStringLiteral("up")), 1);

        rollout.startStep(0);
        QCOMPARE(rollout.step(0).state, RolloutStepState::Running);
        QCOMPARE(rollout.currentStep(), 0);
        rollout.appendLog(0, RolloutLogLine::Stream::Output, QStringLiteral("Step 1/4"));
        rollout.appendLog(0, {RolloutLogLine{RolloutLogLine::Stream::Error, {}, QStringLiteral("a")},
                              RolloutLogLine{RolloutLogLine::Stream::Error, {}, QStringLiteral("b")}});
        QCOMPARE(logged.size(), 2);
        QCOMPARE(logged.at(1).at(0).toInt(), 0);
        QCOMPARE(logged.at(1).at(1).value<qsizetype>(), 1);
        QCOMPARE(logged.at(1).at(2).value<qsizetype>(), 2);
        QCOMPARE(rollout.log().lineCount(), 3);
        QCOMPARE(rollout.step(0).firstLine, 0);
        QCOMPARE(rollout.step(0).lineCount, 3);
        QCOMPARE(rollout.log().plainText(0), QStringLiteral("Step 1/4"));

        rollout.finishStep(0, RolloutStepState::Succeeded);
        QCOMPARE(rollout.step(0).state, RolloutStepState::Succeeded);
        QVERIFY(rollout.step(0).finishedAt.isValid());
        QCOMPARE(rollout.currentStep(), -1);

        rollout.finish(RolloutState::Succeeded);
        QCOMPARE(rollout.state(), RolloutState::Succeeded);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<RolloutState>(), RolloutState::Succeeded);
        // The step never started ends Skipped, with times, so it reads as zero time.
        QCOMPARE(rollout.step(1).state, RolloutStepState::Skipped);
        QCOMPARE(rollout.step(1).duration().count(), 0);
        QVERIFY(changed.size() >= 3);
    }

    void log_oneStoreWithEachStepsRange()
    {
        Rollout rollout(QStringLiteral("lagoon-build-1"), QStringLiteral("Deploy main"));
        QSignalSpy logged(&rollout, &Rollout::logAppended);
        rollout.start();
        // The preamble of a Lagoon log belongs to no step.
        rollout.appendLogBytes(-1, "Using namespace drupal-main\n\x1b[32mcloning\x1b[0m\n");
        QCOMPARE(rollout.addStep(step(QStringLiteral("build"))), 0);
        QCOMPARE(rollout.addStep(step(QStringLiteral("push"))), 1);
        rollout.appendLogBytes(0, "Step 1/3 : FROM uselagoon/php\n\nStep 2/3");
        rollout.appendLog(1, RolloutLogLine::Stream::Output, QStringLiteral("pushing"));
        rollout.appendLogBytes(0, "STEP Build: Completed\n");
        QCOMPARE(rollout.log().lineCount(), 7);
        QCOMPARE(rollout.log().plainText(1), QStringLiteral("cloning"));
        QCOMPARE(rollout.log().plainText(4), QStringLiteral("Step 2/3"));
        // A step's range covers its lines and whatever another step appended in between.
        QCOMPARE(rollout.step(0).firstLine, 2);
        QCOMPARE(rollout.step(0).lineCount, 5);
        QCOMPARE(rollout.step(1).firstLine, 5);
        QCOMPARE(rollout.step(1).lineCount, 1);
        QCOMPARE(logged.size(), 4);
        QCOMPARE(logged.at(0).at(0).toInt(), -1);
        QCOMPARE(logged.at(0).at(2).value<qsizetype>(), 2);
        QCOMPARE(logged.at(3).at(1).value<qsizetype>(), 6);
        // Unknown steps and empty input are refused.
        rollout.appendLogBytes(2, "nobody\n");
        rollout.appendLog(-2, RolloutLogLine::Stream::Output, QStringLiteral("nobody"));
        rollout.appendLogBytes(0, "");
        QCOMPARE(rollout.log().lineCount(), 7);
        QCOMPARE(logged.size(), 4);
    }

    void log_streamsAreStyledAndRecoverable()
    {
        Rollout rollout(QStringLiteral("local-1"), QStringLiteral("Run it"));
        QCOMPARE(rollout.addStep(step(QStringLiteral("up"))), 0);
        rollout.appendLog(0, {RolloutLogLine{RolloutLogLine::Stream::Info, {}, QStringLiteral("$ docker-compose up")},
                              RolloutLogLine{RolloutLogLine::Stream::Output, {}, QStringLiteral("Creating web")},
                              RolloutLogLine{RolloutLogLine::Stream::Error, {}, QStringLiteral("WARNING: é")},
                              RolloutLogLine{RolloutLogLine::Stream::Error, {}, QStringLiteral("second")}});
        rollout.appendLogBytes(0, "\x1b[31mfrom the build\x1b[39m\n");
        // What a viewer shows: Info in bold, errors in red.
        QCOMPARE(rollout.log().line(0).toByteArray(), QByteArray("\x1b[1m$ docker-compose up\x1b[22m"));
        QCOMPARE(rollout.log().line(2).toByteArray(), QByteArray("\x1b[31mWARNING: \xc3\xa9\x1b[39m"));
        QCOMPARE(rollout.log().plainText(2), QStringLiteral("WARNING: é"));
        // What the CLI prints: the stream and the text as given.
        const QList<RolloutLogLine::Stream> streams{RolloutLogLine::Stream::Info, RolloutLogLine::Stream::Output,
                                                    RolloutLogLine::Stream::Error, RolloutLogLine::Stream::Error,
                                                    RolloutLogLine::Stream::Output};
        for (int i = 0; i < streams.size(); ++i)
            QCOMPARE(rollout.lineStream(i), streams.at(i));
        QCOMPARE(rollout.lineText(0), QStringLiteral("$ docker-compose up"));
        QCOMPARE(rollout.lineText(1), QStringLiteral("Creating web"));
        QCOMPARE(rollout.lineText(3), QStringLiteral("second"));
        // A program's own colours stay: only appendLog()'s marks come off.
        QCOMPARE(rollout.lineText(4), QStringLiteral("\x1b[31mfrom the build\x1b[39m"));
    }

    void details_warningsAndStepData_signal()
    {
        Rollout rollout(QStringLiteral("lagoon-build-2"), QStringLiteral("Deploy main"));
        QSignalSpy details(&rollout, &Rollout::detailsChanged);
        QSignalSpy changed(&rollout, &Rollout::stepChanged);
        rollout.setDetails(QStringLiteral("drupal"), QStringLiteral("main"), QStringLiteral("webhook"));
        rollout.setDetails(QStringLiteral("drupal"), QStringLiteral("main"), QStringLiteral("webhook"));
        QCOMPARE(details.size(), 1);
        QCOMPARE(rollout.project(), QStringLiteral("drupal"));
        QCOMPARE(rollout.record().environment, QStringLiteral("main"));
        QCOMPARE(rollout.triggeredBy(), QStringLiteral("webhook"));
        rollout.setQueuePosition(2);
        QCOMPARE(rollout.queuePosition(), 2);
        rollout.setQueuePosition(-3);
        QCOMPARE(rollout.queuePosition(), 0);
        QCOMPARE(details.size(), 3);

        QCOMPARE(rollout.addStep(step(QStringLiteral("build"))), 0);
        rollout.setStepName(0, QStringLiteral("Image Build"));
        rollout.setStepSummaryLine(0, 12);
        const QList<std::chrono::milliseconds> earlier{std::chrono::seconds(70), std::chrono::seconds(65)};
        rollout.setStepEarlierDurations(0, earlier);
        rollout.setStepEarlierDurations(0, earlier);
        rollout.setStepName(5, QStringLiteral("no such step"));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(rollout.step(0).name, QStringLiteral("Image Build"));
        QCOMPARE(rollout.step(0).summaryLine, 12);
        QCOMPARE(rollout.step(0).earlierDurations, earlier);

        rollout.start();
        rollout.finish(RolloutState::Succeeded);
        QCOMPARE(rolloutOutcomeText(rollout.record()), QStringLiteral("succeeded"));
        rollout.setWarnings(true);
        QVERIFY(rollout.hasWarnings());
        QCOMPARE(rollout.state(), RolloutState::Succeeded);
        QCOMPARE(details.size(), 4);
        QCOMPARE(rolloutOutcomeText(rollout.record()), QStringLiteral("completed with warnings"));
    }

    void finish_failsOrCancelsTheRunningStep()
    {
        Rollout failed(QStringLiteral("a"), {});
        failed.start();
        failed.addStep(step(QStringLiteral("one")));
        failed.startStep(0);
        failed.finish(RolloutState::Failed, QStringLiteral("engine gone"));
        QCOMPARE(failed.step(0).state, RolloutStepState::Failed);
        QCOMPARE(failed.message(), QStringLiteral("engine gone"));

        Rollout cancelled(QStringLiteral("b"), {});
        cancelled.start();
        cancelled.addStep(step(QStringLiteral("one")));
        cancelled.startStep(0);
        cancelled.finish(RolloutState::Cancelled);
        QCOMPARE(cancelled.step(0).state, RolloutStepState::Cancelled);
    }

    void lateCalls_areIgnored()
    {
        Rollout rollout(QStringLiteral("a"), {});
        rollout.start();
        QCOMPARE(rollout.addStep(step(QStringLiteral("one"))), 0);
        QCOMPARE(rollout.addStep(step(QStringLiteral("one"))), -1); // duplicate id
        QCOMPARE(rollout.addStep(step(QString())), -1);             // no id
        rollout.startStep(0);
        rollout.finishStep(0, RolloutStepState::Failed, QStringLiteral("first"));
        rollout.finishStep(0, RolloutStepState::Succeeded, QStringLiteral("second"));
        QCOMPARE(rollout.step(0).state, RolloutStepState::Failed);
        QCOMPARE(rollout.step(0).message, QStringLiteral("first"));
        rollout.finishStep(0, RolloutStepState::Running); // not a final state
        rollout.startStep(7);                             // out of range
        rollout.finish(RolloutState::Running);            // not a final state
        QCOMPARE(rollout.state(), RolloutState::Running);

        QSignalSpy finished(&rollout, &Rollout::finished);
        rollout.finish(RolloutState::Failed, QStringLiteral("first"));
        rollout.finish(RolloutState::Succeeded, QStringLiteral("second"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(rollout.state(), RolloutState::Failed);
        QCOMPARE(rollout.addStep(step(QStringLiteral("two"))), -1);
    }

    void producerTimes_areKept()
    {
        // A remote build reports when things happened; those times win over "now".
        const QDateTime begin = QDateTime::fromString(QStringLiteral("2026-05-07T21:09:36Z"), Qt::ISODate);
        Rollout rollout(QStringLiteral("lagoon-build-abc"), QStringLiteral("main"));
        rollout.start(begin);
        rollout.addStep(step(QStringLiteral("buildingImages"), RolloutStep::Kind::Build));
        rollout.startStep(0, begin.addSecs(2));
        rollout.setStepWarnings(0, true);
        rollout.finishStep(0, RolloutStepState::Succeeded, {}, begin.addSecs(62));
        rollout.finish(RolloutState::Succeeded, {}, begin.addSecs(70));
        QCOMPARE(rollout.step(0).duration().count(), 60000);
        QVERIFY(rollout.step(0).hasWarnings);
        QCOMPARE(rollout.record().duration().count(), 70000);
        QCOMPARE(rollout.record().indexOf(QStringLiteral("buildingImages")), 0);
    }

    void serviceReadiness_judgesTheWait()
    {
        using State = ServiceReadiness::State;
        QCOMPARE(ServiceReadiness::of(std::nullopt).state, State::Waiting);
        StackService s;
        s.name = QStringLiteral("web");
        QCOMPARE(ServiceReadiness::of(s).description, ServiceReadiness::tr("not created yet"));
        s.containerId = QStringLiteral("abc");
        s.state = DockerContainerState::Running;
        QCOMPARE(ServiceReadiness::of(s).state, State::Ready);
        s.health = StackHealth::Starting;
        QCOMPARE(ServiceReadiness::of(s).state, State::Waiting);
        s.health = StackHealth::Unhealthy;
        QCOMPARE(ServiceReadiness::of(s).state, State::Waiting);
        s.health = StackHealth::Healthy;
        QCOMPARE(ServiceReadiness::of(s).state, State::Ready);
        s.state = DockerContainerState::Exited;
        s.health = StackHealth::None;
        QCOMPARE(ServiceReadiness::of(s).state, State::Ready); // a one-shot that exited 0
        s.exitCode = 3;
        QCOMPARE(ServiceReadiness::of(s).state, State::Failed);
        QVERIFY(ServiceReadiness::of(s).description.contains(QStringLiteral("3")));
        s.state = DockerContainerState::Restarting;
        QCOMPARE(ServiceReadiness::of(s).state, State::Waiting);
    }

    void ids_areStable()
    {
        QCOMPARE(rolloutStateId(RolloutState::Succeeded), QStringLiteral("succeeded"));
        QCOMPARE(rolloutStateId(RolloutState::Cancelled), QStringLiteral("cancelled"));
        QCOMPARE(rolloutStepStateId(RolloutStepState::Skipped), QStringLiteral("skipped"));
        QCOMPARE(rolloutStepKindId(RolloutStep::Kind::PostRolloutTask), QStringLiteral("post-rollout-task"));
    }
};

QTEST_GUILESS_MAIN(tst_Rollout)
#include "tst_rollout.moc"
