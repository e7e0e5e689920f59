// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/support/dockerfixture.h"

#include <cerrno>

#include <signal.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>

namespace Lagoon::Test {

namespace {

// A FROM scratch image can only RUN a program that needs no dynamic loader.
bool isStaticElf(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("%1 cannot be read: install busybox-static").arg(path);
        return false;
    }
    const QByteArray elf = file.read(64 * 1024);
    // ELF64 little-endian: program headers at e_phoff, e_phnum entries of e_phentsize bytes.
    if (elf.size() < 64 || !elf.startsWith("\x7f" "ELF") || elf.at(4) != 2 || elf.at(5) != 1) {
        *why = QStringLiteral("%1 is not a 64-bit little-endian ELF program").arg(path);
        return false;
    }
    const auto *data = reinterpret_cast<const uchar *>(elf.constData());
    const quint64 phoff = qFromLittleEndian<quint64>(data + 0x20);
    const quint16 phentsize = qFromLittleEndian<quint16>(data + 0x36);
    const quint16 phnum = qFromLittleEndian<quint16>(data + 0x38);
    for (quint16 i = 0; i < phnum; ++i) {
        const quint64 at = phoff + quint64(i) * phentsize;
        if (at + 4 > quint64(elf.size()))
            break;
        if (qFromLittleEndian<quint32>(data + at) == 3) { // PT_INTERP: needs ld.so
            *why = QStringLiteral("%1 is dynamically linked; the test image needs the static one: "
                                  "apt-get install busybox-static")
                       .arg(path);
            return false;
        }
    }
    return true;
}

} // namespace

DockerFixture::DockerFixture(const QString &dockerHost)
    : m_env(QProcessEnvironment::systemEnvironment())
{
    if (!dockerHost.isEmpty())
        m_env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
    // Debian's 20.10 CLI builds with the classic builder; never BuildKit (no buildx here).
    m_env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    // Keep the user's CLI configuration (contexts, credential helpers) out of the tests.
    m_env.insert(QStringLiteral("DOCKER_CONFIG"), QDir::tempPath() + QStringLiteral("/lagoon-test-docker-config"));
}

DockerFixture::~DockerFixture()
{
    for (const QString &project : std::as_const(m_projects))
        removeProject(project);
}

QString DockerFixture::program()
{
    const QString debian = QStringLiteral("/usr/bin/docker");
    return QFileInfo(debian).isExecutable() ? debian : QStringLiteral("docker");
}

QString DockerFixture::docker(const QStringList &arguments, bool *ok, int timeoutMs, OnFailure onFailure) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(program(), arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished)
        process.kill();
    const bool success = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    const QByteArray err = process.readAllStandardError();
    if (!success && onFailure == OnFailure::Warn) {
        qWarning("%s %s failed: %s%s", qPrintable(program()), qPrintable(arguments.join(QLatin1Char(' '))),
                 finished ? "" : "(timed out) ", err.constData());
    }
    if (ok)
        *ok = success;
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool DockerFixture::ensureReady(QString *why)
{
    bool ok = false;
    const QString version = docker({QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.APIVersion}}")},
                                   &ok, 30000, OnFailure::Quiet);
    if (!ok || version.isEmpty()) {
        const QString host = m_env.value(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///var/run/docker.sock"));
        *why = QStringLiteral("The stack tests need a Docker engine, and none answers at %1. Run the tests through "
                              "tests/services/session.sh (it starts dockerd when nothing answers), or start Docker "
                              "(sudo systemctl start docker) and check that you may use its socket (docker group).")
                   .arg(host);
        return false;
    }

    removeOrphans();
    docker({QStringLiteral("image"), QStringLiteral("inspect"), QString::fromLatin1(Image)}, &ok, 30000, OnFailure::Quiet);
    if (ok)
        return true;

    const QString busybox = QStringLiteral("/bin/busybox");
    if (!isStaticElf(busybox, why))
        return false;
    QTemporaryDir context;
    if (!context.isValid() || !QFile::copy(busybox, context.filePath(QStringLiteral("busybox")))) {
        *why = QStringLiteral("cannot prepare a build context for %1 in %2").arg(QString::fromLatin1(Image), QDir::tempPath());
        return false;
    }
    QFile dockerfile(context.filePath(QStringLiteral("Dockerfile")));
    if (!dockerfile.open(QIODevice::WriteOnly)
        || dockerfile.write("FROM scratch\n"
                            "COPY busybox /bin/busybox\n"
                            "RUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\n"
                            "CMD [\"/bin/sh\"]\n")
               < 0) {
        *why = QStringLiteral("cannot write the Dockerfile for %1").arg(QString::fromLatin1(Image));
        return false;
    }
    dockerfile.close();
    // --network none: the RUN step needs no network, and so no docker0 bridge either.
    docker({QStringLiteral("build"), QStringLiteral("--quiet"), QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("--label"), QStringLiteral("lagoon-test=1"), QStringLiteral("-t"), QString::fromLatin1(Image),
            context.path()},
           &ok, 300000);
    if (!ok) {
        *why = QStringLiteral("building the test image %1 FROM scratch with /bin/busybox failed (see the warning above)")
                   .arg(QString::fromLatin1(Image));
        return false;
    }
    return true;
}

