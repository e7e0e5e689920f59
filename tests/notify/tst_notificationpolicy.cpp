// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "core/notify/notificationpolicy.h"
#include "core/notify/notificationsettings.h"
#include "core/notify/notificationtext.h"
#include "core/remote/lagoondeployment.h"
#include "core/settings/settings.h"

using namespace Lagoon;
using Decision = NotificationPolicy::Decision;
using Choice = NotificationPolicy::Choice;

namespace {

DeploymentOutcome outcome(const QString &build, DeploymentOutcome::Kind kind,
                          const QString &project = QStringLiteral("lagoon-demo"))
{
    DeploymentOutcome o;
    o.deployment = {QStringLiteral("sandbox"), project, QStringLiteral("main"), build};
    o.kind = kind;
    if (kind == DeploymentOutcome::Kind::Failed)
        o.failedStep = QStringLiteral("buildingImages");
    return o;
}

} // namespace

class tst_NotificationPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    QString stateFile() const { return m_dir.filePath(QStringLiteral("data/notified-deployments.json")); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(stateFile());
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<Settings>(
            new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    }

    void decide_notifiesEachOutcomeOnce()
    {
        NotificationPolicy policy(m_settings.get(), stateFile());
        QCOMPARE(policy.decide(outcome(QStringLiteral("lagoon-build-a"), DeploymentOutcome::Kind::Complete)),
                 Decision::Notify);
        // The same outcome again (a reconnect's replay, a reconciling query): no second notification.
        QCOMPARE(policy.decide(outcome(QStringLiteral("lagoon-build-a"), DeploymentOutcome::Kind::Complete)),
                 Decision::AlreadyNotified);
        QCOMPARE(policy.decide(outcome(QStringLiteral("lagoon-build-b"), DeploymentOutcome::Kind::Failed)),
                 Decision::Notify);
    }

    void decide_rememberedAcrossARestart()
    {
        {
            NotificationPolicy policy(m_settings.get(), stateFile());
            QCOMPARE(policy.decide(outcome(QStringLiteral("lagoon-build-a"), DeploymentOutcome::Kind::Failed)),
                     Decision::Notify);
        }
        QVERIFY(QFile::exists(stateFile()));
        // The app started again: a new policy reading the same file.
        NotificationPolicy again(m_settings.get(), stateFile());
        QVERIFY(
            again.wasDecided(outcome(QStringLiteral("lagoon-build-a"), DeploymentOutcome::Kind::Failed).deployment));
        QCOMPARE(again.decide(outcome(QStringLiteral("lagoon-build-a"), DeploymentOutcome::Kind::Failed)),
                 Decision::AlreadyNotified);
        QCOMPARE(again.decide(outcome(QStringLiteral("lagoon-build-c"), DeploymentOutcome::Kind::Complete)),
                 Decision::Notify);
    }

    void decide_twoInstancesShareTheFile()
    {
        NotificationPolicy first(m_settings.get(), stateFile());
        NotificationPolicy second(m_settings.get(), stateFile());
        QCOMPARE(first.decide(outcome(QStringLiteral("lagoon-build-a"), DeploymentOutcome::Kind::Complete)),
                 Decision::Notify);
        QCOMPARE(second.decide(outcome(QStringLiteral("lagoon-build-a"), DeploymentOutcome::Kind::Complete)),
                 Decision::AlreadyNotified);
    }

    void stateFile_staysBounded()
    {
        NotificationPolicy policy(m_settings.get(), stateFile());
        const int total = NotificationPolicy::MaxRemembered + 50;
        for (int i = 0; i < total; ++i)
            QCOMPARE(
                policy.decide(outcome(QStringLiteral("lagoon-build-%1").arg(i), DeploymentOutcome::Kind::Complete)),
                Decision::Notify);
        QFile file(stateFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.size() < 100 * 1024, qPrintable(QString::number(file.size())));
        NotificationPolicy again(m_settings.get(), stateFile());
        // The newest are remembered, the oldest forgotten.
        QVERIFY(again.wasDecided(
            outcome(QStringLiteral("lagoon-build-%1").arg(total - 1), DeploymentOutcome::Kind::Complete).deployment));
        QVERIFY(
            !again.wasDecided(outcome(QStringLiteral("lagoon-build-0"), DeploymentOutcome::Kind::Complete).deployment));
    }

    void choice_perProject()
    {
        NotificationPolicy policy(m_settings.get(), stateFile());
        policy.setChoice(QStringLiteral("quiet"), Choice::None);
        policy.setChoice(QStringLiteral("strict"), Choice::FailuresOnly);
        QCOMPARE(policy.choice(QStringLiteral("quiet")), Choice::None);
        QCOMPARE(policy.choice(QStringLiteral("other")), Choice::All);

        QCOMPARE(policy.decide(outcome(QStringLiteral("b1"), DeploymentOutcome::Kind::Failed, QStringLiteral("quiet"))),
                 Decision::Muted);
        QCOMPARE(
            policy.decide(outcome(QStringLiteral("b2"), DeploymentOutcome::Kind::Complete, QStringLiteral("strict"))),
            Decision::Muted);
        QCOMPARE(policy.decide(outcome(QStringLiteral("b3"), DeploymentOutcome::Kind::CompletedWithWarnings,
                                       QStringLiteral("strict"))),
                 Decision::Muted);
        QCOMPARE(
            policy.decide(outcome(QStringLiteral("b4"), DeploymentOutcome::Kind::Cancelled, QStringLiteral("strict"))),
            Decision::Muted);
        QCOMPARE(
            policy.decide(outcome(QStringLiteral("b5"), DeploymentOutcome::Kind::Failed, QStringLiteral("strict"))),
            Decision::Notify);
        QCOMPARE(
            policy.decide(outcome(QStringLiteral("b6"), DeploymentOutcome::Kind::Complete, QStringLiteral("other"))),
            Decision::Notify);

        // The default choice covers projects without one; a project's own choice is kept in the settings.
        policy.setDefaultChoice(Choice::FailuresOnly);
        QCOMPARE(
            policy.decide(outcome(QStringLiteral("b7"), DeploymentOutcome::Kind::Complete, QStringLiteral("other"))),
            Decision::Muted);
        NotificationPolicy reread(m_settings.get(), {});
        QCOMPARE(reread.choice(QStringLiteral("strict")), Choice::FailuresOnly);
        QCOMPARE(reread.choice(QStringLiteral("quiet")), Choice::None);
        QCOMPARE(reread.defaultChoice(), Choice::FailuresOnly);
        reread.clearChoice(QStringLiteral("quiet"));
        QCOMPARE(policy.choice(QStringLiteral("quiet")), Choice::FailuresOnly);
    }

