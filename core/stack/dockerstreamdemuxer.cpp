// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockerstreamdemuxer.h"

#include <QtEndian>

namespace Lagoon {

namespace {
constexpr qsizetype HeaderSize = 8;
}

QList<DockerStreamDemuxer::Frame> DockerStreamDemuxer::feed(QByteArrayView bytes)
{
    QList<Frame> frames;
    if (m_corrupt) {
        if (!bytes.isEmpty())
            frames.append(Frame{DockerStream::Stdout, bytes.toByteArray()});
        return frames;
    }
    m_buffer.append(bytes.data(), bytes.size());

    qsizetype pos = 0;
    while (m_buffer.size() - pos >= HeaderSize) {
        const auto *header = reinterpret_cast<const uchar *>(m_buffer.constData() + pos);
        const uchar type = header[0];
        if (header[1] != 0 || header[2] != 0 || header[3] != 0 || type > 3) {
            m_corrupt = true;
            frames.append(Frame{DockerStream::Stdout, m_buffer.mid(pos)});
            m_buffer.clear();
            return frames;
        }
        const auto size = static_cast<qsizetype>(qFromBigEndian<quint32>(header + 4));
        if (m_buffer.size() - pos - HeaderSize < size)
            break;
        if (type != 0) {
            const DockerStream stream = type == 1 ? DockerStream::Stdout : DockerStream::Stderr;
            frames.append(Frame{stream, m_buffer.mid(pos + HeaderSize, size)});
        }
        pos += HeaderSize + size;
    }
    m_buffer.remove(0, pos);
    return frames;
}

} // namespace Lagoon