QString DockerFixture::uniqueProject(const QString &stem)
{
    static int counter = 0;
    const QString name = QStringLiteral("lt%1%2n%3").arg(stem).arg(QCoreApplication::applicationPid()).arg(++counter);
    m_projects.append(name);
    return name;
}

QString DockerFixture::runContainer(const QString &project, const QString &service, const QStringList &command,
                                    const QStringList &extraRunArguments)
{
    QStringList arguments{QStringLiteral("run"), QStringLiteral("-d"),
                          QStringLiteral("--label"), QStringLiteral("com.docker.compose.project=") + project,
                          QStringLiteral("--label"), QStringLiteral("com.docker.compose.service=") + service,
                          QStringLiteral("--label"), QStringLiteral("lagoon-test=1"),
                          QStringLiteral("--label"), QStringLiteral("lagoon-test.pid=") + QString::number(QCoreApplication::applicationPid()),
                          QStringLiteral("--name"), project + QLatin1Char('_') + service + QStringLiteral("_1")};
    if (!extraRunArguments.contains(QLatin1String("--network")))
        arguments << QStringLiteral("--network") << QStringLiteral("none");
    arguments += extraRunArguments;
    arguments.append(QString::fromLatin1(Image));
    arguments += command;
    bool ok = false;
    const QString id = docker(arguments, &ok);
    return ok ? id : QString();
}

void DockerFixture::removeOrphans() const
{
    bool ok = false;
    const QString rows = docker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"), QStringLiteral("label=lagoon-test.pid"),
                                 QStringLiteral("--format"), QStringLiteral("{{.ID}} {{.Label \"lagoon-test.pid\"}}")},
                                &ok, 30000);
    QStringList orphans;
    const QStringList lines = rows.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qint64 pid = line.section(QLatin1Char(' '), 1).toLongLong();
        // A test process that is gone cannot clean up any more (it crashed or was killed).
        if (pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            orphans.append(line.section(QLatin1Char(' '), 0, 0));
    }
    if (orphans.isEmpty())
        return;
    qInfo("removing %lld containers left behind by earlier test runs", orphans.size());
    docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v")} + orphans, &ok, 60000);
}

void DockerFixture::removeProject(const QString &project) const
{
    bool ok = false;
    const QString ids = docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                QStringLiteral("label=com.docker.compose.project=") + project},
                               &ok, 30000);
    if (!ok || ids.isEmpty())
        return;
    QStringList arguments{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v")};
    arguments += ids.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    docker(arguments, &ok, 60000);
}

} // namespace Lagoon::Test
