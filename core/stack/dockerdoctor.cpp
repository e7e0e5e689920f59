// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockerdoctor.h"

#include <cerrno>
#include <cstring>

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

#include "core/stack/composetoolfinder.h"
#include "core/stack/dockerclient.h"

namespace Lagoon {

namespace {

QString errnoText(int osErrno)
{
    return QStringLiteral("errno %1: %2").arg(osErrno).arg(QString::fromLocal8Bit(std::strerror(osErrno)));
}

QString startDockerFix()
{
    return DockerFinding::tr("Start Docker: sudo systemctl start docker (or start Docker Desktop). If Docker runs "
                             "somewhere else, point DOCKER_HOST at it.");
}

DockerFinding permissionFinding(const DockerEndpoint &endpoint, const QString &detail)
{
    DockerFinding f;
    f.problem = DockerFinding::Problem::PermissionDenied;
    f.summary = DockerFinding::tr("Permission denied on the Docker socket");
    const QString where = endpoint.kind() == DockerEndpoint::Kind::Unix ? endpoint.socketPath() : endpoint.toString();
    const QFileInfo socket(where);
    f.explanation = socket.exists() && !socket.owner().isEmpty() && !socket.group().isEmpty()
                        ? DockerFinding::tr("Docker's socket %1 belongs to the user %2 and the group %3, and your user "
                                            "may not use it.")
                              .arg(where, socket.owner(), socket.group())
                        : DockerFinding::tr("Your user may not use Docker's socket %1.").arg(where);
    f.fix = DockerFinding::tr("Add yourself to the docker group: sudo usermod -aG docker $USER, then log in again "
                              "(or run newgrp docker in this terminal). Members of the docker group can control "
                              "the machine as root.");
    f.detail = detail;
    return f;
}

// ${VAR}, ${VAR:-default}, ${VAR-default} and $VAR, as compose interpolates them; nullopt when a
// variable is unset and has no default (compose would then publish something we cannot know).
std::optional<QString> interpolate(const QString &text, const QProcessEnvironment &environment)
{
    static const QRegularExpression variable(
        QStringLiteral(R"(\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*))"));
    QString out;
    qsizetype last = 0;
    auto it = variable.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1).isEmpty() ? m.captured(4) : m.captured(1);
        const bool set = environment.contains(name);
        const QString value = environment.value(name);
        const QString op = m.captured(2);
        if (op == QLatin1String(":-") && value.isEmpty())
            out += m.captured(3);
        else if (op == QLatin1String("-") && !set)
            out += m.captured(3);
        else if (set)
            out += value;
        else
            return std::nullopt;
    }
    out += text.mid(last);
    return out;
}

// "8000-8002" → {8000, 8001, 8002}; a range is capped, a typo is nothing.
QList<int> portRange(const QString &text)
{
    const QStringList bounds = text.split(QLatin1Char('-'));
    bool okFirst = false;
    bool okLast = false;
    const int first = bounds.value(0).toInt(&okFirst);
    const int last = bounds.size() == 2 ? bounds.at(1).toInt(&okLast) : first;
    if (!okFirst || (bounds.size() == 2 && !okLast) || bounds.size() > 2 || first <= 0 || last < first
        || last > 65535)
        return {};
    QList<int> ports;
    for (int p = first; p <= last && ports.size() < 256; ++p)
        ports.append(p);
    return ports;
}

} // namespace

