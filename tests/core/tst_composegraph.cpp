// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QTest>

#include "core/lagoon/config/composegraph.h"
#include "core/lagoon/config/composereader.h"
#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/yaml/yamldocument.h"

using namespace Lagoon;
using namespace Qt::Literals::StringLiterals;

using Kind = ComposeGraphEdge::Kind;
using Category = ComposeGraphNode::Category;

namespace {

const QString DataDir = QStringLiteral(LAGOON_TEST_DATA_DIR "/composegraph");

ComposeProject readFixture(const QString &name)
{
    QFile file(DataDir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    const YamlDocument document = YamlDocument::parse(file.readAll(), name);
    Diagnostics diagnostics;
    return ComposeReader::read(document.root(), DataDir, name, diagnostics);
}

// "from>to" for compact comparisons.
QStringList pairs(const QList<ComposeGraphEdge> &edges)
{
    QStringList list;
    for (const ComposeGraphEdge &edge : edges)
        list << edge.from + u'>' + edge.to;
    return list;
}

} // namespace

class tst_ComposeGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reader_readsDependsOnInBothSyntaxes()
    {
        const ComposeProject project = readFixture(u"depends-on.yml"_s);
        const ComposeService *web = project.service(u"web"_s);
        QVERIFY(web);
        QCOMPARE(web->dependsOn.size(), 3);
        QCOMPARE(web->dependsOn.at(0).key, u"api"_s);
        QVERIFY(web->dependsOn.at(0).value.isEmpty());
        QCOMPARE(web->dependsOn.at(0).span.line, 8);
        const ComposeService *api = project.service(u"api"_s);
        QCOMPARE(api->dependsOn.size(), 3);
        QCOMPARE(api->dependsOn.at(0).key, u"db"_s);
        QCOMPARE(api->dependsOn.at(0).value, u"service_healthy"_s);
        QCOMPARE(api->dependsOn.at(1).key, u"cache"_s);
        QVERIFY(api->dependsOn.at(1).value.isEmpty());
    }

    void reader_tellsNamedVolumesFromHostPaths()
    {
        const ComposeProject project = readFixture(u"volumes.yml"_s);
        // The bind mount comes in through a merge key.
        const ComposeService *app = project.service(u"app"_s);
        QCOMPARE(app->volumeMounts.size(), 1);
        QCOMPARE(app->volumeMounts.at(0).source, u"."_s);
        QCOMPARE(app->volumeMounts.at(0).target, u"/app"_s);
        QVERIFY(!app->volumeMounts.at(0).namedVolume);

        const ComposeService *worker = project.service(u"worker"_s);
        QStringList named;
        QStringList other;
        for (const ComposeVolumeMount &m : worker->volumeMounts)
            (m.namedVolume ? named : other) << m.source + u"->"_s + m.target;
        QCOMPARE(named, (QStringList{u"uploads->/srv/uploads"_s, u"scratch->/tmp/scratch"_s}));
        QCOMPARE(other, (QStringList{u"->/var/cache/anonymous"_s, u"./local->/local"_s, u"~/home->/home"_s,
                                       u"C:\\data->/data"_s}));

        // `type: bind` is a host path even when it looks like a name.
        const ComposeService *tools = project.service(u"tools"_s);
        QCOMPARE(tools->volumeMounts.size(), 2);
        QVERIFY(!tools->volumeMounts.at(0).namedVolume);
        QVERIFY(tools->volumeMounts.at(1).namedVolume);
    }

