// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "core/stack/dockerstreamdemuxer.h"

namespace Lagoon {

/** One line a container wrote, without its line ending. */
struct DockerLogLine
{
    DockerStream stream = DockerStream::Stdout;
    /** When the engine received it (UTC, millisecond precision); invalid without timestamps. */
    QDateTime timestamp;
    QString text;
};

/**
 * Turns the bytes of GET /containers/{id}/logs into lines. `multiplexed` is true for a container
 * without a TTY (8-byte frames carry stdout/stderr), false for a TTY container (one raw stdout
 * stream). With `timestamps`, each line starts with the engine's RFC 3339 time and a space, which
 * becomes DockerLogLine::timestamp. Lines cut across chunks are joined (up to 1 MiB; longer ones
 * come out in 1 MiB pieces); invalid UTF-8 is replaced, not dropped.
 */
class DockerLogParser final
{
public:
    DockerLogParser(bool multiplexed, bool timestamps);

    /** The lines completed by `chunk`, in the order the engine sent them. */
    QList<DockerLogLine> feed(QByteArrayView chunk);
    /** Unterminated last lines (the stream ended without a newline). */
    QList<DockerLogLine> finish();

private:
    struct Pending
    {
        QByteArray bytes;
        QDateTime timestamp;
    };

    void addFrame(DockerStream stream, QByteArrayView payload, QList<DockerLogLine> &out);
    void addRaw(QByteArrayView bytes, QList<DockerLogLine> &out);
    DockerLogLine makeLine(DockerStream stream, QByteArrayView bytes, const QDateTime &timestamp) const;
    QDateTime takeTimestamp(QByteArrayView &bytes) const;

    bool m_multiplexed;
    bool m_timestamps;
    DockerStreamDemuxer m_demuxer;
    Pending m_pending[2];
};

/** Parses Docker's fixed RFC 3339 nano time ("2026-05-07T21:09:36.123456789Z"); fast path for logs. */
QDateTime dockerLogTimestamp(QByteArrayView text);

} // namespace Lagoon
