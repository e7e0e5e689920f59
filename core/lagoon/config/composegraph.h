// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/lagoon/config/composeproject.h"

namespace Lagoon {

/** One compose service as the service graph shows it. */
struct ComposeGraphNode
{
    /** A coarse grouping of lagoon.type values, so views can tell web from data at a glance. */
    enum class Category {
        Web,         ///< nginx*, varnish*
        Application, ///< basic*, node*, python*
        Cli,         ///< cli*, worker*: command line and background containers
        Database,    ///< mariadb*, postgres*, mongodb*
        Cache,       ///< redis*, valkey*
        Search,      ///< solr, elasticsearch, opensearch
        Queue,       ///< rabbitmq
        External,    ///< external
        None,        ///< lagoon.type none: Lagoon deploys nothing
        Unknown,     ///< no lagoon.type, or one Lagoon does not know
    };

    QString name;
    TextSpan span;        ///< the service's key in the compose file
    QString type;         ///< lagoon.type as written; empty when missing
    Category category = Category::Unknown;
    bool deployed = false;///< the type is one Lagoon deploys (known and not `none`)
    QString image;
    bool hasBuild = false;
    QString buildContext;
    QString dockerfile;
    QString lagoonName;   ///< lagoon.name, else the service name: the pod the service runs in
    QString persistentVolume; ///< name of the Lagoon volume it mounts (lagoon.persistent.name, else lagoon.name); empty = none
    QString persistentPath;   ///< where it mounts it: lagoon.persistent, else the type's default
    friend bool operator==(const ComposeGraphNode &, const ComposeGraphNode &) = default;
};

/** A relation between two services; `from` and `to` are service names, both in the graph. */
struct ComposeGraphEdge
{
    enum class Kind {
        DependsOn,    ///< `from` lists `to` in depends_on
        SharedVolume, ///< `from` mounts a volume that `to` owns (or mounts first)
        Pair,         ///< `to` runs as a second container in `from`'s pod (same lagoon.name)
    };

    Kind kind = Kind::DependsOn;
    QString from;
    QString to;
    QString label; ///< short, translated, e.g. "depends on", "service_healthy", "volume nginx", "pod nginx"
    QString condition; ///< DependsOn in the long syntax: its condition (service_healthy, ...); else empty
    friend bool operator==(const ComposeGraphEdge &, const ComposeGraphEdge &) = default;
};

/** Services Lagoon runs in one pod because they share a lagoon.name (nginx + php). */
struct ComposeGraphPod
{
    QString name;          ///< the shared lagoon.name
    QStringList services;  ///< in compose order: the first is the main container
    friend bool operator==(const ComposeGraphPod &, const ComposeGraphPod &) = default;
};

/** A volume and the services that mount it. */
struct ComposeGraphVolume
{
    enum class Source {
        Lagoon,  ///< the persistent volume Lagoon creates for a service (lagoon.persistent*)
        Compose, ///< a named volume of the compose file (service `volumes:` or `lagoon.volumes.<name>.path`)
    };

    Source source = Source::Lagoon;
    QString name;
    QStringList services;  ///< in compose order
    QStringList paths;     ///< the mount path in each of `services`
    bool isShared() const { return services.size() > 1; }
    friend bool operator==(const ComposeGraphVolume &, const ComposeGraphVolume &) = default;
};

/**
 * How the services of a compose file relate: depends_on, volumes they share, and services
 * Lagoon pairs into one pod through `lagoon.name` (lagoon-rules.md §5.3). Built from the
 * environment-independent compose model, so it shows the file as written: environment type
 * overrides and DBaaS resolution are the plan's business. Plain data, safe on any thread.
 */
class ComposeGraph final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::ComposeGraph)

public:
    /** Builds the graph; depends_on entries naming a service that does not exist are left out. */
    static ComposeGraph build(const ComposeProject &project);
    /** The category a lagoon.type value belongs to (legacy aliases included). */
    static ComposeGraphNode::Category category(const QString &type);

    const QList<ComposeGraphNode> &nodes() const { return m_nodes; }   ///< in compose order
    const QList<ComposeGraphEdge> &edges() const { return m_edges; }   ///< depends_on, then volumes, then pairs
    const QList<ComposeGraphPod> &pods() const { return m_pods; }      ///< groups of two or more only
    const QList<ComposeGraphVolume> &volumes() const { return m_volumes; } ///< Lagoon volumes, then compose volumes

    bool isEmpty() const { return m_nodes.isEmpty(); }
    /** The node of this service, or nullptr. */
    const ComposeGraphNode *node(const QString &name) const;
    /** The edges of one kind, in graph order. */
    QList<ComposeGraphEdge> edges(ComposeGraphEdge::Kind kind) const;
    /** The pod this service shares with others, or nullptr when it runs alone. */
    const ComposeGraphPod *podOf(const QString &service) const;

    friend bool operator==(const ComposeGraph &, const ComposeGraph &) = default;

private:
    QList<ComposeGraphNode> m_nodes;
    QList<ComposeGraphEdge> m_edges;
    QList<ComposeGraphPod> m_pods;
    QList<ComposeGraphVolume> m_volumes;
};

} // namespace Lagoon
