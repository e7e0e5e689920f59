// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The service graph of the Drupal example: what is drawn, where, and what a click does; plus
// light and dark screenshots (LAGOON_SCREENSHOT_DIR).
#include <QApplication>
#include <QDir>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include "core/lagoon/config/composegraph.h"
#include "core/lagoon/config/lagoonprojectloader.h"
#include "widgets/common/appearance.h"
#include "widgets/editor/servicegraphview.h"

using namespace Lagoon;
using namespace Qt::Literals::StringLiterals;
using ItemKind = ServiceGraphView::ItemKind;

class tst_ServiceGraphView : public QObject
{
    Q_OBJECT

private:
    ComposeGraph m_graph;
    QString m_outDir;

    static QList<QGraphicsItem *> itemsOf(const ServiceGraphView &view, ItemKind kind)
    {
        QList<QGraphicsItem *> list;
        for (QGraphicsItem *item : view.scene()->items()) {
            if (item->data(ServiceGraphView::ItemKindKey).toInt() == static_cast<int>(kind))
                list << item;
        }
        return list;
    }

    static QStringList namesOf(const QList<QGraphicsItem *> &items)
    {
        QStringList names;
        for (const QGraphicsItem *item : items)
            names << item->data(ServiceGraphView::ItemNameKey).toString();
        names.sort();
        return names;
    }

    QImage shoot(ServiceGraphView &view, const QString &name)
    {
        QTest::qWait(50);
        const QImage image = view.grab().toImage();
        const QString file = QDir(m_outDir).filePath(name);
        if (!image.save(file))
            qWarning("could not write %s", qPrintable(file));
        else
            qInfo("screenshot: %s", qPrintable(file));
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Appearance::setupIcons();
        Appearance::captureSystemPalette(qApp);
        Appearance::applyColorScheme(qApp, u"light"_s);
        m_outDir = qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", QDir::temp().filePath(u"lagoon-screenshots"_s));
        QVERIFY(QDir().mkpath(m_outDir));
        const LoadedProject project = LagoonProjectLoader::load(u"" LAGOON_SOURCE_DIR "/resources/examples/drupal-example"_s);
        QVERIFY(project.composeLoaded);
        m_graph = ComposeGraph::build(project.compose);
    }

    void cleanupTestCase() { Appearance::applyColorScheme(qApp, u"system"_s); }

