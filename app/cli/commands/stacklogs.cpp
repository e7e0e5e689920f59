// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/stacklogs.h"

#include <algorithm>

namespace Lagoon::Cli {

StackLogs::StackLogs(std::shared_ptr<DockerConnection> connection, const QList<Source> &sources,
                     const DockerLogOptions &options, bool showTimestamps, QTextStream &out, QTextStream &err,
                     QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_options(options)
    , m_showTimestamps(showTimestamps)
    , m_out(out)
    , m_err(err)
{
    // Timestamps order lines across containers, so they are always asked for.
    m_options.timestamps = true;
    for (int i = 0; i < m_sources.size(); ++i) {
        m_width = std::max(m_width, static_cast<int>(m_sources.at(i).service.size()));
        auto *stream = new DockerLogStream(connection, m_sources.at(i).container, m_options, this);
        connect(stream, &DockerLogStream::linesReceived, this,
                [this, i](const QList<DockerLogLine> &lines) { onLines(i, lines); });
        connect(stream, &DockerLogStream::finished, this,
                [this, i](const Result<void> &result) { onStreamFinished(i, result); });
        m_streams.append(stream);
    }
}

StackLogs::~StackLogs() = default;

void StackLogs::start()
{
    m_running = static_cast<int>(m_streams.size());
    if (m_running == 0) {
        QMetaObject::invokeMethod(this, &StackLogs::finished, Qt::QueuedConnection);
        return;
    }
    for (DockerLogStream *stream : std::as_const(m_streams))
        stream->start();
}

void StackLogs::stop()
{
    for (DockerLogStream *stream : std::as_const(m_streams))
        stream->stop();
}

void StackLogs::print(int source, const DockerLogLine &line)
{
    QTextStream &to = line.stream == DockerStream::Stderr ? m_err : m_out;
    to << m_sources.at(source).service.leftJustified(m_width) << QStringLiteral(" | ");
    if (m_showTimestamps && line.timestamp.isValid())
        to << line.timestamp.toString(Qt::ISODateWithMs) << QLatin1Char(' ');
    to << line.text << QLatin1Char('\n');
}

void StackLogs::onLines(int source, const QList<DockerLogLine> &lines)
{
    if (!m_options.follow) {
        for (const DockerLogLine &line : lines)
            m_buffer.append(Line{source, line});
        return;
    }
    for (const DockerLogLine &line : lines)
        print(source, line);
    m_out.flush();
    m_err.flush();
}

void StackLogs::onStreamFinished(int source, const Result<void> &result)
{
    if (!result && result.error().code != Error::Code::Cancelled) {
        ++m_failures;
        m_err << tr("%1: %2").arg(m_sources.at(source).service, result.error().message) << Qt::endl;
    }
    if (--m_running > 0)
        return;
    if (!m_options.follow) {
        std::stable_sort(m_buffer.begin(), m_buffer.end(),
                         [](const Line &a, const Line &b) { return a.line.timestamp < b.line.timestamp; });
        for (const Line &line : std::as_const(m_buffer))
            print(line.source, line.line);
        m_buffer.clear();
    }
    m_out.flush();
    m_err.flush();
    Q_EMIT finished();
}

} // namespace Lagoon::Cli
