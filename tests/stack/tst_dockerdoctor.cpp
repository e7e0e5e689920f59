// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The Docker doctor against real conditions: a socket that is not there, one nobody listens on,
// one this user may not open (a real EACCES from connect()), one that never answers, an empty
// PATH for compose, ports held by a listener of ours and by Docker's own proxy. The healthy
// cases need the real engine (tests/services/session.sh starts it).
#include <cerrno>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include "core/stack/dockerdoctor.h"
#include "tests/support/dockerfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;
using Problem = DockerFinding::Problem;

namespace {

/** A unix socket file bound at `path`; listening or not. The fd stays open until close(). */
int bindUnixSocket(const QString &path, bool listen)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray bytes = QFile::encodeName(path);
    std::memcpy(address.sun_path, bytes.constData(), static_cast<size_t>(bytes.size()));
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0
        || (listen && ::listen(fd, 4) != 0)) {
        ::close(fd);
        return -1;
    }
    return fd;
}

/**
 * The errno connect() gives a user who is not the socket's owner, for real: as root (who passes
 * every permission check) it is measured in a child that drops to nobody first.
 */
int connectErrnoAsOtherUser(const QString &socketPath)
{
    if (::geteuid() != 0)
        return DockerDoctor::connectError(socketPath);
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return -1;
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipeFds[0]);
        int result = -1;
        if (::setgid(65534) == 0 && ::setuid(65534) == 0)
            result = DockerDoctor::connectError(socketPath);
        [[maybe_unused]] const ssize_t n = ::write(pipeFds[1], &result, sizeof(result));
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    int result = -1;
    [[maybe_unused]] const ssize_t n = ::read(pipeFds[0], &result, sizeof(result));
    ::close(pipeFds[0]);
    ::waitpid(child, nullptr, 0);
    return result;
}

QProcessEnvironment environmentWith(const QString &dockerHost, const QString &path = QString())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (dockerHost.isNull())
        env.remove(QStringLiteral("DOCKER_HOST"));
    else
        env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
    if (!path.isNull())
        env.insert(QStringLiteral("PATH"), path);
    return env;
}

DockerFindings diagnose(DockerDoctor &doctor)
{
    QSignalSpy finished(&doctor, &DockerDoctor::finished);
    doctor.start();
    if (!finished.wait(60000))
        return {};
    return finished.at(0).at(0).value<DockerFindings>();
}

ComposeProject composeWithPorts(const QList<std::pair<QString, QStringList>> &services)
{
    ComposeProject compose;
    int line = 3;
    for (const auto &[name, ports] : services) {
        ComposeService s;
        s.name = name;
        s.ports = ports;
        s.span.line = line;
        s.span.column = 3;
        line += 4;
        compose.services.append(s);
    }
    return compose;
}

} // namespace

