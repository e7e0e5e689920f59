// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSet>

#include "core/lagoon/config/composeproject.h"
#include "core/stack/composetool.h"
#include "core/stack/dockerendpoint.h"
#include "core/stack/dockerfinding.h"
#include "core/stack/dockerversion.h"
#include "core/util/error.h"

namespace Lagoon {

class ComposeToolFinder;
class DockerClient;

/**
 * Finds out why the local stack cannot run, and says so in plain words with the fix: Docker not
 * installed, the daemon not running (socket missing, refusing, or silent), no permission on the
 * socket (the docker group), an unusable DOCKER_HOST, no compose implementation, or a port the
 * compose file publishes that another program holds. A job: start(), then finished() exactly
 * once with every finding (empty: all is well). Never blocks for long: the socket is tried with
 * a non-blocking connect(), the engine with a bounded API call, compose with bounded probes.
 *
 * Ports are tested by binding them on this machine (0.0.0.0 when the compose file names no
 * address), so they are only checked for a local engine; ports the project's own containers
 * already publish are not a conflict and are left out. Only EADDRINUSE counts: any other bind
 * error (a privileged port for a normal user) says nothing about what the daemon, as root, can do.
 */
class DockerDoctor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerDoctor)

public:
    enum class Check {
        Engine = 0x1,  ///< installed, running, permitted, DOCKER_HOST usable
        Compose = 0x2, ///< a compose implementation in PATH
        Ports = 0x4,   ///< the compose file's published ports are free (needs setComposeProject())
    };
    Q_DECLARE_FLAGS(Checks, Check)

    /** A host port the compose file publishes. */
    struct PublishedPort
    {
        QString service;
        QString address; ///< as written; empty: every address (Docker binds 0.0.0.0)
        int port = 0;
        QString protocol; ///< "tcp" or "udp"
        friend bool operator==(const PublishedPort &, const PublishedPort &) = default;
    };

    /** `environment` gives PATH (docker, compose) and DOCKER_HOST, as the stack will use them. */
    explicit DockerDoctor(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                          QObject *parent = nullptr);
    ~DockerDoctor() override;

    void setChecks(Checks checks) { m_checks = checks; }
    /**
     * The project whose published ports are checked. `projectName` is its compose project name
     * (so its own containers' ports are not conflicts), `composeFile` how findings name the file.
     */
    void setComposeProject(const ComposeProject &compose, const QString &projectName, const QString &composeFile);
    /** How long the engine may take to answer (default 5 s). */
    void setEngineTimeout(std::chrono::milliseconds timeout) { m_engineTimeout = timeout; }

    void start();
    bool isRunning() const { return m_running; }

    const DockerFindings &findings() const { return m_findings; }
    /** The compose implementation the Compose check found, to hand to a ComposeRunner. */
    std::optional<ComposeTool> composeTool() const { return m_tool; }
    /** The engine's versions when it answered. */
    std::optional<DockerVersion> engineVersion() const { return m_version; }

    // The pieces, public so tests (and a panel that wants one answer fast) can use them alone.

    /** Whether anything of Docker is on this machine: the client or the daemon binary. */
    static bool isDockerInstalled(const QProcessEnvironment &environment);
    /** connect() to a unix socket: 0 when it connected (or the backlog is full), else errno. */
    static int connectError(const QString &socketPath);
    /** What a failed connect() to the endpoint's socket means; nullopt for 0. */
    static std::optional<DockerFinding> socketFinding(const DockerEndpoint &endpoint, int osErrno,
                                                      bool dockerInstalled);
    /** What a failed engine call means (DockerClient's Error codes). */
    static DockerFinding engineFinding(const DockerEndpoint &endpoint, const Error &error);
    static DockerFinding composeFinding(const Error &error);
    /** The host ports the compose file publishes (ranges expanded, ${VAR:-default} resolved). */
    static QList<PublishedPort> publishedPorts(const ComposeProject &compose,
                                               const QProcessEnvironment &environment = QProcessEnvironment());
    /** bind() the port as Docker would: 0 when free, else errno (EADDRINUSE: taken). */
    static int bindError(const QString &address, int port, const QString &protocol);

Q_SIGNALS:
    void finished(const Lagoon::DockerFindings &findings);

private:
    void checkEngine();
    void onEngineAnswered(const Result<DockerVersion> &version);
    void checkCompose();
    void checkPorts();
    void settle();

    QProcessEnvironment m_environment;
    Checks m_checks{Check::Engine, Check::Compose, Check::Ports};
    std::chrono::milliseconds m_engineTimeout{std::chrono::seconds(5)};
    ComposeProject m_compose;
    QString m_projectName;
    QString m_composeFile;
    bool m_hasCompose = false;

    bool m_running = false;
    int m_outstanding = 0;
    std::optional<DockerEndpoint> m_endpoint;
    DockerClient *m_client = nullptr;
    QPointer<ComposeToolFinder> m_finder;
    QSet<QString> m_ownedPorts; // "8080/tcp" the project's own containers publish
    DockerFindings m_engineFindings;
    DockerFindings m_composeFindings;
    DockerFindings m_findings;
    std::optional<ComposeTool> m_tool;
    std::optional<DockerVersion> m_version;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DockerDoctor::Checks)

} // namespace Lagoon
