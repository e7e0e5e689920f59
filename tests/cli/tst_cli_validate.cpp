// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/support/clirunner.h"

class tst_CliValidate : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode;
        QString out;
    };

    static Run run(const QStringList &arguments)
    {
        const Lagoon::Test::CliRun r = Lagoon::Test::runCli(arguments);
        return Run{r.exitCode, r.text()};
    }

    static QString rules(const char *name) { return QStringLiteral(LAGOON_TEST_DATA_DIR "/rules/") + QLatin1String(name); }

private Q_SLOTS:
    void example_isClean()
    {
        const Run r = run({QStringLiteral("validate"), QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("0 errors, 0 warnings")));
    }

    void errors_printCompilerStyleLinesAndExitOne()
    {
        const Run r = run({QStringLiteral("validate"), rules("route-invalid-domain")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral(".lagoon.yml:6:13: error: Route https://example.com in .lagoon.yml is not valid: "
                                               "[a lowercase RFC 1123 subdomain")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[route.invalid-domain]")));
        QVERIFY(r.out.contains(QStringLiteral("1 error, 0 warnings")));
    }

    void warnings_exitZeroUnlessStrict()
    {
        const Run relaxed = run({QStringLiteral("validate"), rules("route-unknown-service")});
        QCOMPARE(relaxed.exitCode, 0);
        QVERIFY(relaxed.out.contains(QStringLiteral("warning:")));
        const Run strict = run({QStringLiteral("validate"), QStringLiteral("--strict"), rules("route-unknown-service")});
        QCOMPARE(strict.exitCode, 1);
    }

    void json_isMachineReadable()
    {
        const Run r = run({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"),
                           rules("compose-service-name-invalid")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("errors")).toInt(), 1);
        const QJsonObject d = doc.value(QStringLiteral("diagnostics")).toArray().at(0).toObject();
        QCOMPARE(d.value(QStringLiteral("rule")).toString(), QStringLiteral("compose.service-name-invalid"));
        QCOMPARE(d.value(QStringLiteral("file")).toString(), QStringLiteral("docker-compose.yml"));
        QCOMPARE(d.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(d.value(QStringLiteral("column")).toInt(), 3);
        QCOMPARE(d.value(QStringLiteral("endColumn")).toInt(), 12);
    }

    void environment_addsTheChecksOfPlanningIt()
    {
        const QString example = QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example");
        QCOMPARE(run({QStringLiteral("validate"), example, QStringLiteral("--branch"), QStringLiteral("main")}).exitCode, 0);
        const Run quota = run({QStringLiteral("validate"), example, QStringLiteral("--branch"), QStringLiteral("main"),
                               QStringLiteral("--variable"), QStringLiteral("LAGOON_ROUTE_QUOTA=1")});
        QCOMPARE(quota.exitCode, 1);
        QVERIFY2(quota.out.contains(QStringLiteral("this environment requests 2 custom routes, this would exceed the route "
                                                   "quota of 1")),
                 qPrintable(quota.out));
        QCOMPARE(run({QStringLiteral("validate"), example, QStringLiteral("--type"), QStringLiteral("staging")}).exitCode, 2);
    }

    void yamlOverrideVariable_isMergedLikeLagoon()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LAGOON_YAML_OVERRIDE"), QStringLiteral("not base64 !"));
        const Lagoon::Test::CliRun r =
            Lagoon::Test::runCli({QStringLiteral("validate"), rules("pass-minimal")}, {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.text().contains(QStringLiteral("unable to decode LAGOON_YAML_OVERRIDE - is it base64 encoded?")),
                 r.out.constData());
    }

    void usage_exitTwo()
    {
        QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("/nonexistent/lagoon")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml"), rules("pass-minimal")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("validate"), QStringLiteral(LAGOON_SOURCE_DIR "/resources")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliValidate)
#include "tst_cli_validate.moc"
