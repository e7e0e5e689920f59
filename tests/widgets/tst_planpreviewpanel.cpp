// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The plan preview with the Drupal example: it shows what DeployPlanner plans, follows the
// chosen environment, and says why when there is nothing to plan.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/lagoon/plan/deployplanner.h"
#include "widgets/common/appearance.h"
#include "widgets/editor/planpreviewpanel.h"

using namespace Lagoon;
using namespace Qt::Literals::StringLiterals;
using Section = PlanPreviewPanel::Section;

namespace {

const QString ExampleDir = QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example");

QStringList column(const QStandardItemModel *model, int col)
{
    QStringList values;
    for (int r = 0; r < model->rowCount(); ++r)
        values << model->index(r, col).data().toString();
    return values;
}

// The row whose first column is `name`, as "col0|col1|...".
QString row(const QStandardItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() != name)
            continue;
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        return cells.join(u'|');
    }
    return {};
}

DeployPlan expectedPlan(const LoadedProject &project, const QString &branch, PlanInput::EnvironmentType type)
{
    PlanInput input;
    input.projectName = u"drupal-example"_s;
    input.branch = branch;
    input.environmentName = QString(branch).replace(u'/', u'-');
    input.environmentType = type;
    input.routerPattern = PlanPreviewPanel::DefaultRouterPattern;
    return DeployPlanner::plan(project.config, project.compose, input);
}

} // namespace

class tst_PlanPreviewPanel : public QObject
{
    Q_OBJECT

private:
    LoadedProject m_project;

    static QString emptyTitle(const PlanPreviewPanel &panel)
    {
        const auto *stack = panel.findChild<QStackedWidget *>();
        if (stack->currentIndex() != 0)
            return {};
        return panel.findChild<QLabel *>(u"planEmptyTitle"_s)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Appearance::setupIcons();
        Appearance::captureSystemPalette(qApp);
        Appearance::applyColorScheme(qApp, u"light"_s);
        m_project = LagoonProjectLoader::load(ExampleDir);
        QVERIFY(m_project.lagoonYmlLoaded);
        QVERIFY(m_project.composeLoaded);
    }

    void main_showsWhatThePlannerPlans()
    {
        PlanPreviewPanel panel;
        panel.resize(1000, 760);
        panel.show();
        panel.setProject(m_project);
        // main is the production branch of the example, so the panel starts there.
        QCOMPARE(panel.branch(), u"main"_s);
        QCOMPARE(panel.environmentType(), PlanInput::EnvironmentType::Production);
        QVERIFY(emptyTitle(panel).isEmpty());

        const DeployPlan expected = expectedPlan(m_project, u"main"_s, PlanInput::EnvironmentType::Production);
        QCOMPARE(panel.plan().services, expected.services);
        QCOMPARE(panel.plan().routes, expected.routes);

        QStringList services;
        for (const PlannedService &s : expected.services)
            services << s.composeName;
        QCOMPARE(column(panel.model(Section::Services), 0), services);
        QStringList routes;
        for (const PlannedRoute &r : expected.routes)
            routes << r.domain;
        QCOMPARE(column(panel.model(Section::Routes), 0), routes);
        QStringList cronjobs;
        for (const PlannedCronjob &c : expected.cronjobs)
            cronjobs << c.name + u'|' + c.resolvedSchedule;
        QStringList shown;
        for (int r = 0; r < panel.model(Section::Cronjobs)->rowCount(); ++r)
            shown << panel.model(Section::Cronjobs)->index(r, 0).data().toString() + u'|' +
                         panel.model(Section::Cronjobs)->index(r, 2).data().toString();
        QCOMPARE(shown, cronjobs);
        QCOMPARE(panel.model(Section::Tasks)->rowCount(),
                 expected.preRolloutTasks.size() + expected.postRolloutTasks.size());

        // Spot checks against the example's files.
        QCOMPARE(row(panel.model(Section::Services), u"php"_s).section(u'|', 2, 2), u"container in nginx's pod"_s);
        QVERIFY(row(panel.model(Section::Services), u"nginx"_s).contains(u"/app/web/sites/default/files/"_s));
        // The first custom route is the primary one (LAGOON_ROUTE).
        QCOMPARE(expected.primaryRoute, u"https://www.drupal-example.com"_s);
        QCOMPARE(row(panel.model(Section::Routes), u"www.drupal-example.com"_s),
                 u"www.drupal-example.com|nginx|Let's Encrypt|Redirect|primary|custom"_s);
        QVERIFY(column(panel.model(Section::Routes), 0).contains(u"drupal-example.com"_s));
        QVERIFY(column(panel.model(Section::Routes), 5).contains(u"autogenerated"_s));
        const QString cron = row(panel.model(Section::Cronjobs), u"drush cron"_s);
        QVERIFY2(cron.startsWith(u"drush cron|M/15 * * * *|"_s), qPrintable(cron));
        QVERIFY(cron.endsWith(u"|cli|drush cron"_s));
        QVERIFY(!row(panel.model(Section::Cronjobs), u"nightly cache warm-up"_s).isEmpty());
        QCOMPARE(column(panel.model(Section::Tasks), 1),
                 (QStringList{u"Back up the database before the rollout"_s, u"Install Drupal on the first deployment"_s,
                              u"drush deploy"_s}));
        QCOMPARE(column(panel.model(Section::Tasks), 0),
                 (QStringList{u"pre-rollout"_s, u"post-rollout"_s, u"post-rollout"_s}));
        // A multi-line command stays on one row.
        QVERIFY(!panel.model(Section::Tasks)->index(1, 3).data().toString().contains(u'\n'));

        const auto *summary = panel.findChild<QLabel *>(u"planSummary"_s);
        QVERIFY(summary->text().contains(u"drupal-example-main"_s));
        QVERIFY(summary->text().contains(expected.primaryRoute));
    }

