// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockerclient.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include "core/stack/dockercanceltoken.h"
#include "core/stack/dockerconnection.h"
#include "core/stack/dockerstreamdemuxer.h"

namespace Lagoon {

namespace {

using namespace std::chrono_literals;

// Enough for a GUI and a CLI that fire a handful of calls at once; streams have their own threads.
constexpr int WorkerThreads = 4;

Result<QJsonDocument> parseJson(const DockerResponse &response, const QString &path)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(Error::Code::ParseFailed, DockerClient::tr("Docker's answer to %1 is not valid JSON").arg(path),
                         error.errorString() + QLatin1Char('\n') + QString::fromUtf8(response.body.left(1024)));
    }
    return document;
}

QString containerPath(const QString &container, const QString &rest)
{
    // Names and ids never contain '/', but a hostile name must not walk into another endpoint.
    return QStringLiteral("/containers/") + QString::fromLatin1(QUrl::toPercentEncoding(container)) + rest;
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

Result<DockerExecResult> execBlocking(DockerConnection &connection, const DockerCancelToken &cancel,
                                      const QString &container, const DockerExecOptions &options,
                                      std::chrono::milliseconds callTimeout, const DockerClient::ExecOutput &forward)
{
    QJsonObject config{
        {QStringLiteral("AttachStdin"), false},
        {QStringLiteral("AttachStdout"), true},
        {QStringLiteral("AttachStderr"), true},
        {QStringLiteral("Tty"), false},
        {QStringLiteral("Cmd"), toJsonArray(options.command)},
    };
    if (!options.workingDir.isEmpty())
        config.insert(QStringLiteral("WorkingDir"), options.workingDir);
    if (!options.user.isEmpty())
        config.insert(QStringLiteral("User"), options.user);
    if (!options.environment.isEmpty())
        config.insert(QStringLiteral("Env"), toJsonArray(options.environment));

    DockerRequest create;
    create.method = QByteArrayLiteral("POST");
    create.path = containerPath(container, QStringLiteral("/exec"));
    create.body = QJsonDocument(config).toJson(QJsonDocument::Compact);
    create.timeout = callTimeout;
    const auto created = connection.send(create, &cancel);
    if (!created)
        return std::unexpected(created.error());
    const auto createdJson = parseJson(*created, create.path);
    if (!createdJson)
        return std::unexpected(createdJson.error());
    const QString execId = createdJson->object().value(QLatin1String("Id")).toString();
    if (execId.isEmpty())
        return makeError(Error::Code::ParseFailed, DockerClient::tr("Docker did not return an id for the command to run"));
    const QString execPath = QStringLiteral("/exec/") + execId;

    // Without a TTY the engine multiplexes stdout and stderr into one framed stream.
    DockerExecResult result;
    DockerStreamDemuxer demuxer;
    DockerStreamHandler handler;
    handler.data = [&](QByteArrayView chunk) {
        const auto frames = demuxer.feed(chunk);
        for (const auto &frame : frames) {
            QByteArray &sink = frame.stream == DockerStream::Stdout ? result.standardOutput : result.standardError;
            const qsizetype room = DockerClient::MaxExecOutput - sink.size();
            if (frame.payload.size() > room)
                result.truncated = true;
            if (room > 0) {
                const QByteArray kept = frame.payload.left(room);
                sink.append(kept);
                if (forward)
                    forward(frame.stream, kept);
            }
        }
    };
    DockerRequest start;
    start.method = QByteArrayLiteral("POST");
    start.path = execPath + QStringLiteral("/start");
    start.body = QJsonDocument(QJsonObject{{QStringLiteral("Detach"), false}, {QStringLiteral("Tty"), false}})
                     .toJson(QJsonDocument::Compact);
    start.timeout = options.timeout;
    const auto started = connection.send(start, &cancel, &handler);
    if (!started)
        return std::unexpected(started.error());

    // The output ends when the process does, but the engine may record the exit code a moment later.
    DockerRequest inspect;
    inspect.path = execPath + QStringLiteral("/json");
    inspect.timeout = callTimeout;
    for (int attempt = 0; attempt < 40; ++attempt) {
        const auto answer = connection.send(inspect, &cancel);
        if (!answer)
            return std::unexpected(answer.error());
        const auto json = parseJson(*answer, inspect.path);
        if (!json)
            return std::unexpected(json.error());
        const QJsonObject state = json->object();
        if (!state.value(QLatin1String("Running")).toBool()) {
            result.exitCode = state.value(QLatin1String("ExitCode")).toInt(-1);
            return result;
        }
        if (!cancel.sleepFor(50ms))
            break;
    }
    if (cancel.isCancelled())
        return makeError(Error::Code::Cancelled, DockerClient::tr("The Docker request was cancelled"));
    return makeError(Error::Code::Timeout, DockerClient::tr("The command's output ended but Docker still reports it running"));
}

} // namespace

