// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Lagoon {

/** Which output of a container a piece of text came from. */
enum class DockerStream : quint8 { Stdout, Stderr };

/**
 * Splits the engine's multiplexed stream (logs and exec of a container without a TTY) into its
 * frames: an 8-byte header {stream, 0, 0, 0, size as big-endian uint32} followed by `size`
 * bytes. Frames may arrive cut anywhere; feed() keeps the unfinished rest for the next call.
 * Stdin frames (type 0) are dropped and the engine's "system error" frames (type 3) are kept as
 * stderr. A header with non-zero padding means the stream is not multiplexed after all:
 * isCorrupt() turns true and the remaining bytes are passed through as stdout.
 */
class DockerStreamDemuxer final
{
public:
    struct Frame
    {
        DockerStream stream = DockerStream::Stdout;
        QByteArray payload;
    };

    QList<Frame> feed(QByteArrayView bytes);

    /** Bytes of an unfinished frame waiting for the rest. */
    qsizetype pendingBytes() const { return m_buffer.size(); }
    bool isCorrupt() const { return m_corrupt; }

private:
    QByteArray m_buffer;
    bool m_corrupt = false;
};

} // namespace Lagoon