    void changingTheEnvironment_updatesTheRows()
    {
        PlanPreviewPanel panel;
        panel.show();
        panel.setProject(m_project);
        auto *combo = panel.findChild<QComboBox *>(u"planEnvironment"_s);
        QCOMPARE(combo->count(), 2);  // main and develop from .lagoon.yml
        combo->setCurrentIndex(combo->findText(u"develop"_s));

        // develop is no production branch: the type follows until the user picks one.
        QCOMPARE(panel.environmentType(), PlanInput::EnvironmentType::Development);
        const DeployPlan expected = expectedPlan(m_project, u"develop"_s, PlanInput::EnvironmentType::Development);
        QCOMPARE(panel.plan().cronjobs, expected.cronjobs);
        QCOMPARE(column(panel.model(Section::Cronjobs), 0), QStringList{u"drush cron"_s});
        QCOMPARE(panel.model(Section::Cronjobs)->index(0, 1).data().toString(), u"M * * * *"_s);
        QVERIFY(!column(panel.model(Section::Routes), 0).contains(u"www.drupal-example.com"_s));
        QVERIFY(panel.findChild<QLabel *>(u"planSummary"_s)->text().contains(u"drupal-example-develop"_s));

        // A branch that is not in .lagoon.yml: the environment name replaces '/' as Lagoon does.
        panel.setBranch(u"feature/login"_s);
        QCOMPARE(panel.plan().namespaceName, u"drupal-example-feature-login"_s);
        QCOMPARE(panel.model(Section::Cronjobs)->rowCount(), 0);
        QVERIFY(!panel.findChild<QTreeView *>(u"planCronjobs"_s)->isVisibleTo(&panel));

        // The type the user picks sticks.
        panel.setEnvironmentType(PlanInput::EnvironmentType::Production);
        panel.setBranch(u"develop"_s);
        QCOMPARE(panel.environmentType(), PlanInput::EnvironmentType::Production);
        QCOMPARE(panel.plan().input.environmentType, PlanInput::EnvironmentType::Production);
    }

    void theChoiceSurvivesUpdates_andHiddenPanelsWait()
    {
        PlanPreviewPanel panel;
        panel.show();
        panel.setProject(m_project);
        panel.setBranch(u"develop"_s);
        panel.setProject(m_project);
        QCOMPARE(panel.branch(), u"develop"_s);
        QCOMPARE(panel.plan().input.branch, u"develop"_s);

        // Hidden: a new project only marks the plan stale; showing replans.
        panel.hide();
        LoadedProject edited = m_project;
        edited.config.environments[1].cronjobs.clear();
        panel.setProject(edited);
        QVERIFY(panel.isStale());
        QCOMPARE(panel.plan().cronjobs.size(), 1);
        panel.show();
        QVERIFY(!panel.isStale());
        QVERIFY(panel.plan().cronjobs.isEmpty());
        QCOMPARE(panel.branch(), u"develop"_s);
    }

