// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include "core/stack/dockercontainer.h"
#include "core/stack/dockerendpoint.h"
#include "core/stack/dockerrequest.h"
#include "core/stack/dockerstreamdemuxer.h"
#include "core/stack/dockerversion.h"
#include "core/util/error.h"

namespace Lagoon {

class DockerCancelToken;
class DockerConnection;

/** Which containers GET /containers/json returns. */
struct DockerContainerQuery
{
    /** Stopped containers too (docker ps -a). */
    bool all = true;
    /** Only this compose project's containers (label com.docker.compose.project=…); empty: any. */
    QString composeProject;
    /** More label filters, "key" or "key=value"; all must match. */
    QStringList labels;
};

/** A command to run in a running container (docker exec, without a TTY). */
struct DockerExecOptions
{
    QStringList command;
    QString workingDir;
    QString user;
    QStringList environment; // "KEY=value"
    /** How long the command may run; it keeps running in the container when this passes. */
    std::chrono::milliseconds timeout{std::chrono::minutes(5)};
};

/** What an exec printed, demultiplexed, and how it ended. */
struct DockerExecResult
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    /** True when an output went over DockerClient::MaxExecOutput and was cut. */
    bool truncated = false;
};

/**
 * The Docker Engine API, asynchronously. Every call runs on the client's own worker threads and
 * delivers its result exactly once to `done` through the event loop; nothing is delivered when
 * `context` is destroyed first. `context` must live in the calling thread. Each call is bounded by timeout() (an exec by its own limit).
 * The API version is negotiated on the first call and every path is sent as /v<negotiated>/….
 *
 * Errors (Error::code): DaemonUnreachable ("Docker is not running"), PermissionDenied (the
 * docker group), Timeout, ConnectionLost, NotFound (no such container), HttpError, ParseFailed,
 * Unsupported (engine too old), Cancelled (the client was destroyed).
 *
 * Destroying the client cancels the calls in flight and waits (briefly) for its workers.
 */
class DockerClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerClient)

public:
    template <typename T>
    using Callback = std::function<void(const Result<T> &)>;
    /** A piece of a running command's output, as it arrives. */
    using ExecOutput = std::function<void(DockerStream stream, const QByteArray &chunk)>;

    static constexpr qsizetype MaxExecOutput = 16 * 1024 * 1024;

    explicit DockerClient(const DockerEndpoint &endpoint = DockerEndpoint(), QObject *parent = nullptr);
    ~DockerClient() override;

    const DockerEndpoint &endpoint() const;
    /** The transport, shared with DockerEventStream and DockerLogStream made from this client. */
    std::shared_ptr<DockerConnection> connection() const { return m_connection; }

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /** Negotiates (again) and reports the engine's versions and the one agreed on. */
    void version(QObject *context, Callback<DockerVersion> done);

    void listContainers(const DockerContainerQuery &query, QObject *context,
                        Callback<QList<DockerContainerSummary>> done);

    /** `container` is an id, a unique id prefix or a name. */
    void inspectContainer(const QString &container, QObject *context, Callback<DockerContainerInfo> done);

    /**
     * Runs a command in a running container and collects its output and exit code. `output`, when
     * given, also receives the output while the command runs (on the context's thread, in order,
     * all of it before `done`, cut at MaxExecOutput like the result).
     */
    void exec(const QString &container, const DockerExecOptions &options, QObject *context,
              Callback<DockerExecResult> done, ExecOutput output = {});

    /** Any other Engine API request, for what has no helper yet; the request's own timeout applies. */
    void send(const DockerRequest &request, QObject *context, Callback<DockerResponse> done);

private:
    template <typename T>
    void run(std::function<Result<T>()> work, QObject *context, Callback<T> done);

    std::shared_ptr<DockerConnection> m_connection;
    std::shared_ptr<DockerCancelToken> m_cancel;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(10)};
    QThreadPool m_pool;
};

} // namespace Lagoon