DockerDoctor::DockerDoctor(const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
{
}

DockerDoctor::~DockerDoctor()
{
    if (m_finder)
        m_finder->cancel();
}

void DockerDoctor::setComposeProject(const ComposeProject &compose, const QString &projectName,
                                     const QString &composeFile)
{
    m_compose = compose;
    m_projectName = projectName;
    m_composeFile = composeFile;
    m_hasCompose = true;
}

void DockerDoctor::start()
{
    if (m_running)
        return;
    m_running = true;
    m_findings.clear();
    m_engineFindings.clear();
    m_composeFindings.clear();
    m_ownedPorts.clear();
    m_endpoint.reset();
    m_version.reset();
    m_tool.reset();
    const bool engine = m_checks.testFlag(Check::Engine) || m_checks.testFlag(Check::Ports);
    const bool compose = m_checks.testFlag(Check::Compose);
    // Counted before anything starts: a check may answer at once.
    m_outstanding = (engine ? 1 : 0) + (compose ? 1 : 0);
    if (m_outstanding == 0) {
        QMetaObject::invokeMethod(this, &DockerDoctor::settle, Qt::QueuedConnection);
        return;
    }
    if (compose)
        checkCompose();
    if (engine)
        checkEngine();
}

void DockerDoctor::checkEngine()
{
    const auto done = [this] {
        if (--m_outstanding == 0)
            QMetaObject::invokeMethod(this, &DockerDoctor::settle, Qt::QueuedConnection);
    };
    const bool report = m_checks.testFlag(Check::Engine);
    const auto endpoint = DockerEndpoint::fromEnvironment(m_environment);
    if (!endpoint) {
        if (report) {
            DockerFinding f;
            f.problem = DockerFinding::Problem::EndpointUnsupported;
            f.summary = tr("DOCKER_HOST cannot be used");
            f.explanation = endpoint.error().message;
            f.fix = tr("Point DOCKER_HOST at a local socket (unix:///var/run/docker.sock) or a plain TCP engine "
                       "(tcp://HOST:2375), or unset it to use the default socket.");
            f.detail = endpoint.error().detail;
            m_engineFindings.append(f);
        }
        done();
        return;
    }
    m_endpoint = *endpoint;
    if (endpoint->kind() == DockerEndpoint::Kind::Unix) {
        const int error = connectError(endpoint->socketPath());
        if (error != 0) {
            if (report) {
                if (auto f = socketFinding(*endpoint, error, isDockerInstalled(m_environment)))
                    m_engineFindings.append(*f);
            }
            done();
            return;
        }
    }
    delete m_client;
    m_client = new DockerClient(*endpoint, this);
    m_client->setTimeout(m_engineTimeout);
    m_client->version(this, [this, done, report](const Result<DockerVersion> &version) {
        if (!version) {
            if (report)
                m_engineFindings.append(engineFinding(*m_endpoint, version.error()));
            done();
            return;
        }
        m_version = *version;
        if (!m_checks.testFlag(Check::Ports) || !m_hasCompose || m_projectName.isEmpty()) {
            done();
            return;
        }
        // The project's own running containers hold their ports already: that is no conflict.
        DockerContainerQuery query;
        query.all = false;
        query.composeProject = m_projectName;
        m_client->listContainers(query, this, [this, done](const Result<QList<DockerContainerSummary>> &containers) {
            if (containers) {
                for (const DockerContainerSummary &c : *containers) {
                    for (const DockerPort &p : c.ports) {
                        if (p.isPublished())
                            m_ownedPorts.insert(QString::number(p.hostPort) + QLatin1Char('/') + p.protocol);
                    }
                }
            }
            done();
        });
    });
}

void DockerDoctor::checkCompose()
{
    auto *finder = new ComposeToolFinder(m_environment, this);
    m_finder = finder;
    connect(finder, &ComposeToolFinder::finished, this, [this, finder](const Result<ComposeTool> &tool) {
        finder->deleteLater();
        if (tool)
            m_tool = *tool;
        else if (tool.error().code != Error::Code::Cancelled)
            m_composeFindings.append(composeFinding(tool.error()));
        if (--m_outstanding == 0)
            QMetaObject::invokeMethod(this, &DockerDoctor::settle, Qt::QueuedConnection);
    });
    finder->start();
}

void DockerDoctor::checkPorts()
{
    // Published ports are bound on the engine's host: only this machine's can be tried here.
    if (m_endpoint && m_endpoint->kind() == DockerEndpoint::Kind::Tcp) {
        const QHostAddress host(m_endpoint->host());
        if (!host.isLoopback() && m_endpoint->host() != QLatin1String("localhost"))
            return;
    }
    QSet<QString> seen;
    for (const PublishedPort &p : publishedPorts(m_compose, m_environment)) {
        const QString key = QString::number(p.port) + QLatin1Char('/') + p.protocol;
        if (m_ownedPorts.contains(key) || seen.contains(p.address + QLatin1Char('|') + key))
            continue;
        seen.insert(p.address + QLatin1Char('|') + key);
        const QString address = p.address.isEmpty() ? QStringLiteral("0.0.0.0") : p.address;
        const int error = bindError(address, p.port, p.protocol);
        if (error != EADDRINUSE)
            continue;
        DockerFinding f;
        f.problem = DockerFinding::Problem::PortInUse;
        f.summary = tr("Port %1 is already in use").arg(p.port);
        f.explanation = p.address.isEmpty()
                            ? tr("The service %1 publishes port %2/%3, but another program on this machine already "
                                 "uses it, so Docker cannot start the service.")
                                  .arg(p.service)
                                  .arg(p.port)
                                  .arg(p.protocol)
                            : tr("The service %1 publishes port %2/%3 on %4, but another program on this machine "
                                 "already uses it, so Docker cannot start the service.")
                                  .arg(p.service)
                                  .arg(p.port)
                                  .arg(p.protocol, p.address);
        f.fix = tr("Stop the program that uses the port (ss -ltnup 'sport = :%1' shows which one), or publish %2 "
                   "on another host port in the compose file.")
                    .arg(p.port)
                    .arg(p.service);
        f.detail = tr("bind %1:%2/%3: %4").arg(address).arg(p.port).arg(p.protocol, errnoText(error));
        f.service = p.service;
        f.port = p.port;
        f.protocol = p.protocol;
        f.address = address;
        f.file = m_composeFile;
        if (const ComposeService *service = m_compose.service(p.service)) {
            f.line = service->span.line;
            f.column = service->span.column;
        }
        m_findings.append(f);
    }
}

void DockerDoctor::settle()
{
    if (!m_running)
        return;
    m_findings = m_engineFindings + m_composeFindings;
    // Last: the ports the project's own containers hold are known only once the engine answered.
    if (m_checks.testFlag(Check::Ports) && m_hasCompose)
        checkPorts();
    m_running = false;
    Q_EMIT finished(m_findings);
}

bool DockerDoctor::isDockerInstalled(const QProcessEnvironment &environment)
{
    if (!ComposeToolFinder::findInPath(QStringLiteral("docker"), environment).isEmpty()
        || !ComposeToolFinder::findInPath(QStringLiteral("dockerd"), environment).isEmpty())
        return true;
    // The daemon's binary is outside a normal user's PATH on some systems.
    for (const char *path : {"/usr/bin/dockerd", "/usr/sbin/dockerd", "/usr/local/bin/dockerd"}) {
        if (QFileInfo(QString::fromLatin1(path)).isExecutable())
            return true;
    }
    return false;
}

int DockerDoctor::connectError(const QString &socketPath)
{
    const QByteArray path = QFile::encodeName(socketPath);
    sockaddr_un address{};
    if (path.isEmpty() || static_cast<size_t>(path.size()) >= sizeof(address.sun_path))
        return ENAMETOOLONG;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), static_cast<size_t>(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return errno;
    const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address));
    const int error = rc == 0 ? 0 : errno;
    ::close(fd);
    // A full backlog (EAGAIN on a non-blocking unix connect) means someone listens: the daemon is busy.
    if (error == EAGAIN || error == EINPROGRESS)
        return 0;
    return error;
}