    void nodes_carryTypeBuildAndVolume()
    {
        const ComposeGraph graph = ComposeGraph::build(readFixture(u"volumes.yml"_s));
        QCOMPARE(graph.nodes().size(), 4);
        QCOMPARE(graph.nodes().at(0).name, u"app"_s);
        const ComposeGraphNode *app = graph.node(u"app"_s);
        QCOMPARE(app->type, u"node-persistent"_s);
        QCOMPARE(app->category, Category::Application);
        QVERIFY(app->hasBuild);
        QCOMPARE(app->buildContext, u"."_s);
        QCOMPARE(app->persistentVolume, u"app"_s);
        QCOMPARE(app->persistentPath, u"/app/files"_s);
        // solr provides a volume at its default path without any label.
        const ComposeGraphNode *search = graph.node(u"search"_s);
        QCOMPARE(search->persistentVolume, u"search"_s);
        QCOMPARE(search->persistentPath, u"/var/solr"_s);
        QCOMPARE(search->category, Category::Search);
        QCOMPARE(search->image, u"solr:9"_s);
        const ComposeGraphNode *tools = graph.node(u"tools"_s);
        QCOMPARE(tools->category, Category::None);
        QVERIFY(!tools->deployed);
        QVERIFY(tools->persistentVolume.isEmpty());
        QVERIFY(!graph.node(u"nope"_s));
    }

    void dependsOn_edgesPointAtExistingServicesOnly()
    {
        const ComposeGraph graph = ComposeGraph::build(readFixture(u"depends-on.yml"_s));
        const QList<ComposeGraphEdge> edges = graph.edges(Kind::DependsOn);
        QCOMPARE(pairs(edges), (QStringList{u"web>api"_s, u"api>db"_s, u"api>cache"_s}));
        QCOMPARE(edges.at(0).label, u"depends on"_s);
        QCOMPARE(edges.at(1).label, u"service_healthy"_s);
        QCOMPARE(edges.at(1).condition, u"service_healthy"_s);
        QVERIFY(edges.at(0).condition.isEmpty());
        QCOMPARE(edges.at(2).label, u"depends on"_s);
        QVERIFY(graph.pods().isEmpty());
        QCOMPARE(graph.node(u"db"_s)->category, Category::Database);
        QCOMPARE(graph.node(u"cache"_s)->category, Category::Cache);
    }

    void volumes_sharedByNameAndPersistentLabels()
    {
        const ComposeGraph graph = ComposeGraph::build(readFixture(u"volumes.yml"_s));
        QStringList summary;
        for (const ComposeGraphVolume &v : graph.volumes()) {
            summary << u"%1 %2: %3"_s.arg(v.source == ComposeGraphVolume::Source::Lagoon ? u"lagoon"_s : u"compose"_s,
                                          v.name, v.services.join(u','));
        }
        QCOMPARE(summary, (QStringList{u"lagoon app: app,worker"_s, u"lagoon search: search"_s,
                                       u"compose uploads: app,worker"_s, u"compose scratch: worker,tools"_s}));
        const ComposeGraphVolume &uploads = graph.volumes().at(2);
        QCOMPARE(uploads.paths, (QStringList{u"/app/uploads"_s, u"/srv/uploads"_s}));
        QVERIFY(!graph.volumes().at(1).isShared());

        const QList<ComposeGraphEdge> shared = graph.edges(Kind::SharedVolume);
        QCOMPARE(pairs(shared), (QStringList{u"worker>app"_s, u"worker>app"_s, u"tools>worker"_s}));
        QCOMPARE(shared.at(0).label, u"volume app"_s);
        QCOMPARE(shared.at(1).label, u"volume uploads"_s);
        QCOMPARE(shared.at(2).label, u"volume scratch"_s);
    }

