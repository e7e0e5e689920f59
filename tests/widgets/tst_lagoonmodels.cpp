// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

#include "widgets/lagoon/lagoonbadge.h"
#include "widgets/lagoon/lagoondeploymentsmodel.h"
#include "widgets/lagoon/lagoonenvironmentsmodel.h"
#include "widgets/lagoon/lagoonformat.h"
#include "widgets/lagoon/lagoonitemdelegate.h"
#include "widgets/lagoon/lagoonprojectsmodel.h"
#include "widgets/lagoon/lagoonruntaskpanel.h"
#include "widgets/lagoon/lagoontasksmodel.h"
#include "widgets/lagoon/lagoonvariabledialog.h"
#include "widgets/lagoon/lagoonvariablesmodel.h"

using namespace Lagoon;

namespace {

QJsonObject environment(int id, const QString &name, const QString &type, const QString &status = {},
                        const QString &buildStep = {})
{
    QJsonObject e{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("environmentType"), type},
                  {QStringLiteral("deployType"), QStringLiteral("branch")},
                  {QStringLiteral("openshiftProjectName"), QString(QStringLiteral("demo-") + name)},
                  {QStringLiteral("route"), QString(QStringLiteral("https://") + name + QStringLiteral(".example.org"))},
                  {QStringLiteral("routes"), QString(QStringLiteral("https://") + name + QStringLiteral(".example.org,https://www.example.org"))}};
    QJsonArray deployments;
    if (!status.isEmpty()) {
        deployments.append(QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("lagoon-build-") + name)},
                                       {QStringLiteral("status"), status},
                                       {QStringLiteral("buildStep"), buildStep},
                                       {QStringLiteral("created"), QStringLiteral("2026-03-04 10:00:00")}});
    }
    e.insert(QStringLiteral("deployments"), deployments);
    return e;
}

LagoonDeployment deployment(int id, const QString &name, const QString &status, const QString &created)
{
    LagoonDeployment d;
    d.id = id;
    d.name = name;
    d.status = status;
    d.created = created;
    d.started = created;
    return d;
}

QJsonObject variable(const QString &name, const QString &scope)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("scope"), scope}, {QStringLiteral("value"), QStringLiteral("leaked")}};
}

} // namespace