DockerClient::DockerClient(const DockerEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_connection(std::make_shared<DockerConnection>(endpoint))
    , m_cancel(std::make_shared<DockerCancelToken>())
{
    m_pool.setMaxThreadCount(WorkerThreads);
    m_pool.setObjectName(QStringLiteral("DockerClient"));
}

DockerClient::~DockerClient()
{
    // Wakes every transfer in flight, so this returns as soon as libcurl has let go.
    m_cancel->cancel();
    m_pool.waitForDone();
}

const DockerEndpoint &DockerClient::endpoint() const
{
    return m_connection->endpoint();
}

template <typename T>
void DockerClient::run(std::function<Result<T>()> work, QObject *context, Callback<T> done)
{
    // A watcher owned by the context delivers on its thread and dies with it. (Qt 6.4's
    // QFuture::then(context, …) asserts when the context is destroyed before the result.)
    auto *watcher = new QFutureWatcher<Result<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, std::move(work)));
}

void DockerClient::version(QObject *context, Callback<DockerVersion> done)
{
    run<DockerVersion>([connection = m_connection, cancel = m_cancel, timeout = m_timeout] {
        return connection->negotiate(timeout, cancel.get());
    }, context, std::move(done));
}

void DockerClient::listContainers(const DockerContainerQuery &query, QObject *context,
                                  Callback<QList<DockerContainerSummary>> done)
{
    DockerRequest request;
    request.path = QStringLiteral("/containers/json");
    request.timeout = m_timeout;
    if (query.all)
        request.addQuery(QStringLiteral("all"), QStringLiteral("1"));
    QStringList labels = query.labels;
    if (!query.composeProject.isEmpty())
        labels.prepend(QLatin1String(ComposeLabels::Project) + QLatin1Char('=') + query.composeProject);
    if (!labels.isEmpty()) {
        const QJsonObject filters{{QStringLiteral("label"), toJsonArray(labels)}};
        request.addQuery(QStringLiteral("filters"), QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    }

    run<QList<DockerContainerSummary>>([connection = m_connection, cancel = m_cancel, request]()
                                           -> Result<QList<DockerContainerSummary>> {
        const auto response = connection->send(request, cancel.get());
        if (!response)
            return std::unexpected(response.error());
        const auto json = parseJson(*response, request.path);
        if (!json)
            return std::unexpected(json.error());
        QList<DockerContainerSummary> containers;
        const QJsonArray array = json->array();
        containers.reserve(array.size());
        for (const QJsonValue &value : array)
            containers.append(DockerContainerSummary::fromJson(value.toObject()));
        return containers;
    }, context, std::move(done));
}

void DockerClient::inspectContainer(const QString &container, QObject *context, Callback<DockerContainerInfo> done)
{
    DockerRequest request;
    request.path = containerPath(container, QStringLiteral("/json"));
    request.timeout = m_timeout;
    run<DockerContainerInfo>([connection = m_connection, cancel = m_cancel, request]() -> Result<DockerContainerInfo> {
        const auto response = connection->send(request, cancel.get());
        if (!response)
            return std::unexpected(response.error());
        const auto json = parseJson(*response, request.path);
        if (!json)
            return std::unexpected(json.error());
        return DockerContainerInfo::fromJson(json->object());
    }, context, std::move(done));
}

void DockerClient::exec(const QString &container, const DockerExecOptions &options, QObject *context,
                        Callback<DockerExecResult> done, ExecOutput output)
{
    ExecOutput forward;
    if (output) {
        // The worker posts to a relay it keeps alive, never to `context`, which its own thread may
        // delete at any moment; the relay checks `context` on that thread, where it is safe to.
        std::shared_ptr<QObject> relay(new QObject, [](QObject *object) { object->deleteLater(); });
        relay->moveToThread(context->thread());
        forward = [relay, guard = QPointer<QObject>(context), output = std::move(output)](DockerStream stream,
                                                                                        const QByteArray &chunk) {
            QMetaObject::invokeMethod(relay.get(), [relay, guard, output, stream, chunk] {
                if (guard)
                    output(stream, chunk);
            }, Qt::QueuedConnection);
        };
    }
    run<DockerExecResult>([connection = m_connection, cancel = m_cancel, container, options, timeout = m_timeout,
                           forward = std::move(forward)] {
        return execBlocking(*connection, *cancel, container, options, timeout, forward);
    }, context, std::move(done));
}

void DockerClient::send(const DockerRequest &request, QObject *context, Callback<DockerResponse> done)
{
    run<DockerResponse>([connection = m_connection, cancel = m_cancel, request] {
        return connection->send(request, cancel.get());
    }, context, std::move(done));
}

} // namespace Lagoon
