// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <chrono>

#include <QList>
#include <QMutex>
#include <QObject>
#include <QUrl>

class QWebSocket;

namespace Lagoon {

/**
 * bench_remote's baseline: a bare QWebSocket that speaks just enough graphql-transport-ws to
 * receive the DeploymentChanged frames the app's client receives, and stamps each one the moment
 * it arrives (before reading it). Meant to run in a thread of its own, so that it never waits
 * for the app's client and the app's client never waits for it.
 */
class BareWebSocketClient final : public QObject
{
    Q_OBJECT

public:
    struct Frame
    {
        std::chrono::system_clock::time_point received;
        QString name;
        QString status;
        QString buildStep;
    };

    explicit BareWebSocketClient(QObject *parent = nullptr);

    /** Connects and subscribes; call it in the client's thread. */
    void open(const QUrl &url, const QString &token, int environment);
    /** connection_ack arrived (the subscribe frame is out). Any thread. */
    bool isAcknowledged() const { return m_acknowledged; }
    /** The frames so far. Any thread. */
    QList<Frame> frames() const;

private:
    void onText(const QString &text);

    QWebSocket *m_socket = nullptr;
    QString m_token;
    int m_environment = 0;
    std::atomic_bool m_acknowledged{false};
    mutable QMutex m_mutex;
    QList<Frame> m_frames;
};

} // namespace Lagoon