class tst_LagoonModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badges_deploymentStatuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("buildStep");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("tone");
        using T = Badge::Tone;
        QTest::newRow("new") << QStringLiteral("new") << QStringLiteral("") << QStringLiteral("New") << int(T::Neutral);
        QTest::newRow("pending") << QStringLiteral("pending") << QStringLiteral("") << QStringLiteral("Pending") << int(T::Busy);
        QTest::newRow("queued") << QStringLiteral("queued") << QStringLiteral("") << QStringLiteral("Queued") << int(T::Busy);
        QTest::newRow("running") << QStringLiteral("running") << QStringLiteral("buildingImages") << QStringLiteral("Running") << int(T::Busy);
        QTest::newRow("complete") << QStringLiteral("complete") << QStringLiteral("deployCompleted") << QStringLiteral("Complete") << int(T::Good);
        QTest::newRow("warnings") << QStringLiteral("complete") << QStringLiteral("deployCompletedWithWarnings") << QStringLiteral("Complete with warnings") << int(T::Warning);
        QTest::newRow("failed") << QStringLiteral("failed") << QStringLiteral("buildingImages") << QStringLiteral("Failed") << int(T::Bad);
        QTest::newRow("error") << QStringLiteral("error") << QStringLiteral("") << QStringLiteral("Error") << int(T::Bad);
        QTest::newRow("cancelled") << QStringLiteral("cancelled") << QStringLiteral("cancelled") << QStringLiteral("Cancelled") << int(T::Neutral);
        QTest::newRow("upper case") << QStringLiteral("COMPLETE") << QStringLiteral("") << QStringLiteral("Complete") << int(T::Good);
    }

    void badges_deploymentStatuses()
    {
        QFETCH(QString, status);
        QFETCH(QString, buildStep);
        QFETCH(QString, text);
        QFETCH(int, tone);
        const Badge badge = LagoonBadge::forDeployment(status, buildStep);
        QCOMPARE(badge.text, text);
        QCOMPARE(int(badge.tone), tone);
        QVERIFY(!badge.iconName.isEmpty());
    }

    void badges_tasksAndEnvironmentTypes()
    {
        QCOMPARE(LagoonBadge::forTask(QStringLiteral("succeeded")).tone, Badge::Tone::Good);
        QCOMPARE(LagoonBadge::forTask(QStringLiteral("active")).tone, Badge::Tone::Busy);
        QCOMPARE(LagoonBadge::forTask(QStringLiteral("failed")).text, QStringLiteral("Failed"));
        QCOMPARE(LagoonBadge::forEnvironmentType(QStringLiteral("production")).text, QStringLiteral("Production"));
        QCOMPARE(LagoonBadge::forEnvironmentType(QStringLiteral("development")).text, QStringLiteral("Development"));
        QVERIFY(LagoonBadge::forDeployment(QString()).isEmpty());
    }

    void format_datesAndDurations()
    {
        const QDateTime date = LagoonFormat::parseDate(QStringLiteral("2026-03-04 10:42:07"));
        QVERIFY(date.isValid());
        QCOMPARE(date.toUTC(), QDateTime(QDate(2026, 3, 4), QTime(10, 42, 7), QTimeZone::utc()));
        QVERIFY(!LagoonFormat::parseDate(QString()).isValid());
        QCOMPARE(LagoonFormat::duration(45), QStringLiteral("45 s"));
        QCOMPARE(LagoonFormat::duration(192), QStringLiteral("3 min 12 s"));
        QCOMPARE(LagoonFormat::duration(3840), QStringLiteral("1 h 4 min"));
        QCOMPARE(LagoonFormat::duration(3 * 86400 + 7200), QStringLiteral("3 d 2 h"));
        QCOMPARE(LagoonFormat::duration(QStringLiteral("2026-03-04 10:00:00"), QStringLiteral("2026-03-04 10:01:30"), {}),
                 QStringLiteral("1 min 30 s"));
        QCOMPARE(LagoonFormat::deployType(QStringLiteral("pullrequest")), QStringLiteral("Pull request"));
        for (const QString &scope : {QStringLiteral("build"), QStringLiteral("runtime"), QStringLiteral("global"),
                                     QStringLiteral("container_registry"), QStringLiteral("internal_container_registry")})
            QVERIFY2(!LagoonFormat::scopeDescription(scope).isEmpty(), qPrintable(scope));
        QVERIFY(LagoonFormat::scopeDescription(QStringLiteral("runtime")).contains(QLatin1String("next deployment")));
    }

    void projectsModel_sortsAndFilters()
    {
        LagoonProjectsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray projects{QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("name"), QStringLiteral("zeta")}},
                                  QJsonObject{{QStringLiteral("id"), 18},
                                              {QStringLiteral("name"), QStringLiteral("lagoon-demo")},
                                              {QStringLiteral("environments"), QJsonArray{environment(3, QStringLiteral("main"), QStringLiteral("production"))}}},
                                  QJsonObject{{QStringLiteral("id"), 9}}};
        model.setProjects(projects);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("lagoon-demo"));
        QCOMPARE(model.index(0, LagoonProjectsModel::EnvironmentsColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, 0).data(LagoonProjectsModel::IdRole).toInt(), 18);
        QCOMPARE(model.rowOf(QStringLiteral("zeta")), 1);
        proxy.setFilterFixedString(QStringLiteral("DEMO"));
        QCOMPARE(proxy.rowCount(), 1);
        model.setProjects({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void environmentsModel_productionFirst_badgesAndLinks()
    {
        LagoonEnvironmentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonObject dev = environment(5, QStringLiteral("dev"), QStringLiteral("development"));
        dev.insert(QStringLiteral("kubernetesNamespaceName"), QStringLiteral("k8s-dev"));
        model.setEnvironments({dev, environment(3, QStringLiteral("main"), QStringLiteral("production"), QStringLiteral("complete"),
                                                QStringLiteral("deployCompletedWithWarnings"))});
        QCOMPARE(model.names(), QStringList({QStringLiteral("main"), QStringLiteral("dev")}));
        const auto type = model.index(0, LagoonEnvironmentsModel::TypeColumn).data(Badge::ItemRole).value<Badge>();
        QCOMPARE(type.text, QStringLiteral("Production"));
        const auto last =
            model.index(0, LagoonEnvironmentsModel::LastDeploymentColumn).data(Badge::ItemRole).value<Badge>();
        QCOMPARE(last.text, QStringLiteral("Complete with warnings"));
        QCOMPARE(model.index(1, LagoonEnvironmentsModel::LastDeploymentColumn).data().toString(), QStringLiteral("Never deployed"));
        QVERIFY(!model.index(1, LagoonEnvironmentsModel::LastDeploymentColumn).data(Badge::ItemRole).isValid());
        QCOMPARE(model.index(0, LagoonEnvironmentsModel::RouteColumn).data(LagoonItemDelegate::LinkRole).toUrl(),
                 QUrl(QStringLiteral("https://main.example.org")));
        QCOMPARE(model.index(0, LagoonEnvironmentsModel::NamespaceColumn).data().toString(), QStringLiteral("demo-main"));
        QCOMPARE(model.index(1, LagoonEnvironmentsModel::NamespaceColumn).data().toString(), QStringLiteral("k8s-dev"));
        QCOMPARE(LagoonEnvironmentsModel::routesOf(dev),
                 QStringList({QStringLiteral("https://dev.example.org"), QStringLiteral("https://www.example.org")}));
        QCOMPARE(model.index(0, LagoonEnvironmentsModel::DeployTypeColumn).data().toString(), QStringLiteral("Branch"));
    }

    void deploymentsModel_insertsNewestFirst_updatesInPlace()
    {
        LagoonDeploymentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDeployments({deployment(1, QStringLiteral("b-old"), QStringLiteral("complete"), QStringLiteral("2026-01-01 10:00:00")),
                              deployment(2, QStringLiteral("b-mid"), QStringLiteral("failed"), QStringLiteral("2026-01-02 10:00:00"))});
        QCOMPARE(model.deployment(0).name, QStringLiteral("b-mid"));

        LagoonDeployment fresh = deployment(3, QStringLiteral("b-new"), QStringLiteral("new"), QStringLiteral("2026-01-03 10:00:00"));
        fresh.started.clear();
        model.updateDeployment(fresh);
        QCOMPARE(model.rowOf(QStringLiteral("b-new")), 0);
        QCOMPARE(model.index(0, LagoonDeploymentsModel::StatusColumn).data().toString(), QStringLiteral("New"));

        fresh.status = QStringLiteral("running");
        fresh.buildStep = QStringLiteral("buildingImages");
        fresh.started = QStringLiteral("2026-01-03 10:00:05");
        model.setNow(LagoonFormat::parseDate(QStringLiteral("2026-01-03 10:01:05")));
        model.updateDeployment(fresh);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LagoonDeploymentsModel::StepColumn).data().toString(), QStringLiteral("buildingImages"));
        QCOMPARE(model.index(0, LagoonDeploymentsModel::DurationColumn).data().toString(), QStringLiteral("1 min 0 s"));

        fresh.status = QStringLiteral("complete");
        fresh.buildStep = QStringLiteral("deployCompletedWithWarnings");
        fresh.completed = QStringLiteral("2026-01-03 10:02:05");
        model.updateDeployment(fresh);
        QCOMPARE(model.index(0, LagoonDeploymentsModel::StatusColumn).data().toString(), QStringLiteral("Complete with warnings"));
        QCOMPARE(model.index(0, LagoonDeploymentsModel::DurationColumn).data().toString(), QStringLiteral("2 min 0 s"));
        QVERIFY(model.index(0, 0).data(LagoonDeploymentsModel::FinishedRole).toBool());

        // An older build that appears late goes below the newer ones.
        model.updateDeployment(deployment(0, QStringLiteral("b-ancient"), QStringLiteral("complete"), QStringLiteral("2025-01-01 10:00:00")));
        QCOMPARE(model.rowOf(QStringLiteral("b-ancient")), 3);
    }

    void tasksModel_insertsAndUpdates()
    {
        LagoonTasksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LagoonTask task;
        task.id = 7;
        task.name = QStringLiteral("Drush cron");
        task.status = QStringLiteral("new");
        task.created = QStringLiteral("2026-01-01 10:00:00");
        model.updateTask(task);
        task.status = QStringLiteral("succeeded");
        model.updateTask(task);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, LagoonTasksModel::StatusColumn).data().toString(), QStringLiteral("Succeeded"));
        LagoonTask other = task;
        other.id = 8;
        other.created = QStringLiteral("2026-01-02 10:00:00");
        model.updateTask(other);
        QCOMPARE(model.rowOf(8), 0);
        model.setTasks({});
        QCOMPARE(model.rowCount(), 0);
    }

    void variablesModel_neverTakesValuesFromLists_revealsOnDemand()
    {
        LagoonVariablesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVariables({variable(QStringLiteral("API_KEY"), QStringLiteral("runtime"))},
                           {variable(QStringLiteral("API_KEY"), QStringLiteral("global")),
                            variable(QStringLiteral("BUILD_FLAG"), QStringLiteral("BUILD"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.variable(0).level, LagoonVariablesModel::Level::Environment);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.variable(row).revealed);
            QVERIFY(!model.index(row, LagoonVariablesModel::ValueColumn).data().toString().contains(QLatin1String("leaked")));
        }
        QCOMPARE(model.index(2, LagoonVariablesModel::ScopeColumn).data().toString(), QStringLiteral("Build"));
        QVERIFY(model.index(0, LagoonVariablesModel::ScopeColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("next deployment")));
        const int project = model.rowOf(QStringLiteral("API_KEY"), LagoonVariablesModel::Level::Project);
        QVERIFY(model.isOverridden(project));
        QVERIFY(!model.isOverridden(0));

        model.reveal(0, QStringLiteral("s3cret"));
        QCOMPARE(model.index(0, LagoonVariablesModel::ValueColumn).data().toString(), QStringLiteral("s3cret"));
        QVERIFY(model.index(0, 0).data(LagoonVariablesModel::RevealedRole).toBool());
        model.hideAll();
        QVERIFY(!model.variable(0).revealed);
        model.reveal(0, QStringLiteral("s3cret"));
        model.setVariables({variable(QStringLiteral("API_KEY"), QStringLiteral("runtime"))}, {});
        QVERIFY(!model.variable(0).revealed);
    }

    void runTaskPanel_buildsTheFormFromTheArguments()
    {
        LagoonRunTaskPanel panel;
        const QJsonObject json{
            {QStringLiteral("id"), 7},
            {QStringLiteral("name"), QStringLiteral("Sync database")},
            {QStringLiteral("type"), QStringLiteral("COMMAND")},
            {QStringLiteral("service"), QStringLiteral("cli")},
            {QStringLiteral("command"), QStringLiteral("drush sql-sync")},
            {QStringLiteral("advancedTaskDefinitionArguments"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("SOURCE")},
                                    {QStringLiteral("displayName"), QStringLiteral("Source environment")},
                                    {QStringLiteral("type"), QStringLiteral("ENVIRONMENT_SOURCE_NAME_EXCLUDE_SELF")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("COUNT")},
                                    {QStringLiteral("type"), QStringLiteral("NUMERIC")},
                                    {QStringLiteral("defaultValue"), QStringLiteral("3")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("MODE")},
                                    {QStringLiteral("type"), QStringLiteral("STRING")},
                                    {QStringLiteral("range"), QJsonArray{QStringLiteral("fast"), QStringLiteral("full")}}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("NOTE")},
                                    {QStringLiteral("type"), QStringLiteral("STRING")},
                                    {QStringLiteral("optional"), true}}}}};
        LagoonTaskDefinition definition = LagoonTaskDefinition::fromJson(json);
        QCOMPARE(definition.arguments.size(), 4);
        QCOMPARE(definition.arguments.at(0).type, LagoonTaskDefinition::ArgumentType::EnvironmentSourceNameExcludeSelf);

        // No session: the form is built, but Run stays off.
        panel.setDefinitions({definition});
        auto *source = qobject_cast<QComboBox *>(panel.fieldFor(QStringLiteral("SOURCE")));
        QVERIFY(source);
        QCOMPARE(source->accessibleName(), QStringLiteral("Source environment"));
        auto *count = qobject_cast<QLineEdit *>(panel.fieldFor(QStringLiteral("COUNT")));
        QVERIFY(count && count->validator());
        QCOMPARE(count->text(), QStringLiteral("3"));
        auto *mode = qobject_cast<QComboBox *>(panel.fieldFor(QStringLiteral("MODE")));
        QCOMPARE(mode->count(), 2);
        auto *note = qobject_cast<QLineEdit *>(panel.fieldFor(QStringLiteral("NOTE")));
        QVERIFY(note);
        note->setText(QStringLiteral("  "));
        const QHash<QString, QString> values = panel.argumentValues();
        QCOMPARE(values.value(QStringLiteral("MODE")), QStringLiteral("fast"));
        const QJsonArray arguments = definition.argumentValues(values);
        // Empty values are left out, so Lagoon applies its defaults.
        QCOMPARE(arguments.size(), 2);
        QCOMPARE(arguments.at(0)[QStringLiteral("advancedTaskDefinitionArgumentName")].toString(), QStringLiteral("COUNT"));
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("lagoonRunTask"))->isEnabled());
    }

    void variableDialog_offersSettableScopes_andChecksTheName()
    {
        LagoonVariableDialog dialog(QStringLiteral("dev"));
        auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("lagoonVariableScope"));
        QStringList scopes;
        for (int i = 0; i < scope->count(); ++i)
            scopes << scope->itemData(i).toString();
        QCOMPARE(scopes, QStringList({QStringLiteral("runtime"), QStringLiteral("build"), QStringLiteral("global"),
                                      QStringLiteral("container_registry")}));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("lagoonVariableOk"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("lagoonVariableName"));
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("1BAD"));
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("GOOD_NAME"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.scope(), QStringLiteral("runtime"));
        QVERIFY(!dialog.isProjectLevel());
        dialog.setExisting(QStringLiteral("X"), QStringLiteral("BUILD"), true);
        QCOMPARE(dialog.scope(), QStringLiteral("build"));
        QVERIFY(dialog.isProjectLevel());
        QVERIFY(name->isReadOnly());
    }
};

QTEST_MAIN(tst_LagoonModels)
#include "tst_lagoonmodels.moc"
