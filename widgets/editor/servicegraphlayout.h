// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QHash>
#include <QRectF>
#include <QSizeF>

#include "core/lagoon/config/composegraph.h"

namespace Lagoon {

/**
 * Where ServiceGraphView puts its boxes, computed from the graph and the boxes' sizes. A
 * simple layered layout: a service sits above the services it depends on (the longest
 * depends_on chain decides its row), services of one pod sit side by side in one frame, and a
 * shared volume sits in the row of the lowest service that mounts it. Within a row, units go
 * under what they connect to; rows wider than a screen wrap. Plain geometry, no painting.
 */
struct ServiceGraphLayout
{
    QHash<QString, QRectF> services; ///< by service name
    QHash<QString, QRectF> pods;     ///< the frame of each pod, by lagoon.name
    QHash<int, QRectF> volumes;      ///< shared volumes only, by index in ComposeGraph::volumes()

    using ServiceSize = std::function<QSizeF(const ComposeGraphNode &)>;
    using VolumeSize = std::function<QSizeF(int volumeIndex)>; ///< index in ComposeGraph::volumes()

    /** `podLabelHeight` is the room a pod frame keeps above its services for its label. */
    static ServiceGraphLayout compute(const ComposeGraph &graph, const ServiceSize &serviceSize,
                                      const VolumeSize &volumeSize, double podLabelHeight);

    static constexpr double ColumnGap = 28;   ///< between units in a row
    static constexpr double PodGap = 18;      ///< between the services inside a pod
    static constexpr double PodPadding = 12;
    static constexpr double RowGap = 64;      ///< room for the arrows between rows
    static constexpr double MaxRowWidth = 1100;
};

} // namespace Lagoon
