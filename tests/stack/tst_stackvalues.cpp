// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The compose runner's and local stack's plain values: project names, command steps, published
// ports and their URLs, latency percentiles. No engine needed.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/stack/composecommand.h"
#include "core/stack/composeinvocation.h"
#include "core/stack/composeprojectname.h"
#include "core/stack/stackeventlatency.h"
#include "core/stack/stackport.h"
#include "core/stack/stackservice.h"

using namespace Lagoon;
using namespace std::chrono_literals;

class tst_StackValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("drupal-example") << QStringLiteral("drupal-example");
        QTest::newRow("upper case") << QStringLiteral("Drupal_Example") << QStringLiteral("drupal_example");
        QTest::newRow("dots and spaces") << QStringLiteral("my.site 2") << QStringLiteral("mysite2");
        QTest::newRow("leading separators") << QStringLiteral("__-site") << QStringLiteral("site");
        QTest::newRow("non-ascii") << QStringLiteral("café") << QStringLiteral("caf");
        QTest::newRow("nothing left") << QStringLiteral("...") << QString();
    }

    void normalize()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(ComposeProjectName::normalize(name), expected);
    }

    void forProject_prefersXLagoonProject_elseFolder()
    {
        ComposeProject compose;
        QCOMPARE(ComposeProjectName::forProject(compose, QStringLiteral("/home/me/My Site/")), QStringLiteral("mysite"));
        compose.projectName = QStringLiteral("Drupal-Example");
        QCOMPARE(ComposeProjectName::forProject(compose, QStringLiteral("/home/me/My Site")), QStringLiteral("drupal-example"));
    }

    void invocation_forProject_usesTheNamedComposeFile()
    {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/Lagoon Site.XXXXXX"));
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QByteArray &text) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(QStringLiteral(".lagoon.yml"), "docker-compose-yaml: compose.local.yml\n");
        write(QStringLiteral("compose.local.yml"), "services:\n  web:\n    image: nginx\n");
        const LoadedProject loaded = LagoonProjectLoader::load(dir.path());
        const auto invocation = ComposeInvocation::forProject(loaded);
        QVERIFY2(invocation.has_value(), qPrintable(invocation ? QString() : invocation.error().message));
        QCOMPARE(invocation->composeFile, QDir(dir.path()).filePath(QStringLiteral("compose.local.yml")));
        QVERIFY(invocation->projectName.startsWith(QLatin1String("lagoonsite")));
        QCOMPARE(invocation->effectiveWorkingDirectory(), QDir(dir.path()).absolutePath());
        QCOMPARE(invocation->projectArguments(),
                 (QStringList{QStringLiteral("-p"), invocation->projectName, QStringLiteral("-f"), invocation->composeFile}));
    }

    void invocation_forProject_missingComposeFile_isNotFound()
    {
        QTemporaryDir dir;
        LoadedProject loaded;
        loaded.root = dir.path();
        const auto invocation = ComposeInvocation::forProject(loaded);
        QVERIFY(!invocation.has_value());
        QCOMPARE(invocation.error().code, Error::Code::NotFound);
    }

    void steps()
    {
        const QStringList web{QStringLiteral("web")};
        QCOMPARE(ComposeCommand::build().steps(), QList<QStringList>{{QStringLiteral("build")}});
        QCOMPARE(ComposeCommand::up().steps(), (QList<QStringList>{{QStringLiteral("up"), QStringLiteral("-d")}}));
        QCOMPARE(ComposeCommand::down().steps(), QList<QStringList>{{QStringLiteral("down")}});
        QCOMPARE(ComposeCommand::down(true).steps(), (QList<QStringList>{{QStringLiteral("down"), QStringLiteral("-v")}}));
        QCOMPARE(ComposeCommand::restart(web).steps(), (QList<QStringList>{{QStringLiteral("restart"), QStringLiteral("web")}}));
        QCOMPARE(ComposeCommand::start(web).steps(), (QList<QStringList>{{QStringLiteral("start"), QStringLiteral("web")}}));
        QCOMPARE(ComposeCommand::stop(web).steps(), (QList<QStringList>{{QStringLiteral("stop"), QStringLiteral("web")}}));
        QCOMPARE(ComposeCommand::rebuild(web).steps(),
                 (QList<QStringList>{{QStringLiteral("build"), QStringLiteral("web")},
                                     {QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--no-deps"), QStringLiteral("web")}}));
        QCOMPARE(ComposeCommand::rebuild(web).description(), QStringLiteral("Rebuilding web"));
    }

    void ports_publishedOnly_oncePerHostPort_withUrls()
    {
        const QList<DockerPort> docker{
            {8080, QStringLiteral("tcp"), QStringLiteral("0.0.0.0"), 32768},
            {8080, QStringLiteral("tcp"), QStringLiteral("::"), 32768},
            {9000, QStringLiteral("tcp"), {}, 0},                              // exposed, not published
            {3306, QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), 3306},
            {443, QStringLiteral("tcp"), QStringLiteral("192.168.1.5"), 8443},
            {53, QStringLiteral("udp"), QStringLiteral("0.0.0.0"), 5353},
        };
        const QList<StackPort> ports = StackPort::published(docker, QStringLiteral("localhost"));
        QCOMPARE(ports.size(), 4);
        QCOMPARE(ports.at(0).url, QUrl(QStringLiteral("http://localhost:32768/")));
        QVERIFY(ports.at(0).isHttp());
        QCOMPARE(ports.at(1).url, QUrl(QStringLiteral("tcp://localhost:3306")));
        QVERIFY(!ports.at(1).isHttp());
        QCOMPARE(ports.at(2).url, QUrl(QStringLiteral("https://192.168.1.5:8443/")));
        QVERIFY(ports.at(3).url.isEmpty());
        QCOMPARE(ports.at(3).protocol, QStringLiteral("udp"));

        // A remote engine: wildcard bindings are reached on its host.
        QCOMPARE(StackPort::published(docker.mid(0, 1), QStringLiteral("docker.lan")).first().url,
                 QUrl(QStringLiteral("http://docker.lan:32768/")));
    }

    void webPorts()
    {
        QVERIFY(StackPort::isWebPort(80));
        QVERIFY(StackPort::isWebPort(8080));
        QVERIFY(StackPort::isWebPort(3000));
        QVERIFY(!StackPort::isWebPort(9000)); // php-fpm: FastCGI
        QVERIFY(!StackPort::isWebPort(3306));
    }

    void health_and_state_ids()
    {
        QCOMPARE(stackHealthFromString(QStringLiteral("healthy")), StackHealth::Healthy);
        QCOMPARE(stackHealthFromString(QString()), StackHealth::None);
        QCOMPARE(stackHealthId(StackHealth::Unhealthy), QStringLiteral("unhealthy"));
        QCOMPARE(containerStateId(DockerContainerState::Exited), QStringLiteral("exited"));
        StackService service;
        service.state = DockerContainerState::Running;
        service.health = StackHealth::Starting;
        QVERIFY(!service.isReady());
        service.health = StackHealth::Healthy;
        QVERIFY(service.isReady());
    }

    void latency_percentiles()
    {
        QList<std::chrono::microseconds> values;
        for (int i = 1; i <= 100; ++i)
            values.append(std::chrono::microseconds(i));
        QCOMPARE(StackEventLatency::percentile(values, 95), 95us);
        QCOMPARE(StackEventLatency::percentile(values, 50), 50us);
        QCOMPARE(StackEventLatency::percentile({}, 95), 0us);

        StackEventLatency latency;
        for (int i = 0; i < StackEventLatency::MaxSamples + 5; ++i)
            latency.record({QStringLiteral("start"), std::chrono::microseconds(i), 1us});
        QCOMPARE(latency.samples().size(), StackEventLatency::MaxSamples);
        QCOMPARE(latency.samples().first().engineToApplied, 5us); // the oldest went first
        QCOMPARE(latency.deliveredToApplied().max, 1us);
    }
};

QTEST_GUILESS_MAIN(tst_StackValues)
#include "tst_stackvalues.moc"
