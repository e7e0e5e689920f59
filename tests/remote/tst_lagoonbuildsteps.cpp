// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/remote/lagoonbuildsteps.h"

using namespace Lagoon;
using namespace Qt::Literals::StringLiterals;
using Phase = LagoonBuildSteps::Phase;

// Lagoon's buildStep ids and the titles of build-deploy-tool's banners must name one step.
class tst_LagoonBuildSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookup_data()
    {
        QTest::addColumn<QString>("buildStep");
        QTest::addColumn<QString>("title");
        QTest::addColumn<Phase>("phase");
        QTest::newRow("running") << u"buildingImages"_s << u"Image Builds"_s << Phase::Running;
        QTest::newRow("done") << u"imageBuildComplete"_s << u"Image Builds"_s << Phase::Done;
        QTest::newRow("same id running and done")
            << u"initialSetup"_s << u"Initial Environment Setup"_s << Phase::Running;
        QTest::newRow("validation error")
            << u"dockerComposeValidationError"_s << u"Docker Compose Validation"_s << Phase::Error;
        QTest::newRow("validation warning")
            << u"dockerComposeValidationWarning"_s << u"Docker Compose Validation"_s << Phase::Warning;
        QTest::newRow("completed with warnings")
            << u"deployCompletedWithWarnings"_s << u"Completed With Warnings"_s << Phase::Warning;
        QTest::newRow("last step") << u"deployCompleted"_s << u"Build and Deploy"_s << Phase::Done;
    }

    void lookup()
    {
        QFETCH(QString, buildStep);
        QFETCH(QString, title);
        QFETCH(Phase, phase);
        const auto match = LagoonBuildSteps::lookup(buildStep);
        QVERIFY(match);
        QCOMPARE(match->title, title);
        QCOMPARE(match->phase, phase);
    }

    void unknownIds_areNotGuessed()
    {
        QVERIFY(!LagoonBuildSteps::lookup(u"imageBuildNginxComplete"_s));
        QVERIFY(!LagoonBuildSteps::lookup(u"cancelled"_s));
        QVERIFY(LagoonBuildSteps::titlesBefore(u"Some New Step"_s).isEmpty());
    }

    void titlesBefore_inLagoonsOrder()
    {
        QCOMPARE(LagoonBuildSteps::titlesBefore(u"Image Builds"_s),
                 QStringList({u"Initial Environment Setup"_s, u"Docker Compose Validation"_s,
                              u".lagoon.yml Validation"_s, u"Configure Variables"_s}));
        QVERIFY(LagoonBuildSteps::titlesBefore(u"Initial Environment Setup"_s).isEmpty());
        QCOMPARE(LagoonBuildSteps::kindOf(u"Pre-Rollout Tasks"_s), RolloutStep::Kind::PreRolloutTask);
    }
};

QTEST_GUILESS_MAIN(tst_LagoonBuildSteps)
#include "tst_lagoonbuildsteps.moc"