class tst_DockerDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<DockerFindings>(); }

    void missingSocket_daemonNotRunning()
    {
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("docker.sock"));
        QCOMPARE(DockerDoctor::connectError(socket), ENOENT);

        DockerDoctor doctor(environmentWith(QStringLiteral("unix://") + socket));
        doctor.setChecks(DockerDoctor::Check::Engine);
        const DockerFindings findings = diagnose(doctor);
        QCOMPARE(findings.size(), 1);
        // Docker is installed on this machine: so the daemon is simply not started.
        QVERIFY(DockerDoctor::isDockerInstalled(QProcessEnvironment::systemEnvironment()));
        QCOMPARE(findings.at(0).problem, Problem::DaemonNotRunning);
        QVERIFY(findings.at(0).explanation.contains(socket));
        QVERIFY(findings.at(0).fix.contains(QStringLiteral("systemctl start docker")));
        QCOMPARE(findings.at(0).id(), QStringLiteral("docker-not-running"));
    }

    void missingSocketWithoutDocker_notInstalled()
    {
        // Nothing of Docker cannot be arranged on a machine that has it; the classification of
        // the real ENOENT is what decides, so that is what is tested.
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("docker.sock"));
        const int error = DockerDoctor::connectError(socket);
        const auto finding = DockerDoctor::socketFinding(DockerEndpoint::unixSocket(socket), error, false);
        QVERIFY(finding);
        QCOMPARE(finding->problem, Problem::DockerNotInstalled);
        QVERIFY(finding->fix.contains(QStringLiteral("apt install docker.io")));
    }

    void socketNobodyListensOn_daemonNotRunning()
    {
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("docker.sock"));
        const int fd = bindUnixSocket(socket, false);
        QVERIFY(fd >= 0);
        ::close(fd); // the file stays, as after a crashed daemon
        QCOMPARE(DockerDoctor::connectError(socket), ECONNREFUSED);

        DockerDoctor doctor(environmentWith(QStringLiteral("unix://") + socket));
        doctor.setChecks(DockerDoctor::Check::Engine);
        const DockerFindings findings = diagnose(doctor);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).problem, Problem::DaemonNotRunning);
        QVERIFY2(findings.at(0).explanation.contains(QStringLiteral("nothing listens")),
                 qPrintable(findings.at(0).explanation));
    }

    void socketOfAnotherUser_permissionDenied()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                      | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                      | QFile::ExeOther));
        const QString socket = dir.filePath(QStringLiteral("docker.sock"));
        const int fd = bindUnixSocket(socket, true);
        QVERIFY(fd >= 0);
        // Like /var/run/docker.sock (root:docker 660) for a user outside the group.
        QCOMPARE(::chmod(QFile::encodeName(socket).constData(), ::geteuid() == 0 ? 0600 : 0000), 0);
        const int error = connectErrnoAsOtherUser(socket);
        ::close(fd);
        QCOMPARE(error, EACCES);

        const auto finding = DockerDoctor::socketFinding(DockerEndpoint::unixSocket(socket), error, true);
        QVERIFY(finding);
        QCOMPARE(finding->problem, Problem::PermissionDenied);
        QVERIFY2(finding->fix.contains(QStringLiteral("sudo usermod -aG docker $USER, then log in again")),
                 qPrintable(finding->fix));
        QVERIFY(finding->explanation.contains(socket));
    }

    void socketThatNeverAnswers_doesNotAnswer()
    {
        QTemporaryDir dir;
        QLocalServer silent;
        QVERIFY(silent.listen(dir.filePath(QStringLiteral("docker.sock"))));
        DockerDoctor doctor(environmentWith(QStringLiteral("unix://") + silent.fullServerName()));
        doctor.setChecks(DockerDoctor::Check::Engine);
        doctor.setEngineTimeout(1500ms);
        const DockerFindings findings = diagnose(doctor);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).problem, Problem::DaemonNotRunning);
        QCOMPARE(findings.at(0).summary, DockerDoctor::tr("Docker does not answer"));
    }

    void unsupportedDockerHost()
    {
        DockerDoctor doctor(environmentWith(QStringLiteral("ssh://me@build-host")));
        doctor.setChecks(DockerDoctor::Check::Engine);
        const DockerFindings findings = diagnose(doctor);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).problem, Problem::EndpointUnsupported);
        QVERIFY(findings.at(0).fix.contains(QStringLiteral("DOCKER_HOST")));
    }

    void emptyPath_composeMissing()
    {
        DockerDoctor doctor(environmentWith(QString(), QStringLiteral("")));
        doctor.setChecks(DockerDoctor::Check::Compose);
        const DockerFindings findings = diagnose(doctor);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).problem, Problem::ComposeMissing);
        QVERIFY(findings.at(0).fix.contains(QStringLiteral("docker-compose")));
        QVERIFY(!doctor.composeTool());
    }

    void publishedPorts_parsesComposeShortSyntax()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("WEB_PORT"), QStringLiteral("8088"));
        const ComposeProject compose = composeWithPorts({
            {QStringLiteral("web"), {QStringLiteral("8080:80"), QStringLiteral("127.0.0.1:8443:443/tcp"),
                                     QStringLiteral("${WEB_PORT}:80"), QStringLiteral("${UNSET_PORT:-9000}:90")}},
            {QStringLiteral("dns"), {QStringLiteral("5353:53/udp"), QStringLiteral("[::1]:7000:70")}},
            {QStringLiteral("random"), {QStringLiteral("80"), QStringLiteral("127.0.0.1::8080"),
                                        QStringLiteral("${UNSET_PORT}:80")}},
            {QStringLiteral("range"), {QStringLiteral("7001-7003:7001-7003")}},
        });
        const auto ports = DockerDoctor::publishedPorts(compose, env);
        using P = DockerDoctor::PublishedPort;
        const QList<P> expected{
            P{QStringLiteral("web"), QString(), 8080, QStringLiteral("tcp")},
            P{QStringLiteral("web"), QStringLiteral("127.0.0.1"), 8443, QStringLiteral("tcp")},
            P{QStringLiteral("web"), QString(), 8088, QStringLiteral("tcp")},
            P{QStringLiteral("web"), QString(), 9000, QStringLiteral("tcp")},
            P{QStringLiteral("dns"), QString(), 5353, QStringLiteral("udp")},
            P{QStringLiteral("dns"), QStringLiteral("::1"), 7000, QStringLiteral("tcp")},
            P{QStringLiteral("range"), QString(), 7001, QStringLiteral("tcp")},
            P{QStringLiteral("range"), QString(), 7002, QStringLiteral("tcp")},
            P{QStringLiteral("range"), QString(), 7003, QStringLiteral("tcp")},
        };
        QCOMPARE(ports.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(ports.at(i) == expected.at(i), qPrintable(QString::number(i)));
    }

    void portBoundByUs_portInUse()
    {
        QTcpServer tcp;
        QVERIFY(tcp.listen(QHostAddress::LocalHost, 0));
        const int port = tcp.serverPort();
        QUdpSocket udp;
        QVERIFY(udp.bind(QHostAddress::LocalHost, 0));
        const int udpPort = udp.localPort();
        QCOMPARE(DockerDoctor::bindError(QStringLiteral("127.0.0.1"), port, QStringLiteral("tcp")), EADDRINUSE);
        // Docker binds every address when the compose file names none: that collides too.
        QCOMPARE(DockerDoctor::bindError(QStringLiteral("0.0.0.0"), port, QStringLiteral("tcp")), EADDRINUSE);

        const ComposeProject compose = composeWithPorts({
            {QStringLiteral("web"), {QStringLiteral("127.0.0.1:%1:80").arg(port)}},
            {QStringLiteral("api"), {QStringLiteral("%1:8080").arg(port)}},
            {QStringLiteral("dns"), {QStringLiteral("127.0.0.1:%1:53/udp").arg(udpPort)}},
            {QStringLiteral("free"), {QStringLiteral("127.0.0.1::80")}},
        });
        DockerDoctor doctor;
        doctor.setChecks(DockerDoctor::Check::Ports);
        doctor.setComposeProject(compose, QStringLiteral("ltdoctornobody"), QStringLiteral("docker-compose.yml"));
        const DockerFindings findings = diagnose(doctor);
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings.at(0).problem, Problem::PortInUse);
        QCOMPARE(findings.at(0).service, QStringLiteral("web"));
        QCOMPARE(findings.at(0).port, port);
        QCOMPARE(findings.at(0).address, QStringLiteral("127.0.0.1"));
        QCOMPARE(findings.at(0).file, QStringLiteral("docker-compose.yml"));
        QCOMPARE(findings.at(0).line, 3);
        QVERIFY(findings.at(0).fix.contains(QString::number(port)));
        QCOMPARE(findings.at(1).service, QStringLiteral("api"));
        QCOMPARE(findings.at(1).address, QStringLiteral("0.0.0.0"));
        QCOMPARE(findings.at(2).service, QStringLiteral("dns"));
        QCOMPARE(findings.at(2).protocol, QStringLiteral("udp"));
        const Diagnostic d = findings.at(0).toDiagnostic();
        QCOMPARE(d.ruleId, QStringLiteral("docker/port-in-use"));
        QCOMPARE(d.line, 3);

        tcp.close();
        QCOMPARE(DockerDoctor::bindError(QStringLiteral("127.0.0.1"), port, QStringLiteral("tcp")), 0);
    }

    void realEngine_allWell_andOwnPortsAreNoConflict()
    {
        Test::DockerFixture fixture;
        LAGOON_REQUIRE_DOCKER(fixture);

        DockerDoctor doctor(environmentWith(QString()));
        const QString project = fixture.uniqueProject(QStringLiteral("doctor"));
        doctor.setComposeProject(ComposeProject(), project, QStringLiteral("docker-compose.yml"));
        const DockerFindings none = diagnose(doctor);
        QVERIFY2(none.isEmpty(), qPrintable(none.value(0).summary + QLatin1Char(' ') + none.value(0).explanation));
        QVERIFY(doctor.composeTool());
        QVERIFY(doctor.engineVersion());

        // A port Docker's proxy holds for this project's container is the project's own.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const int port = probe.serverPort();
        probe.close();
        const QString id = fixture.runContainer(project, QStringLiteral("web"), {QStringLiteral("sleep"), QStringLiteral("60")},
                                                {QStringLiteral("--network"), QStringLiteral("bridge"), QStringLiteral("-p"),
                                                 QStringLiteral("127.0.0.1:%1:80").arg(port)});
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(DockerDoctor::bindError(QStringLiteral("127.0.0.1"), port, QStringLiteral("tcp")),
                                  EADDRINUSE, 10000);
        const ComposeProject compose = composeWithPorts({{QStringLiteral("web"), {QStringLiteral("127.0.0.1:%1:80").arg(port)}}});
        DockerDoctor own;
        own.setChecks(DockerDoctor::Check::Ports);
        own.setComposeProject(compose, project, QStringLiteral("docker-compose.yml"));
        QVERIFY(diagnose(own).isEmpty());

        DockerDoctor other;
        other.setChecks(DockerDoctor::Check::Ports);
        other.setComposeProject(compose, project + QStringLiteral("other"), QStringLiteral("docker-compose.yml"));
        const DockerFindings taken = diagnose(other);
        QCOMPARE(taken.size(), 1);
        QCOMPARE(taken.at(0).problem, Problem::PortInUse);
        fixture.removeProject(project);
    }
};

QTEST_GUILESS_MAIN(tst_DockerDoctor)
#include "tst_dockerdoctor.moc"
