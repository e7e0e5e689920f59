// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <compare>
#include <optional>

#include <QJsonObject>
#include <QString>

namespace Lagoon {

/** An Engine API version, "1.41". Ordered numerically (1.9 < 1.41). */
struct DockerApiVersion
{
    int majorVersion = 0;
    int minorVersion = 0;

    static std::optional<DockerApiVersion> parse(const QString &text);
    QString toString() const;
    bool isValid() const { return majorVersion > 0; }

    friend auto operator<=>(const DockerApiVersion &, const DockerApiVersion &) = default;
};

/**
 * What the engine told us about itself (GET /_ping and /version) and the API version both sides
 * speak: the lower of the engine's and ours, never above what the engine supports.
 */
struct DockerVersion
{
    DockerApiVersion negotiated;
    DockerApiVersion engineApi;
    DockerApiVersion engineMinimumApi;
    QString engineVersion; // "20.10.24+dfsg1"
    QString os;
    QString arch;
    QString kernelVersion;

    /** Reads a GET /version answer; `negotiated` is left for the caller. */
    static DockerVersion fromJson(const QJsonObject &object);
};

} // namespace Lagoon
