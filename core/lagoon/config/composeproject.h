// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/lagoon/config/lagoonconfig.h"

namespace Lagoon {

/**
 * The parts of a docker-compose file Lagoon reads (lagoon-rules.md §5): services in file
 * order with their labels, image and build, and the top-level volumes. Merge keys (`<<`) are
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