    void drawsEveryServiceThePodAndTheSharedVolume()
    {
        ServiceGraphView view;
        view.resize(900, 560);
        view.setGraph(m_graph);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QCOMPARE(namesOf(itemsOf(view, ItemKind::Service)),
                 (QStringList{u"cli"_s, u"mariadb"_s, u"nginx"_s, u"php"_s, u"redis"_s}));
        const QList<QGraphicsItem *> pods = itemsOf(view, ItemKind::Pod);
        QCOMPARE(namesOf(pods), QStringList{u"nginx"_s});
        const QRectF nginx = view.serviceRect(u"nginx"_s);
        const QRectF php = view.serviceRect(u"php"_s);
        const QRectF cli = view.serviceRect(u"cli"_s);
        // nginx and php side by side inside one pod frame.
        QVERIFY(pods.constFirst()->sceneBoundingRect().contains(nginx));
        QVERIFY(pods.constFirst()->sceneBoundingRect().contains(php));
        QVERIFY(!pods.constFirst()->sceneBoundingRect().intersects(cli));
        QCOMPARE(nginx.top(), php.top());
        QVERIFY(nginx.right() < php.left());
        // They depend on cli, so cli is drawn below them, with one arrow from each.
        QVERIFY(cli.top() > nginx.bottom());
        QCOMPARE(itemsOf(view, ItemKind::DependsOnEdge).size(), 2);
        // cli, nginx and php share nginx's volume: one cylinder, three dashed links.
        QCOMPARE(namesOf(itemsOf(view, ItemKind::Volume)), QStringList{u"nginx"_s});
        QCOMPARE(itemsOf(view, ItemKind::VolumeLink).size(), 3);
        // No two boxes overlap.
        const QList<QGraphicsItem *> boxes = itemsOf(view, ItemKind::Service) + itemsOf(view, ItemKind::Volume);
        for (int i = 0; i < boxes.size(); ++i) {
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY(!boxes.at(i)->sceneBoundingRect().adjusted(3, 3, -3, -3).intersects(boxes.at(j)->sceneBoundingRect()));
        }
        // The whole graph fits in the view.
        const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(view.scene()->itemsBoundingRect()));
    }

    void clickingAServiceActivatesIt()
    {
        ServiceGraphView view;
        view.resize(900, 560);
        view.setGraph(m_graph);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &ServiceGraphView::serviceActivated);

        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(view.serviceRect(u"php"_s).center()));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"php"_s);

        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(view.serviceRect(u"redis"_s).topLeft() + QPointF(4, 4)));
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), u"redis"_s);

        // Empty canvas and the pod frame's margin are not services.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        const QRectF pod = itemsOf(view, ItemKind::Pod).constFirst()->sceneBoundingRect();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(pod.topLeft() + QPointF(4, 4)));
        QCOMPARE(activated.size(), 2);
    }

    void ctrlWheelZoomsAndCtrlZeroFitsAgain()
    {
        ServiceGraphView view;
        view.resize(600, 400);
        view.setGraph(m_graph);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const double fitted = view.transform().m11();
        QVERIFY(fitted > 0 && fitted <= 1.0);

        const QPointF centre = view.viewport()->rect().center();
        QWheelEvent zoomIn(centre, view.viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton,
                           Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &zoomIn);
        QVERIFY(view.transform().m11() > fitted * 1.3);
        const double zoomed = view.transform().m11();

        // An edit that keeps the same services keeps the user's zoom.
        view.setGraph(m_graph);
        QCOMPARE(view.transform().m11(), zoomed);

        QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view.transform().m11(), fitted);

        // A plain wheel scrolls rather than zooms.
        QWheelEvent scroll(centre, view.viewport()->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
                           Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &scroll);
        QCOMPARE(view.transform().m11(), fitted);
    }

    void emptyGraphSaysSo()
    {
        ServiceGraphView view;
        view.setGraph(m_graph);
        view.setGraph(ComposeGraph{});
        QVERIFY(itemsOf(view, ItemKind::Service).isEmpty());
        QVERIFY(view.serviceRect(u"nginx"_s).isNull());
        bool message = false;
        for (const QGraphicsItem *item : view.scene()->items()) {
            if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
                message = message || text->text().contains(u"no services"_s);
        }
        QVERIFY(message);
    }

    void screenshots_lightAndDark()
    {
        ServiceGraphView view;
        view.resize(960, 560);
        view.setGraph(m_graph);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage light = shoot(view, u"editor-service-graph.png"_s);
        QVERIFY(!light.isNull());
        QVERIFY(qGray(light.pixel(3, 3)) > 200);

        Appearance::applyColorScheme(qApp, u"dark"_s);
        QCoreApplication::processEvents();
        const QImage dark = shoot(view, u"editor-service-graph-dark.png"_s);
        QVERIFY(qGray(dark.pixel(3, 3)) < 60);
        // The boxes are redrawn for the dark scheme: their fill is dark too.
        const QPoint inBox = view.mapFromScene(view.serviceRect(u"mariadb"_s).bottomRight() - QPointF(8, 5));
        QVERIFY(qGray(dark.pixel(inBox)) < 90);
        QVERIFY(qGray(light.pixel(inBox)) > 180);
        Appearance::applyColorScheme(qApp, u"light"_s);
    }
};

QTEST_MAIN(tst_ServiceGraphView)
#include "tst_servicegraphview.moc"
