// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/raweventreader.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "core/stack/dockerevent.h"

namespace Lagoon {

namespace {

using namespace Qt::Literals::StringLiterals;

qint64 wallNowNano()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

void setReceiveTimeout(int fd, int seconds)
{
    timeval timeout{seconds, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
}

} // namespace

RawEventReader::~RawEventReader()
{
    stop();
}

bool RawEventReader::start(const QString &socketPath, const QString &composeProject, QString *why)
{
    stop();
    const QByteArray path = QFile::encodeName(socketPath);
    sockaddr_un address{};
    if (path.isEmpty() || size_t(path.size()) >= sizeof(address.sun_path)) {
        *why = u"the socket path %1 is too long"_s.arg(socketPath);
        return false;
    }
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        *why = u"cannot connect to %1: %2"_s.arg(socketPath, errnoText());
        stop();
        return false;
    }

    const QString label = u"com.docker.compose.project="_s + composeProject;
    const QJsonObject filters{{u"type"_s, QJsonArray{u"container"_s}}, {u"label"_s, QJsonArray{label}}};
    const QByteArray request =
        "GET /events?filters=" +
        QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact))) +
        " HTTP/1.0\r\nHost: docker\r\nUser-Agent: lagoon-bench-raw\r\n\r\n";
    if (!writeAll(m_fd, request)) {
        *why = u"cannot send the events request: "_s + errnoText();
        stop();
        return false;
    }

    // The head, with a bound; the body is then read without one.
    setReceiveTimeout(m_fd, 10);
    QByteArray head;
    char buffer[4096];
    qsizetype end = -1;
    while ((end = head.indexOf("\r\n\r\n")) < 0 && head.size() < 64 * 1024) {
        const ssize_t n = ::read(m_fd, buffer, sizeof(buffer));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *why = n == 0 ? u"the engine closed the events stream at once"_s
                          : u"no answer to GET /events: "_s + errnoText();
            stop();
            return false;
        }
        head.append(buffer, n);
    }
    const QByteArray status = head.left(head.indexOf("\r\n"));
    if (end < 0 || status.split(' ').value(1) != "200") {
        *why = u"GET /events answered: "_s + QString::fromUtf8(status);
        stop();
        return false;
    }
    setReceiveTimeout(m_fd, 0);
    m_pending = head.mid(end + 4);
    m_thread = std::thread([this] { run(); });
    return true;
}

void RawEventReader::stop()
{
    if (m_fd < 0)
        return;
    // Wakes the blocked read() with end-of-file.
    ::shutdown(m_fd, SHUT_RDWR);
    if (m_thread.joinable())
        m_thread.join();
    ::close(m_fd);
    m_fd = -1;
}

void RawEventReader::run()
{
    take({}, wallNowNano()); // events that came with the head
    char buffer[16 * 1024];
    while (true) {
        const ssize_t n = ::read(m_fd, buffer, sizeof(buffer));
        const qint64 received = wallNowNano();
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        take(QByteArray::fromRawData(buffer, n), received);
    }
}

void RawEventReader::take(const QByteArray &bytes, qint64 receivedNano)
{
    m_pending.append(bytes);
    QList<Event> events;
    qsizetype from = 0;
    for (qsizetype newline = m_pending.indexOf('\n'); newline >= 0; newline = m_pending.indexOf('\n', from)) {
        if (const auto event = DockerEvent::fromJson(QByteArrayView(m_pending).sliced(from, newline - from)))
            events.append({event->actorId, event->actionName(), event->timeNano, receivedNano});
        from = newline + 1;
    }
    m_pending.remove(0, from);
    if (events.isEmpty())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_events += events;
    }
    if (m_notify)
        m_notify();
}

QList<RawEventReader::Event> RawEventReader::events() const
{
    const std::lock_guard lock(m_mutex);
    return m_events;
}

qsizetype RawEventReader::count() const
{
    const std::lock_guard lock(m_mutex);
    return m_events.size();
}

void RawEventReader::clear()
{
    const std::lock_guard lock(m_mutex);
    m_events.clear();
}

} // namespace Lagoon
