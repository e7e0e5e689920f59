// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockerlogparser.h"

#include <algorithm>

#include <QTimeZone>

#include "core/stack/dockercontainer.h"

namespace Lagoon {

namespace {

// The longest timestamp Docker writes: "2026-05-07T21:09:36.123456789+00:00".
constexpr qsizetype MaxTimestampLength = 40;
// A line without a newline for this long is delivered in pieces rather than held in memory.
constexpr qsizetype MaxLineBytes = 1024 * 1024;

int digits(QByteArrayView text, qsizetype from, qsizetype count, bool *ok)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

QByteArrayView chopCarriageReturn(QByteArrayView bytes)
{
    return bytes.endsWith('\r') ? bytes.chopped(1) : bytes;
}

} // namespace

QDateTime dockerLogTimestamp(QByteArrayView text)
{
    // Logs can run to millions of lines, so the fixed UTC shape Docker writes is parsed by hand;
    // anything else goes through the general parser.
    if (text.size() >= 20 && text.at(4) == '-' && text.at(7) == '-' && text.at(10) == 'T' && text.at(13) == ':'
        && text.at(16) == ':' && text.endsWith('Z')) {
        bool ok = true;
        const int year = digits(text, 0, 4, &ok);
        const int month = digits(text, 5, 2, &ok);
        const int day = digits(text, 8, 2, &ok);
        const int hour = digits(text, 11, 2, &ok);
        const int minute = digits(text, 14, 2, &ok);
        const int second = digits(text, 17, 2, &ok);
        int msec = 0;
        const qsizetype fractionDigits = text.size() - 21; // between "SS." and "Z"
        if (text.size() > 20) {
            if (text.at(19) != '.' || fractionDigits < 1)
                ok = false;
            else
                msec = digits(text, 20, std::min<qsizetype>(fractionDigits, 3), &ok);
            for (qsizetype i = fractionDigits; ok && i < 3; ++i)
                msec *= 10;
        }
        if (ok) {
            const QDateTime time(QDate(year, month, day), QTime(hour, minute, second, msec), QTimeZone::utc());
            if (time.isValid())
                return time;
        }
    }
    return dockerTimeFromString(QString::fromLatin1(text));
}

DockerLogParser::DockerLogParser(bool multiplexed, bool timestamps)
    : m_multiplexed(multiplexed)
    , m_timestamps(timestamps)
{
}

QList<DockerLogLine> DockerLogParser::feed(QByteArrayView chunk)
{
    QList<DockerLogLine> out;
    if (!m_multiplexed) {
        addRaw(chunk, out);
        return out;
    }
    const auto frames = m_demuxer.feed(chunk);
    for (const auto &frame : frames) {
        // Once the stream turned out not to be multiplexed, everything is raw text.
        if (m_demuxer.isCorrupt())
            addRaw(frame.payload, out);
        else
            addFrame(frame.stream, frame.payload, out);
    }
    return out;
}

QList<DockerLogLine> DockerLogParser::finish()
{
    QList<DockerLogLine> out;
    for (int i = 0; i < 2; ++i) {
        Pending &pending = m_pending[i];
        if (pending.bytes.isEmpty())
            continue;
        const auto stream = static_cast<DockerStream>(i);
        if (!m_multiplexed || m_demuxer.isCorrupt()) {
            QByteArrayView rest(pending.bytes);
            const QDateTime timestamp = takeTimestamp(rest);
            out.append(makeLine(stream, rest, timestamp));
        } else {
            out.append(makeLine(stream, pending.bytes, pending.timestamp));
        }
        pending = {};
    }
    return out;
}

void DockerLogParser::addFrame(DockerStream stream, QByteArrayView payload, QList<DockerLogLine> &out)
{
    Pending &pending = m_pending[static_cast<int>(stream)];
    // Every frame is one log message with its own timestamp. A message without a newline is a
    // part of a long line: the continuation's timestamp is dropped, the line keeps the first.
    QDateTime frameTime;
    if (m_timestamps)
        frameTime = takeTimestamp(payload);
    if (pending.bytes.isEmpty())
        pending.timestamp = frameTime;

    while (!payload.isEmpty()) {
        const qsizetype newline = payload.indexOf('\n');
        if (newline < 0) {
            pending.bytes.append(payload.data(), payload.size());
            if (pending.bytes.size() > MaxLineBytes) {
                out.append(makeLine(stream, pending.bytes, pending.timestamp));
                pending.bytes.clear();
            }
            return;
        }
        pending.bytes.append(payload.data(), newline);
        out.append(makeLine(stream, pending.bytes, pending.timestamp));
        pending.bytes.clear();
        pending.timestamp = frameTime;
        payload = payload.sliced(newline + 1);
    }
}

void DockerLogParser::addRaw(QByteArrayView bytes, QList<DockerLogLine> &out)
{
    // A TTY merges both outputs into one stream: everything is stdout.
    Pending &pending = m_pending[static_cast<int>(DockerStream::Stdout)];
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        if (newline < 0) {
            pending.bytes.append(bytes.data(), bytes.size());
            if (pending.bytes.size() > MaxLineBytes) {
                QByteArrayView line(pending.bytes);
                const QDateTime timestamp = m_timestamps ? takeTimestamp(line) : QDateTime();
                out.append(makeLine(DockerStream::Stdout, line, timestamp));
                pending.bytes.clear();
            }
            return;
        }
        pending.bytes.append(bytes.data(), newline);
        QByteArrayView line(pending.bytes);
        const QDateTime timestamp = m_timestamps ? takeTimestamp(line) : QDateTime();
        out.append(makeLine(DockerStream::Stdout, line, timestamp));
        pending.bytes.clear();
        bytes = bytes.sliced(newline + 1);
    }
}

DockerLogLine DockerLogParser::makeLine(DockerStream stream, QByteArrayView bytes, const QDateTime &timestamp) const
{
    const QByteArrayView text = chopCarriageReturn(bytes);
    return DockerLogLine{stream, timestamp, QString::fromUtf8(text.data(), text.size())};
}

QDateTime DockerLogParser::takeTimestamp(QByteArrayView &bytes) const
{
    if (!m_timestamps)
        return {};
    const qsizetype space = bytes.first(std::min(bytes.size(), MaxTimestampLength)).indexOf(' ');
    if (space <= 0)
        return {};
    const QDateTime time = dockerLogTimestamp(bytes.first(space));
    if (time.isValid())
        bytes = bytes.sliced(space + 1);
    return time;
}

} // namespace Lagoon