    void pods_groupDeployedServicesByLagoonName()
    {
        const ComposeGraph graph = ComposeGraph::build(readFixture(u"pods.yml"_s));
        QCOMPARE(graph.pods().size(), 1);
        QCOMPARE(graph.pods().at(0).name, u"nginx"_s);
        // `debug` has lagoon.type none: Lagoon deploys nothing, so it joins no pod.
        QCOMPARE(graph.pods().at(0).services, (QStringList{u"nginx"_s, u"php"_s}));
        QVERIFY(graph.podOf(u"php"_s));
        QVERIFY(!graph.podOf(u"debug"_s));
        QVERIFY(!graph.podOf(u"frontend"_s));
        QCOMPARE(graph.node(u"frontend"_s)->lagoonName, u"site"_s);
        QCOMPARE(graph.node(u"nginx"_s)->dockerfile, u"nginx.dockerfile"_s);

        const QList<ComposeGraphEdge> pair = graph.edges(Kind::Pair);
        QCOMPARE(pairs(pair), QStringList{u"nginx>php"_s});
        QCOMPARE(pair.at(0).label, u"pod nginx"_s);

        // A misspelt type and a missing one are shown, but as nothing Lagoon deploys.
        QCOMPARE(graph.node(u"typo"_s)->category, Category::Unknown);
        QVERIFY(!graph.node(u"typo"_s)->deployed);
        QVERIFY(graph.node(u"unlabelled"_s)->type.isEmpty());
        QCOMPARE(graph.node(u"unlabelled"_s)->category, Category::Unknown);
    }

    void category_followsLegacyAliases()
    {
        QCOMPARE(ComposeGraph::category(u"mariadb-shared"_s), Category::Database);
        QCOMPARE(ComposeGraph::category(u"mongo"_s), Category::Database);
        QCOMPARE(ComposeGraph::category(u"varnish-persistent"_s), Category::Web);
        QCOMPARE(ComposeGraph::category(u"worker"_s), Category::Cli);
        QCOMPARE(ComposeGraph::category(u"rabbitmq"_s), Category::Queue);
        QCOMPARE(ComposeGraph::category(u"external"_s), Category::External);
        QCOMPARE(ComposeGraph::category(QString()), Category::Unknown);
    }

    void example_drupalProject()
    {
        const LoadedProject project =
            LagoonProjectLoader::load(QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example"));
        QVERIFY(project.composeLoaded);
        const ComposeGraph graph = ComposeGraph::build(project.compose);
        QStringList names;
        for (const ComposeGraphNode &n : graph.nodes())
            names << n.name + u'=' + n.type;
        QCOMPARE(names, (QStringList{u"cli=cli-persistent"_s, u"nginx=nginx-php-persistent"_s,
                                     u"php=nginx-php-persistent"_s, u"mariadb=mariadb"_s, u"redis=redis"_s}));
        QCOMPARE(pairs(graph.edges(Kind::DependsOn)), (QStringList{u"nginx>cli"_s, u"php>cli"_s}));
        QCOMPARE(graph.pods().size(), 1);
        QCOMPARE(graph.pods().at(0).services, (QStringList{u"nginx"_s, u"php"_s}));
        // cli mounts nginx's files through lagoon.persistent.name; php through lagoon.name. The
        // bind mount `.:/app` every service gets through the x-volumes anchor is no named volume.
        QCOMPARE(graph.volumes().size(), 1);
        QCOMPARE(graph.volumes().at(0).name, u"nginx"_s);
        QCOMPARE(graph.volumes().at(0).services, (QStringList{u"cli"_s, u"nginx"_s, u"php"_s}));
        QCOMPARE(pairs(graph.edges(Kind::SharedVolume)), (QStringList{u"cli>nginx"_s, u"php>nginx"_s}));
        QCOMPARE(graph.node(u"cli"_s)->persistentPath, u"/app/web/sites/default/files/"_s);
        QCOMPARE(graph.node(u"cli"_s)->dockerfile, u"lagoon/cli.dockerfile"_s);
        QCOMPARE(graph.node(u"mariadb"_s)->image, u"uselagoon/mariadb-10.11-drupal:latest"_s);
        QVERIFY(graph.node(u"redis"_s)->deployed);
    }

    void empty_projectGivesEmptyGraph()
    {
        const ComposeGraph graph = ComposeGraph::build(ComposeProject{});
        QVERIFY(graph.isEmpty());
        QVERIFY(graph.edges().isEmpty());
        QVERIFY(graph.volumes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ComposeGraph)
#include "tst_composegraph.moc"
