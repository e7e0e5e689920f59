// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/composegraph.h"

#include <QHash>

#include "core/lagoon/config/servicetypes.h"

namespace Lagoon {

namespace {

using Category = ComposeGraphNode::Category;

const QString VolumeLabelPrefix = QStringLiteral("lagoon.volumes.");
const QString VolumeLabelSuffix = QStringLiteral(".path");

// Volumes keyed by source and name, kept in the order they are first seen.
class VolumeCollector
{
public:
    void add(ComposeGraphVolume::Source source, const QString &name, const QString &service, const QString &path)
    {
        const QString key = QString::number(static_cast<int>(source)) + QLatin1Char(':') + name;
        qsizetype index = m_index.value(key, -1);
        if (index < 0) {
            index = m_volumes.size();
            m_index.insert(key, index);
            ComposeGraphVolume volume;
            volume.source = source;
            volume.name = name;
            m_volumes.append(volume);
        }
        ComposeGraphVolume &volume = m_volumes[index];
        // A service that mounts a volume twice (label and compose mount) is one mount.
        if (volume.services.contains(service))
            return;
        volume.services.append(service);
        volume.paths.append(path);
    }

    QList<ComposeGraphVolume> volumes() const
    {
        // Lagoon's volumes first: they are what gets deployed.
        QList<ComposeGraphVolume> sorted;
        for (const ComposeGraphVolume &v : m_volumes) {
            if (v.source == ComposeGraphVolume::Source::Lagoon)
                sorted.append(v);
        }
        for (const ComposeGraphVolume &v : m_volumes) {
            if (v.source == ComposeGraphVolume::Source::Compose)
                sorted.append(v);
        }
        return sorted;
    }

private:
    QList<ComposeGraphVolume> m_volumes;
    QHash<QString, qsizetype> m_index;
};

} // namespace

ComposeGraphNode::Category ComposeGraph::category(const QString &type)
{
    if (type == QLatin1String("none"))
        return Category::None;
    const ServiceType *known = ServiceTypes::find(type);
    if (!known)
        return Category::Unknown;
    const QString &name = known->name;
    const auto is = [&name](const char *prefix) { return name.startsWith(QLatin1String(prefix)); };
    if (is("nginx") || is("varnish"))
        return Category::Web;
    if (is("basic") || is("node") || is("python"))
        return Category::Application;
    if (is("cli") || is("worker"))
        return Category::Cli;
    if (is("mariadb") || is("postgres") || is("mongodb"))
        return Category::Database;
    if (is("redis") || is("valkey"))
        return Category::Cache;
    if (is("solr") || is("elasticsearch") || is("opensearch"))
        return Category::Search;
    if (is("rabbitmq"))
        return Category::Queue;
    if (is("external"))
        return Category::External;
    return Category::Unknown;
}

ComposeGraph ComposeGraph::build(const ComposeProject &project)
{
    ComposeGraph graph;
    QHash<QString, const ServiceType *> types;
    for (const ComposeService &service : project.services) {
        ComposeGraphNode node;
        node.name = service.name;
        node.span = service.span;
        node.type = service.label(QStringLiteral("lagoon.type"));
        node.category = category(node.type);
        const ServiceType *type = ServiceTypes::find(node.type);
        types.insert(node.name, type);
        node.deployed = type != nullptr;
        node.image = service.image;
        node.hasBuild = service.hasBuild;
        node.buildContext = service.buildContext;
        node.dockerfile = service.dockerfile;
        node.lagoonName = service.label(QStringLiteral("lagoon.name"), service.name);
        if (node.lagoonName.isEmpty())
            node.lagoonName = service.name;
        // Lagoon names the volume after lagoon.persistent.name, else the pod (lagoon.name), so
        // nginx, its php container and cli-persistent end up on one volume.
        if (type && type->volume != ServiceType::Volume::None) {
            node.persistentVolume = service.label(QStringLiteral("lagoon.persistent.name"), node.lagoonName);
            node.persistentPath = service.label(QStringLiteral("lagoon.persistent"), type->defaultPath);
        }
        graph.m_nodes.append(node);
    }

    // Pods: deployed services sharing a lagoon.name, as Lagoon's build pairs them.
    QHash<QString, qsizetype> podIndex;
    QList<ComposeGraphPod> groups;
    for (const ComposeGraphNode &node : std::as_const(graph.m_nodes)) {
        if (!node.deployed)
            continue;
        const qsizetype index = podIndex.value(node.lagoonName, -1);
        if (index < 0) {
            podIndex.insert(node.lagoonName, groups.size());
            groups.append(ComposeGraphPod{node.lagoonName, {node.name}});
        } else {
            groups[index].services.append(node.name);
        }
    }
    for (const ComposeGraphPod &pod : std::as_const(groups)) {
        if (pod.services.size() > 1)
            graph.m_pods.append(pod);
    }

    VolumeCollector volumes;
    for (const ComposeGraphNode &node : std::as_const(graph.m_nodes)) {
        if (!node.persistentVolume.isEmpty())
            volumes.add(ComposeGraphVolume::Source::Lagoon, node.persistentVolume, node.name, node.persistentPath);
    }
    for (const ComposeService &service : project.services) {
        for (const KeyValue &label : service.labels) {
            if (label.key.startsWith(VolumeLabelPrefix) && label.key.endsWith(VolumeLabelSuffix) &&
                label.key.size() > VolumeLabelPrefix.size() + VolumeLabelSuffix.size()) {
                const QString name = label.key.mid(VolumeLabelPrefix.size(),
                                                   label.key.size() - VolumeLabelPrefix.size() - VolumeLabelSuffix.size());
                volumes.add(ComposeGraphVolume::Source::Compose, name, service.name, label.value);
            }
        }
        for (const ComposeVolumeMount &mount : service.volumeMounts) {
            if (mount.namedVolume)
                volumes.add(ComposeGraphVolume::Source::Compose, mount.source, service.name, mount.target);
        }
    }
    graph.m_volumes = volumes.volumes();

    for (const ComposeService &service : project.services) {
        QStringList seen;
        for (const KeyValue &dependency : service.dependsOn) {
            if (dependency.key == service.name || !graph.node(dependency.key) || seen.contains(dependency.key))
                continue;
            seen << dependency.key;
            graph.m_edges.append(ComposeGraphEdge{ComposeGraphEdge::Kind::DependsOn, service.name, dependency.key,
                                                  dependency.value.isEmpty() ? tr("depends on") : dependency.value,
                                                  dependency.value});
        }
    }
    for (const ComposeGraphVolume &volume : std::as_const(graph.m_volumes)) {
        if (!volume.isShared())
            continue;
        // The owner is the service that creates the volume: the main container of a pod whose
        // type provides storage. Everyone else mounts it from there.
        QString owner = volume.services.constFirst();
        if (volume.source == ComposeGraphVolume::Source::Lagoon) {
            for (const QString &name : volume.services) {
                const ServiceType *type = types.value(name);
                const ComposeGraphPod *pod = graph.podOf(name);
                if (type && type->volume == ServiceType::Volume::Provides &&
                    (!pod || pod->services.constFirst() == name)) {
                    owner = name;
                    break;
                }
            }
        }
        for (const QString &name : volume.services) {
            if (name != owner)
                graph.m_edges.append(ComposeGraphEdge{ComposeGraphEdge::Kind::SharedVolume, name, owner,
                                                      tr("volume %1").arg(volume.name), QString()});
        }
    }
    for (const ComposeGraphPod &pod : std::as_const(graph.m_pods)) {
        for (qsizetype i = 1; i < pod.services.size(); ++i)
            graph.m_edges.append(ComposeGraphEdge{ComposeGraphEdge::Kind::Pair, pod.services.constFirst(),
                                                  pod.services.at(i), tr("pod %1").arg(pod.name), QString()});
    }
    return graph;
}

const ComposeGraphNode *ComposeGraph::node(const QString &name) const
{
    for (const ComposeGraphNode &n : m_nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

QList<ComposeGraphEdge> ComposeGraph::edges(ComposeGraphEdge::Kind kind) const
{
    QList<ComposeGraphEdge> list;
    for (const ComposeGraphEdge &edge : m_edges) {
        if (edge.kind == kind)
            list.append(edge);
    }
    return list;
}

const ComposeGraphPod *ComposeGraph::podOf(const QString &service) const
{
    for (const ComposeGraphPod &pod : m_pods) {
        if (pod.services.contains(service))
            return &pod;
    }
    return nullptr;
}

} // namespace Lagoon
