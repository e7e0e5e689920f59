// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <functional>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

namespace Lagoon {

/**
 * One Engine API request. `path` is written without the version prefix ("/containers/json");
 * DockerConnection adds /v<negotiated> unless `versioned` is false (/_ping, /version).
 */
struct DockerRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path;
    /** Query items, percent-encoded by the transport (filters JSON included). */
    QList<std::pair<QString, QString>> query;
    /** A JSON body for POST; sent with Content-Type: application/json when not empty. */
    QByteArray body;
    bool versioned = true;
    /** The whole call, connect to last byte. Zero means no limit (streams); connecting is still bounded. */
    std::chrono::milliseconds timeout{10000};

    DockerRequest &addQuery(const QString &key, const QString &value)
    {
        query.append({key, value});
        return *this;
    }
};

/** An answer: status, headers (names lower-cased) and the body (empty for a 2xx stream). */
struct DockerResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;

    bool isSuccess() const { return status >= 200 && status < 300; }
};

/**
 * Receives a streaming response on the worker thread that runs the transfer. `opened` runs once
 * the status line and headers are in; `data` then gets the body as it arrives (2xx only — an error
 * body is collected into DockerResponse::body and reported as an Error).
 */
struct DockerStreamHandler
{
    std::function<void(const DockerResponse &head)> opened;
    std::function<void(QByteArrayView chunk)> data;
};

} // namespace Lagoon
