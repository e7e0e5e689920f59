// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QTextStream>

#include "core/stack/dockerlogstream.h"

namespace Lagoon::Cli {

/**
 * `stack logs`: the logs of a stack's containers, one DockerLogStream each, printed as
 * `service | line` (stdout and stderr already told apart by the engine, stderr to `err`).
 * Without follow, all history is read first and printed in time order across services; with
 * follow, lines are printed as they arrive until every stream ends or stop() is called.
 */
class StackLogs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackLogs)

public:
    struct Source
    {
        QString service;
        QString container; ///< id
    };

    StackLogs(std::shared_ptr<DockerConnection> connection, const QList<Source> &sources,
              const DockerLogOptions &options, bool showTimestamps, QTextStream &out, QTextStream &err,
              QObject *parent = nullptr);
    ~StackLogs() override;

    void start();
    void stop();
    /** False when a stream failed (the error was printed). */
    bool succeeded() const { return m_failures == 0; }

Q_SIGNALS:
    void finished();

private:
    struct Line
    {
        int source;
        DockerLogLine line;
    };

    void onLines(int source, const QList<DockerLogLine> &lines);
    void onStreamFinished(int source, const Result<void> &result);
    void print(int source, const DockerLogLine &line);

    QList<Source> m_sources;
    DockerLogOptions m_options;
    bool m_showTimestamps;
    QTextStream &m_out;
    QTextStream &m_err;
    QList<DockerLogStream *> m_streams;
    QList<Line> m_buffer; // without follow: everything, sorted at the end
    int m_width = 0;
    int m_running = 0;
    int m_failures = 0;
};

} // namespace Lagoon::Cli