std::optional<DockerFinding> DockerDoctor::socketFinding(const DockerEndpoint &endpoint, int osErrno,
                                                         bool dockerInstalled)
{
    if (osErrno == 0)
        return std::nullopt;
    const QString socket = endpoint.socketPath();
    const QString detail = tr("connect %1: %2").arg(socket, errnoText(osErrno));
    if (osErrno == EACCES || osErrno == EPERM)
        return permissionFinding(endpoint, detail);

    DockerFinding f;
    f.detail = detail;
    if (osErrno == ENOENT || osErrno == ENOTDIR) {
        if (!dockerInstalled) {
            f.problem = DockerFinding::Problem::DockerNotInstalled;
            f.summary = tr("Docker is not installed");
            f.explanation = tr("Neither the docker command nor the Docker daemon was found on this machine, and "
                               "there is no Docker socket at %1.")
                                .arg(socket);
            f.fix = tr("Install Docker Engine (Debian, Ubuntu: sudo apt install docker.io docker-compose; elsewhere "
                       "see https://docs.docker.com/engine/install/), then start it: sudo systemctl enable --now "
                       "docker.");
            return f;
        }
        f.problem = DockerFinding::Problem::DaemonNotRunning;
        f.summary = tr("Docker is not running");
        f.explanation = tr("Docker is installed, but there is no Docker socket at %1: the daemon is not started.")
                            .arg(socket);
        f.fix = startDockerFix();
        return f;
    }
    f.problem = DockerFinding::Problem::DaemonNotRunning;
    f.summary = tr("Docker is not running");
    if (osErrno == ECONNREFUSED || osErrno == ENOTSOCK) {
        f.explanation = tr("The Docker socket %1 exists, but nothing listens on it: the daemon stopped or crashed.")
                            .arg(socket);
    } else {
        f.explanation = tr("The Docker socket %1 cannot be opened (%2).")
                            .arg(socket, QString::fromLocal8Bit(std::strerror(osErrno)));
    }
    f.fix = startDockerFix();
    return f;
}

