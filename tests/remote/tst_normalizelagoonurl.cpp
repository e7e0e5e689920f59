// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/remote/lagoondiscoveryinfo.h"
#include "core/remote/normalizelagoonurl.h"

using namespace Lagoon;

// The one rule for every address tokens go to: https:// unless said otherwise, and http:// only to
// this computer.
class tst_NormalizeLagoonUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        const int api = int(LagoonUrlKind::Api);
        const int server = int(LagoonUrlKind::Server);
        QTest::newRow("bare host and path")
            << "api.lagoon.example.com/graphql" << api << "https://api.lagoon.example.com/graphql";
        QTest::newRow("bare host gets /graphql")
            << "api.lagoon.example.com" << api << "https://api.lagoon.example.com/graphql";
        QTest::newRow("bare host with port")
            << "api.lagoon.example.com:8443" << api << "https://api.lagoon.example.com:8443/graphql";
        QTest::newRow("https kept") << " https://api.example.com/graphql " << api << "https://api.example.com/graphql";
        QTest::newRow("upper-case scheme")
            << "HTTPS://api.example.com/graphql" << api << "https://api.example.com/graphql";
        QTest::newRow("slash only gets /graphql")
            << "https://api.example.com/" << api << "https://api.example.com/graphql";
        QTest::newRow("other path kept") << "https://example.com/lagoon/graphql" << api
                                         << "https://example.com/lagoon/graphql";
        QTest::newRow("server: no /graphql")
            << "keycloak.example.com/auth" << server << "https://keycloak.example.com/auth";
        QTest::newRow("server: bare host") << "keycloak.example.com" << server << "https://keycloak.example.com";
        QTest::newRow("http to localhost") << "http://localhost:3000/graphql" << api << "http://localhost:3000/graphql";
        QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:3000" << api << "http://127.0.0.1:3000/graphql";
        QTest::newRow("http to 127.0.0.2") << "http://127.0.0.2/auth" << server << "http://127.0.0.2/auth";
        QTest::newRow("http to ::1") << "http://[::1]:3000/graphql" << api << "http://[::1]:3000/graphql";
        QTest::newRow("bare localhost is https too")
            << "localhost:3000/graphql" << api << "https://localhost:3000/graphql";
    }

    void accepted()
    {
        QFETCH(QString, typed);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const Result<QUrl> url = normalizeLagoonUrl(typed, LagoonUrlKind(kind));
        QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
        QCOMPARE(url->toString(), expected);
    }

    void empty_isAnEmptyUrl()
    {
        const Result<QUrl> url = normalizeLagoonUrl(QStringLiteral("  "), LagoonUrlKind::Api);
        QVERIFY(url);
        QVERIFY(url->isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("says");
        QTest::newRow("http to another host") << "http://api.lagoon.example.com/graphql"
                                              << "unencrypted";
        QTest::newRow("http to a LAN address") << "http://192.168.1.10:3000/graphql"
                                               << "unencrypted";
        QTest::newRow("http to a host named like localhost") << "http://localhost.example.com/graphql"
                                                             << "unencrypted";
        QTest::newRow("another scheme") << "ftp://api.example.com/graphql"
                                        << "https://";
        QTest::newRow("no host") << "https:///graphql"
                                 << "https://";
    }

    void refused()
    {
        QFETCH(QString, typed);
        QFETCH(QString, says);
        for (const LagoonUrlKind kind : {LagoonUrlKind::Api, LagoonUrlKind::Server}) {
            const Result<QUrl> url = normalizeLagoonUrl(typed, kind);
            QVERIFY(!url);
            QCOMPARE(url.error().code, Error::Code::ParseFailed);
            QVERIFY2(url.error().message.contains(says), qPrintable(url.error().message));
            QVERIFY2(url.error().message.contains(typed), qPrintable(url.error().message));
        }
    }

    void discovery_plainHttpSignInServer_isRefused()
    {
        // (Plain string literals: moc 6.4 loses track of raw ones that hold "//".)
        const QUrl api(QStringLiteral("https://api.example.com/graphql"));
        const auto insecure = LagoonDiscoveryInfo::fromJson(
            "{\"lagoon_version\":\"v2.30.0\",\"authorization_endpoint\":\"http://keycloak.example.com/auth\"}", api);
        QVERIFY(!insecure);
        QCOMPARE(insecure.error().code, Error::Code::ParseFailed);
        QVERIFY2(insecure.error().message.contains(QLatin1String("unencrypted")), qPrintable(insecure.error().message));

        const auto bare = LagoonDiscoveryInfo::fromJson(
            "{\"lagoon_version\":\"v2.30.0\",\"authorization_endpoint\":\"keycloak.example.com/auth\"}", api);
        QVERIFY(bare);
        QCOMPARE(bare->authorizationEndpoint.toString(), QStringLiteral("https://keycloak.example.com/auth"));

        const auto local = LagoonDiscoveryInfo::fromJson(
            "{\"lagoon_version\":\"v2.30.0\",\"authorization_endpoint\":\"http://127.0.0.1:8080/auth\"}",
            QUrl(QStringLiteral("http://127.0.0.1:3000/graphql")));
        QVERIFY(local);
        QCOMPARE(local->authorizationEndpoint.toString(), QStringLiteral("http://127.0.0.1:8080/auth"));
    }
};

QTEST_GUILESS_MAIN(tst_NormalizeLagoonUrl)
#include "tst_normalizelagoonurl.moc"
