// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/lagoon/config/routeannotationrules.h"
#include "core/lagoon/config/servicetypes.h"

using namespace Lagoon;

class tst_LagoonRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void annotations_restricted_areRefused_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"auth-snippet", "modsecurity-snippet", "stream-snippet", "use-regex"})
            QTest::newRow(n) << QStringLiteral("nginx.ingress.kubernetes.io/") + QLatin1String(n);
    }
    void annotations_restricted_areRefused()
    {
        QFETCH(QString, name);
        QCOMPARE(RouteAnnotationRules::violation(name, QStringLiteral("true")).value_or(QString()),
                 QStringLiteral("this annotation is restricted"));
    }

    void snippets_allowList_data()
    {
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<QString>("offending");
        QTest::newRow("rewrite") << "rewrite ^/old /new permanent;" << "";
        QTest::newRow("add_header always") << "add_header X-Frame-Options SAMEORIGIN always;" << "";
        QTest::newRow("quoted header") << "add_header Content-Security-Policy \"default-src 'self'\";" << "";
        QTest::newRow("single quoted") << "add_header 'X-Robots-Tag' 'noindex, nofollow';" << "";
        QTest::newRow("more_set_headers") << "more_set_headers \"Strict-Transport-Security: max-age=31536000; includeSubDomains\";" << "";
        // Lagoon's pattern repeats the -s/-t/header parts without spaces between them, so a
        // status list followed by a header is refused by the build; we report what it does.
        QTest::newRow("status then header") << "more_set_headers -s '404' \"X: y\";" << "more_set_headers -s '404' \"X: y\";";
        QTest::newRow("real ip") << "set_real_ip_from 10.0.0.0/8;" << "";
        QTest::newRow("several lines") << "rewrite ^/a /b;\n\n  add_header X-A b;\n" << "";
        QTest::newRow("proxy_pass") << "add_header X-A b;\nproxy_pass http://evil;" << "proxy_pass http://evil;";
        QTest::newRow("two directives one line") << "rewrite ^/a /b; location / {}" << "rewrite ^/a /b; location / {}";
    }
    void snippets_allowList()
    {
        QFETCH(QString, snippet);
        QFETCH(QString, offending);
        for (const char *name : {"server-snippet", "configuration-snippet"}) {
            const auto v = RouteAnnotationRules::violation(QStringLiteral("nginx.ingress.kubernetes.io/") + QLatin1String(name),
                                                           snippet);
            QCOMPARE(v.value_or(QString()), offending);
        }
        // Other annotations are not the linter's business.
        QVERIFY(!RouteAnnotationRules::violation(QStringLiteral("nginx.ingress.kubernetes.io/proxy-body-size"), snippet));
    }

    void lintMessage_matchesLinterWording()
    {
        QCOMPARE(RouteAnnotationRules::lintMessage(QStringLiteral("environment main"),
                                                   QStringLiteral("nginx.ingress.kubernetes.io/use-regex"),
                                                   QStringLiteral("nginx"), QStringLiteral("example.com"),
                                                   QStringLiteral("this annotation is restricted")),
                 QStringLiteral("failed validation: environment main: invalid nginx.ingress.kubernetes.io/use-regex "
                                "annotation on route nginx, ingress example.com: this annotation is restricted"));
    }

    void serviceTypes_lookupAliasesAndSuggestions()
    {
        QCOMPARE(ServiceTypes::find(QStringLiteral("nginx-php-persistent"))->port, 8080);
        QVERIFY(ServiceTypes::find(QStringLiteral("nginx-php-persistent"))->secondaryContainer);
        QCOMPARE(ServiceTypes::find(QStringLiteral("mariadb-shared"))->name, QStringLiteral("mariadb-dbaas"));
        QVERIFY(ServiceTypes::isLegacyAlias(QStringLiteral("mongo")));
        QVERIFY(!ServiceTypes::find(QStringLiteral("none")));
        QVERIFY(!ServiceTypes::find(QStringLiteral("nginx-phpp")));
        QCOMPARE(ServiceTypes::suggestion(QStringLiteral("nginx-phpp")), QStringLiteral("nginx-php"));
        QCOMPARE(ServiceTypes::suggestion(QStringLiteral("mariadb-singel")), QStringLiteral("mariadb-single"));
        QVERIFY(ServiceTypes::suggestion(QStringLiteral("kubernetes")).isEmpty());
        QCOMPARE(ServiceTypes::names().size(), 35);
        QCOMPARE(ServiceTypes::find(QStringLiteral("redis-persistent"))->defaultPath, QStringLiteral("/data"));
        QVERIFY(ServiceTypes::find(QStringLiteral("basic-persistent"))->defaultPath.isEmpty());
    }

    void closestMatch_findsTyposCaseInsensitively()
    {
        const QStringList keys = {QStringLiteral("autogenerateRoutes"), QStringLiteral("cronjobs"), QStringLiteral("routes")};
        QCOMPARE(closestMatch(QStringLiteral("autogenerateRoute"), keys), QStringLiteral("autogenerateRoutes"));
        QCOMPARE(closestMatch(QStringLiteral("cornjobs"), keys), QStringLiteral("cronjobs"));
        QCOMPARE(closestMatch(QStringLiteral("ROUTES"), keys), QStringLiteral("routes"));
        QVERIFY(closestMatch(QStringLiteral("database"), keys).isEmpty());
        QCOMPARE(editDistance(QStringLiteral("ab"), QStringLiteral("ba")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_LagoonRules)
#include "tst_lagoonrules.moc"