DockerFinding DockerDoctor::engineFinding(const DockerEndpoint &endpoint, const Error &error)
{
    if (error.code == Error::Code::PermissionDenied)
        return permissionFinding(endpoint, error.detail);
    DockerFinding f;
    f.detail = error.detail;
    if (error.code == Error::Code::Unsupported) {
        f.problem = DockerFinding::Problem::EndpointUnsupported;
        f.summary = tr("This Docker engine cannot be used");
        f.explanation = error.message;
        f.fix = tr("Update Docker Engine to a current release.");
        return f;
    }
    f.problem = DockerFinding::Problem::DaemonNotRunning;
    if (error.code == Error::Code::Timeout) {
        f.summary = tr("Docker does not answer");
        f.explanation = tr("Something accepts connections at %1, but the Docker engine did not answer in time: it may "
                           "be starting, overloaded or stuck.")
                            .arg(endpoint.toString());
        f.fix = tr("Wait a moment and try again. If it stays like this, restart Docker: sudo systemctl restart "
                   "docker.");
        return f;
    }
    f.summary = tr("Docker is not running");
    f.explanation = error.message;
    f.fix = startDockerFix();
    return f;
}

DockerFinding DockerDoctor::composeFinding(const Error &error)
{
    DockerFinding f;
    f.problem = DockerFinding::Problem::ComposeMissing;
    f.summary = tr("Docker Compose is not installed");
    f.explanation = tr("The local stack runs with Docker Compose, but neither the docker compose plugin nor "
                       "docker-compose was found in PATH.");
    f.fix = tr("Install one of them: sudo apt install docker-compose (Debian, Ubuntu), or the Docker Compose "
               "plugin (https://docs.docker.com/compose/install/).");
    f.detail = error.detail.isEmpty() ? error.message : error.detail;
    return f;
}

QList<DockerDoctor::PublishedPort> DockerDoctor::publishedPorts(const ComposeProject &compose,
                                                                const QProcessEnvironment &environment)
{
    QList<PublishedPort> out;
    for (const ComposeService &service : compose.services) {
        for (const QString &written : service.ports) {
            const auto spec = interpolate(written.trimmed(), environment);
            if (!spec)
                continue;
            QString rest = *spec;
            QString protocol = QStringLiteral("tcp");
            if (const qsizetype slash = rest.lastIndexOf(QLatin1Char('/')); slash >= 0) {
                protocol = rest.mid(slash + 1).toLower();
                rest.truncate(slash);
            }
            if (protocol != QLatin1String("tcp") && protocol != QLatin1String("udp"))
                continue;
            QString address;
            if (rest.startsWith(QLatin1Char('['))) { // [::1]:8080:80
                const qsizetype close = rest.indexOf(QStringLiteral("]:"));
                if (close < 0)
                    continue;
                address = rest.mid(1, close - 1);
                rest = rest.mid(close + 2);
            }
            const QStringList parts = rest.split(QLatin1Char(':'));
            if (parts.size() < 2)
                continue; // only a container port: Docker picks a free host port
            const QString hostPorts = parts.at(parts.size() - 2);
            if (parts.size() > 2 && address.isEmpty())
                address = parts.mid(0, parts.size() - 2).join(QLatin1Char(':'));
            if (hostPorts.isEmpty())
                continue; // "127.0.0.1::80": a random host port
            for (const int port : portRange(hostPorts))
                out.append(PublishedPort{service.name, address, port, protocol});
        }
    }
    return out;
}

int DockerDoctor::bindError(const QString &address, int port, const QString &protocol)
{
    const QHostAddress host(address);
    if (host.isNull() || port <= 0 || port > 65535)
        return 0; // a host name, or nothing to try: not known to be taken
    const bool udp = protocol == QLatin1String("udp");
    const bool v6 = host.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, (udp ? SOCK_DGRAM : SOCK_STREAM) | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return errno;
    if (!udp) {
        // As Docker's proxy (Go) does: a port only held by connections in TIME_WAIT is free.
        const int on = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
    }
    int rc = 0;
    if (v6) {
        sockaddr_in6 a{};
        a.sin6_family = AF_INET6;
        a.sin6_port = htons(static_cast<quint16>(port));
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        std::memcpy(&a.sin6_addr, &bytes, sizeof(a.sin6_addr));
        rc = ::bind(fd, reinterpret_cast<const sockaddr *>(&a), sizeof(a));
    } else {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<quint16>(port));
        a.sin_addr.s_addr = htonl(host.toIPv4Address());
        rc = ::bind(fd, reinterpret_cast<const sockaddr *>(&a), sizeof(a));
    }
    const int error = rc == 0 ? 0 : errno;
    ::close(fd);
    return error;
}

} // namespace Lagoon