    void problemsAreListedFirst()
    {
        PlanPreviewPanel panel;
        panel.show();
        LoadedProject broken = m_project;
        broken.compose.services[3].labels.clear();  // mariadb without lagoon.type
        panel.setProject(broken);
        QVERIFY(panel.plan().hasErrors());
        const QStandardItemModel *problems = panel.model(Section::Problems);
        QVERIFY(problems->rowCount() >= 1);
        QVERIFY(column(problems, 1).join(u'\n').contains(u"no lagoon.type has been set for service 'mariadb'"_s));
        QVERIFY(panel.findChild<QTreeView *>(u"planProblems"_s)->isVisibleTo(&panel));
        QVERIFY(!panel.findChild<QTreeView *>(u"planProblems"_s)->isHidden());
    }

    void activatingARow_jumpsToItsSource()
    {
        PlanPreviewPanel panel;
        panel.show();
        panel.setProject(m_project);
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy spy(&panel, &PlanPreviewPanel::sourceActivated);
        auto *view = panel.findChild<QTreeView *>(u"planCronjobs"_s);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u".lagoon.yml"_s);
        QCOMPARE(spy.at(0).at(1).toInt(), panel.plan().cronjobs.at(0).span.line);
        QVERIFY(spy.at(0).at(1).toInt() > 40);

        auto *services = panel.findChild<QTreeView *>(u"planServices"_s);
        services->setFocus();
        services->setCurrentIndex(services->model()->index(1, 2));  // nginx, any column
        QTest::keyClick(services, Qt::Key_Return);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), u"docker-compose.yml"_s);
        QCOMPARE(spy.at(1).at(1).toInt(), 40);
    }

    void emptyStates()
    {
        PlanPreviewPanel panel;
        panel.show();
        QCOMPARE(emptyTitle(panel), u"No .lagoon.yml"_s);

        QTemporaryDir dir;
        QFile compose(dir.filePath(u"docker-compose.yml"_s));
        QVERIFY(compose.open(QIODevice::WriteOnly));
        compose.write("services: {}\n");
        compose.close();
        panel.setProject(LagoonProjectLoader::load(dir.path()));
        QCOMPARE(emptyTitle(panel), u"No .lagoon.yml"_s);
        QVERIFY(!panel.findChild<QComboBox *>(u"planEnvironment"_s)->isEnabled());

        panel.setProject(m_project);
        QVERIFY(emptyTitle(panel).isEmpty());
        panel.setBranch(QString());
        QCOMPARE(emptyTitle(panel), u"Choose an environment"_s);
        QVERIFY(panel.model(Section::Services)->rowCount() == 0);

        // A .lagoon.yml that cannot be parsed is not a missing one.
        QFile lagoon(dir.filePath(u".lagoon.yml"_s));
        QVERIFY(lagoon.open(QIODevice::WriteOnly));
        lagoon.write("environments: [\n");
        lagoon.close();
        panel.setProject(LagoonProjectLoader::load(dir.path()));
        QCOMPARE(emptyTitle(panel), u".lagoon.yml cannot be read"_s);
    }

    void screenshot()
    {
        PlanPreviewPanel panel;
        panel.resize(1040, 820);
        panel.setProject(m_project);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::qWait(50);
        const QImage image = panel.grab().toImage();
        const QString dir = qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", QDir::temp().filePath(u"lagoon-screenshots"_s));
        QVERIFY(QDir().mkpath(dir));
        const QString file = QDir(dir).filePath(u"editor-plan-preview.png"_s);
        QVERIFY(image.save(file));
        qInfo("screenshot: %s", qPrintable(file));
        QVERIFY(!panel.isStale());
    }
};

QTEST_MAIN(tst_PlanPreviewPanel)
#include "tst_planpreviewpanel.moc"
