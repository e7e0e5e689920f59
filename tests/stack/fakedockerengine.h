// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QTcpServer>

namespace Lagoon::Test {

/**
 * A stand-in engine on 127.0.0.1 that answers /_ping and /version with a chosen API version
 * and records every request line, to test version negotiation against engines we do not have.
 * Requests to other paths get the body registered for them (or 404). One answer per connection.
 */
class FakeDockerEngine final : public QTcpServer
{
    Q_OBJECT

public:
    explicit FakeDockerEngine(const QString &apiVersion, const QString &minimumApiVersion = QStringLiteral("1.12"),
                              QObject *parent = nullptr);

    void setAnswer(const QString &path, const QByteArray &json) { m_answers.insert(path, json); }
    /** "GET /v1.30/containers/json?all=1", in arrival order. */
    QStringList requests() const { return m_requests; }

private:
    void onConnection();
    void answer(QTcpSocket *socket, const QByteArray &requestLine);

    QString m_apiVersion;
    QString m_minimumApiVersion;
    QHash<QString, QByteArray> m_answers;
    QStringList m_requests;
};

} // namespace Lagoon::Test
