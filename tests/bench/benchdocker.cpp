// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/benchdocker.h"

#include <cerrno>
#include <signal.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>

namespace Lagoon {

namespace {

using namespace Qt::Literals::StringLiterals;

constexpr auto Busybox = "/bin/busybox";
constexpr auto ImageRepository = "lagoon-bench/busybox";

// A FROM scratch image has no dynamic loader: a dynamically linked busybox would build, and then
// every container would fail to start with a confusing "no such file or directory".
bool isStaticElf(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = u"%1 cannot be read: apt-get install busybox-static"_s.arg(path);
        return false;
    }
    const QByteArray elf = file.read(64 * 1024);
    if (elf.size() < 64 ||
        !elf.startsWith("\x7f"
                        "ELF") ||
        elf.at(4) != 2 || elf.at(5) != 1) {
        *why = u"%1 is not a 64-bit little-endian ELF program"_s.arg(path);
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
        if (qFromLittleEndian<quint32>(data + at) == 3) { // PT_INTERP
            *why = u"%1 is dynamically linked; the benchmark's image needs the static one: "
                   u"apt-get install busybox-static"_s.arg(path);
            return false;
        }
    }
    return true;
}

bool processIsGone(qint64 pid)
{
    return pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

BenchDocker::BenchDocker()
    : m_env(QProcessEnvironment::systemEnvironment()),
      m_image(QString::fromLatin1(ImageRepository) + u':' + QString::number(QCoreApplication::applicationPid()))
{
    // Debian's 20.10 CLI builds with the classic builder; there is no buildx here.
    m_env.insert(u"DOCKER_BUILDKIT"_s, u"0"_s);
    // Keep the user's CLI configuration (contexts, credential helpers) out of the benchmark.
    m_env.insert(u"DOCKER_CONFIG"_s, QDir::tempPath() + u"/lagoon-bench-docker-config"_s);
}

QString BenchDocker::program()
{
    const QString debian = u"/usr/bin/docker"_s;
    return QFileInfo(debian).isExecutable() ? debian : u"docker"_s;
}

QString BenchDocker::pidLabel() const
{
    return QString::fromLatin1(PidLabel) + u'=' + QString::number(QCoreApplication::applicationPid());
}

QString BenchDocker::docker(const QStringList &arguments, bool *ok, QString *error, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(program(), arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    const bool success = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (ok)
        *ok = success;
    if (error && !success) {
        *error = finished ? QString::fromLocal8Bit(process.readAllStandardError()).trimmed()
                          : u"no answer within %1 s"_s.arg(timeoutMs / 1000);
        if (error->isEmpty())
            *error = process.errorString();
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString BenchDocker::serverVersion(QString *why) const
{
    bool ok = false;
    QString error;
    const QString version = docker({u"version"_s, u"--format"_s, u"{{.Server.Version}} (API {{.Server.APIVersion}})"_s},
                                   &ok, &error, 30000);
    if (ok && !version.isEmpty())
        return version;
    const QString host = m_env.value(u"DOCKER_HOST"_s, u"unix:///var/run/docker.sock"_s);
    *why = u"No Docker engine answers at %1 (%2 version: %3). Start Docker (sudo systemctl start docker, or "
           u"tests/services/session.sh) and check that you may use its socket (docker group)."_s.arg(
               host, program(), error.isEmpty() ? u"no server version"_s : error.section(u'\n', 0, 2));
    return {};
}

bool BenchDocker::buildImage(QString *why) const
{
    const QString busybox = QString::fromLatin1(Busybox);
    if (!isStaticElf(busybox, why))
        return false;
    QTemporaryDir context;
    if (!context.isValid() || !QFile::copy(busybox, context.filePath(u"busybox"_s))) {
        *why = u"Cannot prepare a build context for %1 in %2"_s.arg(m_image, QDir::tempPath());
        return false;
    }
    // No RUN step: the services call /bin/busybox by its full path, so nothing needs installing.
    QFile dockerfile(context.filePath(u"Dockerfile"_s));
    if (!dockerfile.open(QIODevice::WriteOnly) ||
        dockerfile.write("FROM scratch\n"
                         "COPY busybox /bin/busybox\n"
                         "CMD [\"/bin/busybox\", \"sleep\", \"86400\"]\n") < 0) {
        *why = u"Cannot write the Dockerfile for "_s + m_image;
        return false;
    }
    dockerfile.close();
    bool ok = false;
    QString error;
    docker({u"build"_s, u"--quiet"_s, u"--network"_s, u"none"_s, u"--label"_s, pidLabel(), u"-t"_s, m_image,
            context.path()},
           &ok, &error, 300000);
    if (!ok)
        *why = u"Building %1 FROM scratch with %2 failed: %3"_s.arg(m_image, busybox, error);
    return ok;
}

void BenchDocker::removeImage() const
{
    bool ok = false;
    QString error;
    docker({u"image"_s, u"rm"_s, u"--force"_s, m_image}, &ok, &error, 60000);
    if (!ok)
        qWarning("could not remove the image %s: %s", qPrintable(m_image), qPrintable(error));
}

void BenchDocker::removeOwnContainers() const
{
    const QStringList ids =
        docker({u"ps"_s, u"-aq"_s, u"--filter"_s, u"label="_s + pidLabel()}).split(u'\n', Qt::SkipEmptyParts);
    if (!ids.isEmpty())
        docker(QStringList{u"rm"_s, u"-f"_s, u"-v"_s} + ids, nullptr, nullptr, 60000);
}

int BenchDocker::removeOrphans() const
{
    const QString label = QString::fromLatin1(PidLabel);
    QStringList containers;
    const QStringList rows = docker({u"ps"_s, u"-a"_s, u"--filter"_s, u"label="_s + label, u"--format"_s,
                                     u"{{.ID}} {{.Label \""_s + label + u"\"}}"_s})
                                 .split(u'\n', Qt::SkipEmptyParts);
    for (const QString &row : rows) {
        if (processIsGone(row.section(u' ', 1).toLongLong()))
            containers.append(row.section(u' ', 0, 0));
    }
    if (!containers.isEmpty())
        docker(QStringList{u"rm"_s, u"-f"_s, u"-v"_s} + containers, nullptr, nullptr, 60000);

    QStringList images;
    const QString repository = QString::fromLatin1(ImageRepository);
    const QStringList tags =
        docker({u"images"_s, repository, u"--format"_s, u"{{.Tag}}"_s}).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &tag : tags) {
        if (processIsGone(tag.toLongLong()))
            images.append(repository + u':' + tag);
    }
    if (!images.isEmpty())
        docker(QStringList{u"image"_s, u"rm"_s, u"--force"_s} + images, nullptr, nullptr, 60000);
    return int(containers.size() + images.size());
}

} // namespace Lagoon
