// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/lagoon/config/lagoonconfig.h"

namespace Lagoon {

/**
 * One entry of a service's `volumes:` (short `source:target[:mode]` or long syntax). Lagoon
 * ignores these; the service graph uses them to show services sharing a named volume.
 */
struct ComposeVolumeMount
{
    QString source;  ///< a volume name or a host path as written; empty for an anonymous volume
    QString target;
    bool namedVolume = false;  ///< `source` names a volume rather than a host path (or tmpfs)
    TextSpan span;
    friend bool operator==(const ComposeVolumeMount &, const ComposeVolumeMount &) = default;
};

/**
 * The parts of a docker-compose file Lagoon reads (lagoon-rules.md §5): services in file
 * order with their labels, image and build, and the top-level volumes; plus depends_on and
 * volume mounts, which only the editor's service graph uses. Merge keys (`<<`) are
 * already resolved.
 */
struct ComposeService
{
    QString name;
    TextSpan span;  ///< the service's key
    QList<KeyValue> labels;
    QString image;
    TextSpan imageSpan;
    bool hasBuild = false;
    QString buildContext;  ///< "." when only a string build is given
    QString dockerfile;    ///< "Dockerfile" when not given
    TextSpan buildSpan;
    QStringList ports;     ///< as written ("8080", "3306:3306", "53/udp")
    /// depends_on: key = the service depended on, value = the long syntax's condition (empty
    /// for the short list syntax). Lagoon ignores it; the service graph draws it.
    QList<KeyValue> dependsOn;
    QList<ComposeVolumeMount> volumeMounts;  ///< the service's `volumes:`, in file order

    /** The label's value, or `fallback` when absent. */
    QString label(const QString &key, const QString &fallback = {}) const;
    bool hasLabel(const QString &key) const;
    const KeyValue *labelEntry(const QString &key) const;
    friend bool operator==(const ComposeService &, const ComposeService &) = default;
};

struct ComposeVolume
{
    QString name;
    TextSpan span;
    QList<KeyValue> labels;
    QString label(const QString &key, const QString &fallback = {}) const;
    friend bool operator==(const ComposeVolume &, const ComposeVolume &) = default;
};

struct ComposeProject
{
    QString projectName;  ///< x-lagoon-project
    QList<ComposeService> services;
    QList<ComposeVolume> volumes;

    const ComposeService *service(const QString &name) const;
    friend bool operator==(const ComposeProject &, const ComposeProject &) = default;
};

} // namespace Lagoon