    void doNotDisturb_silencesAndIsNotOwedLater()
    {
        NotificationPolicy policy(m_settings.get(), stateFile());
        QSignalSpy changed(&policy, &NotificationPolicy::doNotDisturbChanged);
        policy.setDoNotDisturb(true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_settings->value(SettingKeys::NotifyDoNotDisturb));
        QCOMPARE(policy.decide(outcome(QStringLiteral("lagoon-build-a"), DeploymentOutcome::Kind::Failed)),
                 Decision::DoNotDisturb);
        policy.setDoNotDisturb(false);
        // What ended during do-not-disturb does not pop up afterwards.
        QCOMPARE(policy.decide(outcome(QStringLiteral("lagoon-build-a"), DeploymentOutcome::Kind::Failed)),
                 Decision::AlreadyNotified);
        QCOMPARE(policy.decide(outcome(QStringLiteral("lagoon-build-b"), DeploymentOutcome::Kind::Failed)),
                 Decision::Notify);
    }

    void lookingAt_suppressesOnlyThatRollout()
    {
        NotificationPolicy policy(m_settings.get(), stateFile());
        policy.setLookingAt([](const DeploymentRef &d) { return d.buildName == QLatin1String("lagoon-build-shown"); });
        QCOMPARE(policy.decide(outcome(QStringLiteral("lagoon-build-shown"), DeploymentOutcome::Kind::Complete)),
                 Decision::LookingAt);
        QCOMPARE(policy.decide(outcome(QStringLiteral("lagoon-build-other"), DeploymentOutcome::Kind::Complete)),
                 Decision::Notify);
    }

    void text_saysWhatHappened()
    {
        LagoonDeployment d;
        d.name = QStringLiteral("lagoon-build-x1y2z3");
        d.status = QStringLiteral("failed");
        d.buildStep = QStringLiteral("buildingImages");
        d.started = QStringLiteral("2026-11-27 07:26:30");
        d.completed = QStringLiteral("2026-11-27 07:30:42");
        auto failed = DeploymentOutcome::fromDeployment(QStringLiteral("a"), QStringLiteral("lagoon-demo"),
                                                        QStringLiteral("main"), d);
        QVERIFY(failed);
        QCOMPARE(failed->kind, DeploymentOutcome::Kind::Failed);
        QCOMPARE(failed->finished, QDateTime(QDate(2026, 11, 27), QTime(7, 30, 42), QTimeZone::utc()));
        NotificationText text = NotificationText::forOutcome(*failed);
        QCOMPARE(text.summary, QStringLiteral("✖ lagoon-demo · main failed at Image Builds"));
        QCOMPARE(text.body, QStringLiteral("Failed after 4 min 12 s\nBuild lagoon-build-x1y2z3"));

        d.status = QStringLiteral("complete");
        d.buildStep = QStringLiteral("deployCompleted");
        text = NotificationText::forOutcome(
            *DeploymentOutcome::fromDeployment({}, QStringLiteral("lagoon-demo"), QStringLiteral("main"), d));
        QCOMPARE(text.summary, QStringLiteral("✔ lagoon-demo · main deployed"));
        QCOMPARE(text.body, QStringLiteral("Took 4 min 12 s\nBuild lagoon-build-x1y2z3"));

        d.buildStep = QStringLiteral("deployCompletedWithWarnings");
        QCOMPARE(DeploymentOutcome::fromDeployment({}, {}, {}, d)->kind,
                 DeploymentOutcome::Kind::CompletedWithWarnings);
        d.status = QStringLiteral("cancelled");
        d.completed.clear();
        const auto cancelled = DeploymentOutcome::fromDeployment({}, QStringLiteral("p"), QStringLiteral("dev"), d);
        QCOMPARE(cancelled->kind, DeploymentOutcome::Kind::Cancelled);
        QCOMPARE(NotificationText::forOutcome(*cancelled).body, QStringLiteral("Build lagoon-build-x1y2z3"));
        d.status = QStringLiteral("running");
        QVERIFY(!DeploymentOutcome::fromDeployment({}, {}, {}, d));

        QCOMPARE(NotificationTexts::stepTitle(QStringLiteral("lagoonYmlValidationError")),
                 QStringLiteral(".lagoon.yml Validation"));
        QCOMPARE(NotificationTexts::stepTitle(QStringLiteral("someNewStep")), QStringLiteral("Some New Step"));
    }
};

QTEST_GUILESS_MAIN(tst_NotificationPolicy)
#include "tst_notificationpolicy.moc"
