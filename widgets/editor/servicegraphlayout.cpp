// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/servicegraphlayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QSet>

namespace Lagoon {

namespace {

constexpr double NoPosition = std::numeric_limits<double>::quiet_NaN();

// What the layout places: a service on its own, a pod of services side by side, or a volume.
struct Unit
{
    enum class Kind { Service, Pod, Volume };
    Kind kind = Kind::Service;
    QString name;
    QStringList services;
    int volume = -1;
    double order = 0;    // compose position, for stable ordering
    QSet<int> below;     // units this one depends on (drawn lower)
    QSet<int> links;     // units linked through a shared volume
    int rank = -1;
    QSizeF size;
    QPointF pos;         // top-left
    double desired = NoPosition; // preferred centre x, from the units it connects to
};

class Layouter
{
public:
    Layouter(const ComposeGraph &graph, const ServiceGraphLayout::ServiceSize &serviceSize,
             const ServiceGraphLayout::VolumeSize &volumeSize, double podLabelHeight)
        : m_graph(graph)
        , m_serviceSize(serviceSize)
        , m_volumeSize(volumeSize)
        , m_podLabelHeight(podLabelHeight)
    {
    }

    ServiceGraphLayout run()
    {
        makeUnits();
        rankUnits();
        placeRows();
        return result();
    }

private:
    void makeUnits()
    {
        QHash<QString, int> composeIndex;
        for (qsizetype i = 0; i < m_graph.nodes().size(); ++i)
            composeIndex.insert(m_graph.nodes().at(i).name, static_cast<int>(i));
        for (const ComposeGraphPod &pod : m_graph.pods())
            addServiceUnit(Unit::Kind::Pod, pod.name, pod.services, composeIndex.value(pod.services.constFirst()));
        for (const ComposeGraphNode &node : m_graph.nodes()) {
            if (!m_unitOfService.contains(node.name))
                addServiceUnit(Unit::Kind::Service, node.name, {node.name}, composeIndex.value(node.name));
        }
        m_serviceUnits = static_cast<int>(m_units.size());
        for (qsizetype v = 0; v < m_graph.volumes().size(); ++v) {
            const ComposeGraphVolume &volume = m_graph.volumes().at(v);
            if (!volume.isShared())
                continue;
            Unit unit;
            unit.kind = Unit::Kind::Volume;
            unit.name = volume.name;
            unit.volume = static_cast<int>(v);
            unit.order = composeIndex.value(volume.services.constFirst()) + 0.5;
            unit.size = m_volumeSize(static_cast<int>(v));
            const int index = static_cast<int>(m_units.size());
            for (const QString &s : volume.services) {
                m_units[m_unitOfService.value(s)].links.insert(index);
                unit.links.insert(m_unitOfService.value(s));
            }
            m_units.append(unit);
        }
        for (const ComposeGraphEdge &edge : m_graph.edges(ComposeGraphEdge::Kind::DependsOn)) {
            const int from = m_unitOfService.value(edge.from);
            const int to = m_unitOfService.value(edge.to);
            if (from != to)
                m_units[from].below.insert(to);
        }
    }

    void addServiceUnit(Unit::Kind kind, const QString &name, const QStringList &services, int order)
    {
        Unit unit;
        unit.kind = kind;
        unit.name = name;
        unit.services = services;
        unit.order = order;
        double width = 0;
        double height = 0;
        for (const QString &s : services) {
            const QSizeF size = m_serviceSize(*m_graph.node(s));
            width += size.width() + (width > 0 ? ServiceGraphLayout::PodGap : 0);
            height = std::max(height, size.height());
            m_unitOfService.insert(s, static_cast<int>(m_units.size()));
        }
        if (kind == Unit::Kind::Pod) {
            width += 2 * ServiceGraphLayout::PodPadding;
            height += 2 * ServiceGraphLayout::PodPadding + m_podLabelHeight;
        }
        unit.size = QSizeF(width, height);
        m_units.append(unit);
    }

    int rankOf(int index, QSet<int> &visiting)
    {
        if (m_units.at(index).rank >= 0)
            return m_units.at(index).rank;
        // depends_on cycles are invalid but can appear mid-edit; a back edge does not count.
        if (visiting.contains(index))
            return 0;
        visiting.insert(index);
        int rank = 0;
        for (const int dep : std::as_const(m_units.at(index).below))
            rank = std::max(rank, rankOf(dep, visiting) + 1);
        visiting.remove(index);
        m_units[index].rank = rank;
        return rank;
    }

    // Services by the longest depends_on chain below them; a volume in the row of the lowest
    // service that mounts it, beside it rather than under everything.
    void rankUnits()
    {
        QSet<int> visiting;
        for (int i = 0; i < m_serviceUnits; ++i)
            m_maxRank = std::max(m_maxRank, rankOf(i, visiting));
        for (int i = m_serviceUnits; i < m_units.size(); ++i) {
            int rank = std::numeric_limits<int>::max();
            for (const int s : std::as_const(m_units.at(i).links))
                rank = std::min(rank, m_units.at(s).rank);
            m_units[i].rank = rank == std::numeric_limits<int>::max() ? 0 : rank;
        }
    }

    double neighbourMean(int i) const
    {
        double sum = 0;
        int count = 0;
        for (int j = 0; j < m_units.size(); ++j) {
            const bool connected = m_units.at(j).below.contains(i) || m_units.at(i).links.contains(j);
            if (connected && m_centreX.contains(j)) {
                sum += m_centreX.value(j);
                ++count;
            }
        }
        return count ? sum / count : NoPosition;
    }

