// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/stack/dockerendpoint.h"
#include "core/stack/dockererrors.h"
#include "core/stack/dockerversion.h"

#include <cerrno>

#include <curl/curl.h>

using namespace Lagoon;

class tst_DockerEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_empty_isDefaultSocket()
    {
        const auto e = DockerEndpoint::parse(QString());
        QVERIFY(e.has_value());
        QCOMPARE(e->kind(), DockerEndpoint::Kind::Unix);
        QCOMPARE(e->socketPath(), QStringLiteral("/var/run/docker.sock"));
        QCOMPARE(e->toString(), QStringLiteral("unix:///var/run/docker.sock"));
        QCOMPARE(e->baseUrl(), QByteArrayLiteral("http://localhost"));
    }

    void parse_unix_keepsPath()
    {
        const auto e = DockerEndpoint::parse(QStringLiteral("unix:///run/user/1000/docker.sock"));
        QVERIFY(e.has_value());
        QCOMPARE(e->kind(), DockerEndpoint::Kind::Unix);
        QCOMPARE(e->socketPath(), QStringLiteral("/run/user/1000/docker.sock"));
    }

    void parse_tcp_hostAndPort_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("baseUrl");
        QTest::newRow("ipv4") << QStringLiteral("tcp://127.0.0.1:2375") << QStringLiteral("127.0.0.1") << 2375
                              << QByteArrayLiteral("http://127.0.0.1:2375");
        QTest::newRow("name") << QStringLiteral("tcp://docker.local:2376/") << QStringLiteral("docker.local") << 2376
                              << QByteArrayLiteral("http://docker.local:2376");
        QTest::newRow("ipv6") << QStringLiteral("tcp://[::1]:2375") << QStringLiteral("::1") << 2375
                              << QByteArrayLiteral("http://[::1]:2375");
        QTest::newRow("upper-case scheme") << QStringLiteral("TCP://10.0.0.2:1") << QStringLiteral("10.0.0.2") << 1
                                           << QByteArrayLiteral("http://10.0.0.2:1");
    }

    void parse_tcp_hostAndPort()
    {
        QFETCH(QString, value);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QByteArray, baseUrl);
        const auto e = DockerEndpoint::parse(value);
        QVERIFY2(e.has_value(), e ? "" : qPrintable(e.error().message));
        QCOMPARE(e->kind(), DockerEndpoint::Kind::Tcp);
        QCOMPARE(e->host(), host);
        QCOMPARE(e->port(), port);
        QCOMPARE(e->baseUrl(), baseUrl);
        QCOMPARE(DockerEndpoint::parse(e->toString()).value(), *e);
    }

    void parse_unsupported_saysWhatWorks_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("ssh") << QStringLiteral("ssh://me@host") << Error::Code::Unsupported;
        QTest::newRow("npipe") << QStringLiteral("npipe:////./pipe/docker_engine") << Error::Code::Unsupported;
        QTest::newRow("fd") << QStringLiteral("fd://") << Error::Code::Unsupported;
        QTest::newRow("https") << QStringLiteral("https://host:2376") << Error::Code::Unsupported;
        QTest::newRow("unknown") << QStringLiteral("gopher://host") << Error::Code::Unsupported;
        QTest::newRow("no scheme") << QStringLiteral("/var/run/docker.sock") << Error::Code::ParseFailed;
        QTest::newRow("relative socket") << QStringLiteral("unix://docker.sock") << Error::Code::ParseFailed;
        QTest::newRow("tcp without port") << QStringLiteral("tcp://127.0.0.1") << Error::Code::ParseFailed;
        QTest::newRow("tcp with path") << QStringLiteral("tcp://127.0.0.1:2375/x") << Error::Code::ParseFailed;
    }

    void parse_unsupported_saysWhatWorks()
    {
        QFETCH(QString, value);
        QFETCH(Error::Code, code);
        const auto e = DockerEndpoint::parse(value);
        QVERIFY(!e.has_value());
        QCOMPARE(e.error().code, code);
        QVERIFY2(e.error().message.contains(value), qPrintable(e.error().message));
        QVERIFY2(e.error().message.contains(QLatin1String("unix://")) || e.error().message.contains(QLatin1String("tcp://")),
                 qPrintable(e.error().message));
    }

    void fromEnvironment_tlsVerify_isRefusedNotIgnored()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://10.1.2.3:2376"));
        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
        const auto e = DockerEndpoint::fromEnvironment(env);
        QVERIFY(!e.has_value());
        QCOMPARE(e.error().code, Error::Code::Unsupported);
        QVERIFY(e.error().message.contains(QLatin1String("DOCKER_TLS_VERIFY")));

        env.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
        QCOMPARE(DockerEndpoint::fromEnvironment(env).value(), DockerEndpoint::tcp(QStringLiteral("10.1.2.3"), 2376));
        QCOMPARE(DockerEndpoint::fromEnvironment(QProcessEnvironment()).value(), DockerEndpoint());
    }

    void apiVersion_parsesAndOrdersNumerically()
    {
        QCOMPARE(DockerApiVersion::parse(QStringLiteral("1.41")).value(), (DockerApiVersion{1, 41}));
        QVERIFY(!DockerApiVersion::parse(QStringLiteral("1")).has_value());
        QVERIFY(!DockerApiVersion::parse(QStringLiteral("v1.41")).has_value());
        QVERIFY((DockerApiVersion{1, 9}) < (DockerApiVersion{1, 41}));
        QCOMPARE((DockerApiVersion{1, 41}).toString(), QStringLiteral("1.41"));
    }

    void errors_connect_speakToTheUser_data()
    {
        QTest::addColumn<long>("osErrno");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("socket missing") << long(ENOENT) << Error::Code::DaemonUnreachable << QStringLiteral("Docker is not running");
        QTest::newRow("nobody listens") << long(ECONNREFUSED) << Error::Code::DaemonUnreachable << QStringLiteral("Docker is not running");
        QTest::newRow("not in the group") << long(EACCES) << Error::Code::PermissionDenied << QStringLiteral("docker group");
    }

    void errors_connect_speakToTheUser()
    {
        QFETCH(long, osErrno);
        QFETCH(Error::Code, code);
        QFETCH(QString, phrase);
        const Error e = DockerErrors::transport(CURLE_COULDNT_CONNECT, osErrno, DockerEndpoint(), 10000,
                                                QStringLiteral("Could not connect"));
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(phrase), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("/var/run/docker.sock")), qPrintable(e.message));
        QVERIFY(e.detail.contains(QLatin1String("Could not connect")));
    }

    void errors_timeoutAndLostConnection()
    {
        const Error timeout = DockerErrors::transport(CURLE_OPERATION_TIMEDOUT, 0, DockerEndpoint(), 2500, QString());
        QCOMPARE(timeout.code, Error::Code::Timeout);
        QVERIFY2(timeout.message.contains(QLatin1String("3 second")), qPrintable(timeout.message));
        QCOMPARE(DockerErrors::transport(CURLE_PARTIAL_FILE, 0, DockerEndpoint(), 0, QString()).code, Error::Code::ConnectionLost);
        QCOMPARE(DockerErrors::transport(CURLE_COULDNT_CONNECT, ECONNREFUSED, DockerEndpoint::tcp(QStringLiteral("h"), 1), 0,
                                         QString())
                     .code,
                 Error::Code::DaemonUnreachable);
    }

    void errors_http_useTheEngineMessage()
    {
        const Error notFound = DockerErrors::http(404, R"({"message":"No such container: web"})", "GET", QStringLiteral("/containers/web/json"));
        QCOMPARE(notFound.code, Error::Code::NotFound);
        QCOMPARE(notFound.message, QStringLiteral("Docker: No such container: web"));
        QVERIFY(notFound.detail.contains(QLatin1String("/containers/web/json")));
        const Error conflict = DockerErrors::http(409, "not json", "POST", QStringLiteral("/x"));
        QCOMPARE(conflict.code, Error::Code::HttpError);
        QVERIFY(conflict.message.contains(QLatin1String("409")));
    }
};

QTEST_GUILESS_MAIN(tst_DockerEndpoint)
#include "tst_dockerendpoint.moc"
