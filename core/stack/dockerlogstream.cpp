// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockerlogstream.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrl>

#include "core/stack/dockercanceltoken.h"
#include "core/stack/dockerconnection.h"

namespace Lagoon {

namespace {

using namespace std::chrono_literals;

QString containerPath(const QString &container, const QString &rest)
{
    return QStringLiteral("/containers/") + QString::fromLatin1(QUrl::toPercentEncoding(container)) + rest;
}

// Docker takes "since" as seconds.nanoseconds since the epoch.
QString sinceParameter(const QDateTime &since)
{
    const qint64 ms = since.toMSecsSinceEpoch();
    return QString::number(ms / 1000) + QLatin1Char('.') + QStringLiteral("%1").arg((ms % 1000) * 1000000, 9, 10, QLatin1Char('0'));
}

} // namespace

// The worker's own copies; it only posts to the stream object, which outlives it (join()).
struct DockerLogStream::Worker
{
    DockerLogStream *stream;
    std::shared_ptr<DockerConnection> connection;
    std::shared_ptr<DockerCancelToken> cancel;
    QString container;
    DockerLogOptions options;

    template <typename F>
    void post(F &&function) const
    {
        QMetaObject::invokeMethod(stream, std::forward<F>(function), Qt::QueuedConnection);
    }

    Result<void> run() const
    {
        // The TTY flag decides how the bytes are framed, so it has to be known first.
        DockerRequest inspect;
        inspect.path = containerPath(container, QStringLiteral("/json"));
        inspect.timeout = 10s;
        const auto info = connection->send(inspect, cancel.get());
        if (!info)
            return std::unexpected(info.error());
        const bool tty = QJsonDocument::fromJson(info->body)
                             .object()
                             .value(QLatin1String("Config"))
                             .toObject()
                             .value(QLatin1String("Tty"))
                             .toBool();

        DockerRequest logs;
        logs.path = containerPath(container, QStringLiteral("/logs"));
        logs.timeout = options.follow ? 0ms : 60s;
        logs.addQuery(QStringLiteral("stdout"), QStringLiteral("1"));
        logs.addQuery(QStringLiteral("stderr"), QStringLiteral("1"));
        logs.addQuery(QStringLiteral("follow"), options.follow ? QStringLiteral("1") : QStringLiteral("0"));
        logs.addQuery(QStringLiteral("timestamps"), options.timestamps ? QStringLiteral("1") : QStringLiteral("0"));
        logs.addQuery(QStringLiteral("tail"), options.tail < 0 ? QStringLiteral("all") : QString::number(options.tail));
        if (options.since.isValid())
            logs.addQuery(QStringLiteral("since"), sinceParameter(options.since));

        DockerLogParser parser(!tty, options.timestamps);
        DockerStreamHandler handler;
        handler.opened = [this, tty](const DockerResponse &) { post([s = stream, tty] { s->onStarted(tty); }); };
        handler.data = [this, &parser](QByteArrayView chunk) {
            QList<DockerLogLine> lines = parser.feed(chunk);
            if (!lines.isEmpty())
                post([s = stream, lines = std::move(lines)] { s->onLines(lines); });
        };
        const auto result = connection->send(logs, cancel.get(), &handler);
        QList<DockerLogLine> rest = parser.finish();
        if (!rest.isEmpty())
            post([s = stream, rest = std::move(rest)] { s->onLines(rest); });
        if (!result)
            return std::unexpected(result.error());
        return {};
    }
};

DockerLogStream::DockerLogStream(std::shared_ptr<DockerConnection> connection, const QString &container,
                                 const DockerLogOptions &options, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_container(container)
    , m_options(options)
    , m_cancel(std::make_shared<DockerCancelToken>())
{
}

DockerLogStream::~DockerLogStream()
{
    m_finished = true;
    join();
    delete m_thread;
}

void DockerLogStream::start()
{
    if (m_thread)
        return;
    const Worker worker{this, m_connection, m_cancel, m_container, m_options};
    m_thread = QThread::create([worker] {
        const Result<void> result = worker.run();
        worker.post([s = worker.stream, result] { s->onFinished(result); });
    });
    m_thread->setObjectName(QStringLiteral("DockerLogStream"));
    m_thread->start();
}

void DockerLogStream::stop()
{
    // The worker's last post is finished(Cancelled), queued behind the lines it had read, so
    // those still arrive and finished stays the last signal.
    join();
}

void DockerLogStream::join()
{
    if (!m_thread)
        return;
    m_cancel->cancel();
    m_thread->wait();
}

void DockerLogStream::onStarted(bool tty)
{
    if (!m_finished)
        Q_EMIT started(tty);
}

void DockerLogStream::onLines(const QList<DockerLogLine> &lines)
{
    if (!m_finished)
        Q_EMIT linesReceived(lines);
}

void DockerLogStream::onFinished(const Result<void> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace Lagoon