    // Rows from the top (highest rank). Units go under what they connect to (barycentre), the
    // rest follow in compose order.
    void placeRows()
    {
        double y = 0;
        for (int rank = m_maxRank; rank >= 0; --rank) {
            QList<int> row;
            for (int i = 0; i < m_units.size(); ++i) {
                if (m_units.at(i).rank == rank)
                    row << i;
            }
            if (row.isEmpty())
                continue;
            for (const int i : std::as_const(row))
                m_units[i].desired = neighbourMean(i);
            // A volume follows its same-row mounter when nothing above places it.
            for (const int i : std::as_const(row)) {
                if (m_units.at(i).kind != Unit::Kind::Volume)
                    continue;
                for (const int s : std::as_const(m_units.at(i).links)) {
                    if (m_units.at(s).rank == rank && std::isnan(m_units.at(i).desired))
                        m_units[i].desired = m_units.at(s).desired;
                }
            }
            std::stable_sort(row.begin(), row.end(), [this](int a, int b) {
                const Unit &ua = m_units.at(a);
                const Unit &ub = m_units.at(b);
                if (std::isnan(ua.desired) != std::isnan(ub.desired))
                    return !std::isnan(ua.desired);
                if (!std::isnan(ua.desired) && std::abs(ua.desired - ub.desired) > 1)
                    return ua.desired < ub.desired;
                return ua.order < ub.order;
            });
            const QList<QList<int>> lines = wrap(row);
            for (const QList<int> &line : lines)
                y = placeLine(line, y) + (&line == &lines.constLast() ? ServiceGraphLayout::RowGap
                                                                      : ServiceGraphLayout::RowGap / 2);
        }
    }

    // A row wider than a screen wraps: connected units sort first, so they stay in the first
    // line under what they connect to and the unconnected rest flows below.
    QList<QList<int>> wrap(const QList<int> &row) const
    {
        QList<QList<int>> lines = {QList<int>()};
        double width = 0;
        for (const int i : row) {
            const double w = m_units.at(i).size.width();
            if (!lines.constLast().isEmpty() && width + ServiceGraphLayout::ColumnGap + w > ServiceGraphLayout::MaxRowWidth) {
                lines.append(QList<int>());
                width = 0;
            }
            width += (lines.constLast().isEmpty() ? 0 : ServiceGraphLayout::ColumnGap) + w;
            lines.last().append(i);
        }
        return lines;
    }

    // Places left to right at the desired centres without overlaps, then shifts the line so the
    // placed services sit, on average, under what they connect to. Returns the line's bottom.
    double placeLine(const QList<int> &line, double top)
    {
        double height = 0;
        for (const int i : line)
            height = std::max(height, m_units.at(i).size.height());
        double right = -std::numeric_limits<double>::infinity();
        double shift = 0;
        int placed = 0;
        for (const int i : line) {
            Unit &unit = m_units[i];
            double left = std::isfinite(right) ? right + ServiceGraphLayout::ColumnGap : 0;
            if (!std::isnan(unit.desired))
                left = std::max(left, unit.desired - unit.size.width() / 2);
            unit.pos = QPointF(left, top + (height - unit.size.height()) / 2);
            right = left + unit.size.width();
            if (!std::isnan(unit.desired) && unit.kind != Unit::Kind::Volume) {
                shift += unit.desired - (left + unit.size.width() / 2);
                ++placed;
            }
        }
        const double left = m_units.at(line.constFirst()).pos.x();
        const double offset = placed ? shift / placed : -(left + right) / 2;
        for (const int i : line) {
            m_units[i].pos.rx() += offset;
            m_centreX.insert(i, m_units.at(i).pos.x() + m_units.at(i).size.width() / 2);
        }
        return top + height;
    }

    ServiceGraphLayout result() const
    {
        ServiceGraphLayout layout;
        for (const Unit &unit : m_units) {
            if (unit.kind == Unit::Kind::Volume) {
                layout.volumes.insert(unit.volume, QRectF(unit.pos, unit.size));
                continue;
            }
            const bool pod = unit.kind == Unit::Kind::Pod;
            double x = unit.pos.x() + (pod ? ServiceGraphLayout::PodPadding : 0);
            const double y = unit.pos.y() + (pod ? ServiceGraphLayout::PodPadding + m_podLabelHeight : 0);
            for (const QString &s : unit.services) {
                const QSizeF size = m_serviceSize(*m_graph.node(s));
                layout.services.insert(s, QRectF(QPointF(x, y), size));
                x += size.width() + ServiceGraphLayout::PodGap;
            }
            if (pod)
                layout.pods.insert(unit.name, QRectF(unit.pos, unit.size));
        }
        return layout;
    }

    const ComposeGraph &m_graph;
    const ServiceGraphLayout::ServiceSize &m_serviceSize;
    const ServiceGraphLayout::VolumeSize &m_volumeSize;
    double m_podLabelHeight;
    QList<Unit> m_units;
    QHash<QString, int> m_unitOfService;
    QHash<int, double> m_centreX;
    int m_serviceUnits = 0;
    int m_maxRank = 0;
};

} // namespace

ServiceGraphLayout ServiceGraphLayout::compute(const ComposeGraph &graph, const ServiceSize &serviceSize,
                                               const VolumeSize &volumeSize, double podLabelHeight)
{
    return Layouter(graph, serviceSize, volumeSize, podLabelHeight).run();
}

} // namespace Lagoon
