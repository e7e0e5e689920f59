// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

namespace Lagoon::Test {

/**
 * An HTTP server on 127.0.0.1 that answers every request with the same canned response: for the
 * answers a real server rarely gives (HTML error pages, broken JSON, 5xx) and for endpoints
 * that do not exist.
 */
class CannedHttpServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit CannedHttpServer(QObject *parent = nullptr);

    /** Listens on a free port; the base URL is http://127.0.0.1:<port>. */
    bool start();
    QUrl url(const QString &path = QStringLiteral("/graphql")) const;

    void respond(int status, const QByteArray &body, const QByteArray &contentType = QByteArrayLiteral("application/json"));
    /** Answers each request this long after it came in (a slow server); default at once. */
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    int requests() const { return m_requests; }
    QByteArray lastRequest() const { return m_lastRequest; }

private:
    void serve(class QTcpSocket *socket);

    QByteArray m_response;
    QByteArray m_lastRequest;
    int m_requests = 0;
    std::chrono::milliseconds m_delay{0};
};

} // namespace Lagoon::Test
