// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/support/clirunner.h"
#include "tests/support/gitfixture.h"

using Lagoon::Test::GitFixture;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Example = QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example");

using Lagoon::Test::CliRun;
using Run = CliRun;

Run run(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return Lagoon::Test::runCli(QStringList{u"plan"_s} + arguments, {}, env);
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list << v.toString();
    return list;
}

QJsonObject byName(const QJsonValue &array, const QString &name)
{
    for (const QJsonValue &v : array.toArray()) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

class tst_CliPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help_documentsOptionsAndRouterPattern()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--project", "--environment", "--branch", "--type", "--router-pattern",
                                   "--active-environment", "--standby-environment", "--variable", "--format"}) {
            QVERIFY2(r.out.contains(option), option);
        }
        QVERIFY(r.out.contains("${service}-${project}-${environment}.example.com"));
    }

    void example_json_describesWhatLagoonDeploys()
    {
        const Run r = run({Example, u"--branch"_s, u"main"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject plan = r.json();
        QCOMPARE(plan.value(u"project"_s).toString(), u"drupal-example"_s);
        QCOMPARE(plan.value(u"environment"_s).toString(), u"main"_s);
        QCOMPARE(plan.value(u"environmentType"_s).toString(), u"production"_s);
        QCOMPARE(plan.value(u"namespace"_s).toString(), u"drupal-example-main"_s);
        const QJsonValue services = plan.value(u"services"_s);
        QCOMPARE(services.toArray().size(), 5);
        QCOMPARE(byName(services, u"php"_s).value(u"role"_s).toString(), u"secondary"_s);
        QCOMPARE(byName(services, u"nginx"_s).value(u"volume"_s).toObject().value(u"size"_s).toString(), u"5Gi"_s);
        QCOMPARE(byName(services, u"mariadb"_s).value(u"type"_s).toString(), u"mariadb-dbaas"_s);
        const QJsonObject routes = plan.value(u"routes"_s).toObject();
        QCOMPARE(routes.value(u"primary"_s).toString(), u"https://www.drupal-example.com"_s);
        QCOMPARE(strings(routes.value(u"secondary"_s)),
                 (QStringList{u"https://nginx-drupal-example-main.example.com"_s, u"https://www.drupal-example.com"_s,
                              u"https://drupal-example.com"_s}));
        const QJsonObject www = byName(plan.value(u"ingresses"_s), u"www.drupal-example.com"_s);
        QCOMPARE(www.value(u"annotations"_s).toObject().value(u"nginx.ingress.kubernetes.io/configuration-snippet"_s)
                     .toString(),
                 u"more_set_headers \"Strict-Transport-Security: max-age=31536000\";\n"_s);
        const QJsonArray cronjobs = plan.value(u"cronjobs"_s).toArray();
        QCOMPARE(cronjobs.size(), 2);
        QVERIFY(cronjobs.at(0).toObject().value(u"inPod"_s).toBool());
        QCOMPARE(cronjobs.at(1).toObject().value(u"kubernetesName"_s).toString(),
                 u"cronjob-cli-nightly-cache-warm-up"_s);
        QCOMPARE(plan.value(u"tasks"_s).toObject().value(u"postRollout"_s).toArray().size(), 2);
        QCOMPARE(plan.value(u"backups"_s).toObject().value(u"retention"_s).toObject().value(u"monthly"_s).toInt(), 1);
        QCOMPARE(plan.value(u"errors"_s).toInt(), 0);
    }

    void example_text_andDevelopmentEnvironment()
    {
        const Run r = run({Example, u"--environment"_s, u"develop"_s, u"--type"_s, u"development"_s,
                           u"--router-pattern"_s, u"${service}.${environment}.${project}.lagoon.test"_s});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(u"Plan for drupal-example / develop (development, branch develop)"_s), r.out.constData());
        QVERIFY(text.contains(u"https://nginx.develop.drupal-example.lagoon.test"_s));
        // develop's block has one cronjob; main's routes are not used.
        QVERIFY(text.contains(u"drush cron"_s));
        QVERIFY(!text.contains(u"nightly cache warm-up"_s));
        QVERIFY(!text.contains(u"www.drupal-example.com"_s));
        QVERIFY(!text.contains(u"Problems"_s));
    }

    void variables_reachThePlan()
    {
        const Run r = run({Example, u"--branch"_s, u"main"_s, u"--variable"_s, u"LAGOON_ROUTE_QUOTA=1"_s,
                           u"--variable"_s, u"LAGOON_CRONJOBS_DISABLED=true"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("this environment requests 2 custom routes, this would exceed the route quota of 1 "
                                "[plan.route-quota-exceeded]"),
                 r.out.constData());
        QVERIFY(r.out.contains("disabled by LAGOON_CRONJOBS_DISABLED"));
    }

    void gitBranch_andFolderName_areTheDefaults()
    {
        GitFixture fx;
        QVERIFY(fx.init(u"shop"_s));
        QVERIFY(fx.write(u"shop/docker-compose.yml"_s,
                         "services:\n  node:\n    image: node\n    labels:\n      lagoon.type: node\n"));
        QVERIFY(fx.commit(u"shop"_s, u".lagoon.yml"_s, "docker-compose-yaml: docker-compose.yml\n", u"init"_s));
        bool ok = false;
        fx.git(u"shop"_s, {u"checkout"_s, u"-q"_s, u"-b"_s, u"feature/cart"_s}, &ok);
        QVERIFY(ok);
        const Run r = run({fx.path(u"shop"_s), u"--format"_s, u"json"_s}, fx.environment());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject plan = r.json();
        QCOMPARE(plan.value(u"project"_s).toString(), u"shop"_s);
        QCOMPARE(plan.value(u"branch"_s).toString(), u"feature/cart"_s);
        QCOMPARE(plan.value(u"environment"_s).toString(), u"feature-cart"_s);
        QCOMPARE(plan.value(u"routes"_s).toObject().value(u"primary"_s).toString(),
                 u"https://node-shop-feature-cart.example.com"_s);
    }

    void composeProjectName_selectsThePolysiteBlock()
    {
        GitFixture fx;
        QVERIFY(fx.write(u"site/docker-compose.yml"_s,
                         "x-lagoon-project: shop-two\nservices:\n  cli:\n    image: cli\n    labels:\n      lagoon.type: cli\n"));
        QVERIFY(fx.write(u"site/.lagoon.yml"_s,
                         "docker-compose-yaml: docker-compose.yml\n"
                         "shop-two:\n  environments:\n    main:\n      cronjobs:\n"
                         "        - {name: import, schedule: \"M 3 * * *\", command: drush import, service: cli}\n"
                         "environments:\n  main:\n    cronjobs:\n"
                         "      - {name: drush cron, schedule: \"M * * * *\", command: drush cron, service: cli}\n"));
        const Run r = run({fx.path(u"site"_s), u"--branch"_s, u"main"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QStringList names;
        for (const QJsonValue &c : r.json().value(u"cronjobs"_s).toArray())
            names << c.toObject().value(u"name"_s).toString();
        // The project's own block first, then Lagoon merges the top-level cronjobs back in.
        QCOMPARE(names, (QStringList{u"import"_s, u"drush cron"_s}));
    }

    void planErrors_exitWithOne()
    {
        GitFixture fx;
        QVERIFY(fx.write(u"p/.lagoon.yml"_s, "docker-compose-yaml: docker-compose.yml\n"));
        QVERIFY(fx.write(u"p/docker-compose.yml"_s,
                         "services:\n  nginx:\n    image: nginx\n    labels:\n      lagoon.type: nginx-php\n"));
        const Run r = run({fx.path(u"p"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("docker-compose.yml:2:3: error: service type nginx-php has a secondary container "
                                "defined, but no linked service was found [plan.secondary-container-missing]"),
                 r.out.constData());
        const Run json = run({fx.path(u"p"_s), u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(u"errors"_s).toInt(), 1);
    }

    void usageErrors_exitWithTwo()
    {
        const Run type = run({Example, u"--type"_s, u"staging"_s});
        QCOMPARE(type.exitCode, 2);
        QVERIFY(type.err.contains("--type must be production or development"));
        QCOMPARE(run({Example, u"--variable"_s, u"NOVALUE"_s}).exitCode, 2);
        QCOMPARE(run({Example, u"--format"_s, u"yaml"_s}).exitCode, 2);
        QCOMPARE(run({Example, u"--bogus"_s}).exitCode, 2);
        QCOMPARE(run({Example, Example}).exitCode, 2);
        const Run missing = run({u"/nonexistent/lagoon"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.out.isEmpty());
        GitFixture fx;
        QVERIFY(fx.write(u"empty/readme.txt"_s, "x"));
        const Run noLagoon = run({fx.path(u"empty"_s)});
        QCOMPARE(noLagoon.exitCode, 2);
        QVERIFY(noLagoon.err.contains(".lagoon.yml"));
    }
};

QTEST_GUILESS_MAIN(tst_CliPlan)
#include "tst_cli_plan.moc"
