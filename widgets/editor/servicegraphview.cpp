// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/servicegraphview.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include "widgets/common/appearance.h"
#include "widgets/editor/servicegraphitems.h"
#include "widgets/editor/servicegraphlayout.h"

namespace Lagoon {

namespace {

constexpr double SceneMargin = 24;
constexpr double LegendRoom = 36;
constexpr double MinZoom = 0.2;
constexpr double MaxZoom = 4.0;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return ServiceGraphStyle::mix(a, b, t);
}

} // namespace

ServiceGraphView::ServiceGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("serviceGraphView"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // The legend is drawn in viewport pixels, so scrolling must repaint rather than blit.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Service graph"));
    setAccessibleDescription(tr("The compose services as boxes, arrows for depends_on and links, "
                                "with their Lagoon types and ports; arrow keys pan, plus and minus zoom"));
    rebuild();
}

ServiceGraphView::~ServiceGraphView() = default;

void ServiceGraphView::setGraph(const ComposeGraph &graph)
{
    QStringList before;
    QStringList after;
    for (const ComposeGraphNode &n : m_graph.nodes())
        before << n.name;
    for (const ComposeGraphNode &n : graph.nodes())
        after << n.name;
    m_graph = graph;
    // A new set of services deserves a fresh overview; an edit to one keeps the user's zoom.
    if (before != after)
        m_autoFit = true;
    rebuild();
}

QRectF ServiceGraphView::serviceRect(const QString &service) const
{
    const QGraphicsItem *item = m_serviceItems.value(service);
    return item ? item->sceneBoundingRect().adjusted(2, 2, -3, -4) : QRectF();
}

void ServiceGraphView::rebuild()
{
    m_scene->clear();
    m_serviceItems.clear();
    const ServiceGraphStyle style(this);

    if (m_graph.isEmpty()) {
        auto *text = m_scene->addSimpleText(tr("The compose file has no services yet."));
        text->setBrush(style.secondaryText);
        text->setFont(font());
        m_scene->setSceneRect(text->boundingRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
        if (m_autoFit)
            zoomToFit();
        return;
    }

    // Items first: the layout needs their sizes.
    QHash<QString, ServiceNodeItem *> services;
    for (const ComposeGraphNode &node : m_graph.nodes()) {
        auto *item = new ServiceNodeItem(node, style);
        m_scene->addItem(item);
        services.insert(node.name, item);
        m_serviceItems.insert(node.name, item);
    }
    QHash<int, VolumeNodeItem *> volumes;
    for (qsizetype v = 0; v < m_graph.volumes().size(); ++v) {
        if (!m_graph.volumes().at(v).isShared())
            continue;
        auto *item = new VolumeNodeItem(m_graph.volumes().at(v), style);
        m_scene->addItem(item);
        volumes.insert(static_cast<int>(v), item);
    }
    const ServiceGraphLayout layout = ServiceGraphLayout::compute(
        m_graph, [&services](const ComposeGraphNode &node) { return services.value(node.name)->box().size(); },
        [&volumes](int index) { return volumes.value(index)->box().size(); },
        QFontMetricsF(style.smallFont).height() + 6);
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        it.value()->setPos(layout.services.value(it.key()).topLeft());
    for (auto it = volumes.cbegin(); it != volumes.cend(); ++it)
        it.value()->setPos(layout.volumes.value(it.key()).topLeft());
    for (auto it = layout.pods.cbegin(); it != layout.pods.cend(); ++it)
        m_scene->addItem(new PodFrameItem(it.key(), it.value(), style));

    QList<Connector> connectors;
    for (const ComposeGraphEdge &edge : m_graph.edges(ComposeGraphEdge::Kind::DependsOn)) {
        // Plain depends_on is what the arrow says; only a long-syntax condition gets a label.
        connectors.append(Connector{services.value(edge.from)->box(), services.value(edge.to)->box(), true,
                                    edge.condition});
    }
    for (auto it = volumes.cbegin(); it != volumes.cend(); ++it) {
        for (const QString &s : m_graph.volumes().at(it.key()).services)
            connectors.append(Connector{services.value(s)->box(), it.value()->box(), false, QString()});
    }
    addConnectors(connectors, style);

    // Extra room at the bottom keeps the legend off the lowest row.
    const QRectF bounds =
        m_scene->itemsBoundingRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin + LegendRoom);
    m_scene->setSceneRect(bounds);
    if (m_autoFit)
        zoomToFit();
}

// Each box spreads the ends of its lines along the edge they leave from, in the order of the
// other ends, so parallel arrows do not overlap.
void ServiceGraphView::addConnectors(const QList<Connector> &connectors, const ServiceGraphStyle &style)
{
    const auto key = [](const QRectF &r) { return QStringLiteral("%1,%2").arg(r.x()).arg(r.y()); };
    QHash<QString, QList<double>> bottomEnds;
    QHash<QString, QList<double>> topEnds;
    for (const Connector &c : connectors) {
        if (c.to.top() > c.from.bottom()) {
            bottomEnds[key(c.from)] << c.to.center().x();
            topEnds[key(c.to)] << c.from.center().x();
        }
    }
    for (auto it = bottomEnds.begin(); it != bottomEnds.end(); ++it)
        std::sort(it->begin(), it->end());
    for (auto it = topEnds.begin(); it != topEnds.end(); ++it)
        std::sort(it->begin(), it->end());
    const auto spread = [](const QRectF &box, const QList<double> &ends, double other) {
        const qsizetype n = ends.size();
        const double usable = box.width() * 0.6;
        return n <= 1 ? box.center().x()
                      : box.center().x() - usable / 2 + usable * static_cast<double>(ends.indexOf(other)) / (n - 1);
    };
    QPen arrowPen(style.edge, 1.4);
    arrowPen.setCapStyle(Qt::RoundCap);
    QPen linkPen(style.storage, 1.3, Qt::DashLine);
    linkPen.setDashPattern({4, 3});
    for (const Connector &c : connectors) {
        QGraphicsPathItem *item = nullptr;
        const QPen &pen = c.arrow ? arrowPen : linkPen;
        if (c.to.top() > c.from.bottom()) {
            const QPointF from(spread(c.from, bottomEnds.value(key(c.from)), c.to.center().x()), c.from.bottom());
            const QPointF to(spread(c.to, topEnds.value(key(c.to)), c.from.center().x()), c.to.top());
            item = addGraphConnector(m_scene, from, to, true, pen, c.arrow);
        } else if (c.from.top() > c.to.bottom()) {
            item = addGraphConnector(m_scene, QPointF(c.from.center().x(), c.from.top()),
                                     QPointF(c.to.center().x(), c.to.bottom()), true, pen, c.arrow);
        } else {
            const bool right = c.to.center().x() > c.from.center().x();
            item = addGraphConnector(m_scene, QPointF(right ? c.from.right() : c.from.left(), c.from.center().y()),
                                     QPointF(right ? c.to.left() : c.to.right(), c.to.center().y()), false, pen,
                                     c.arrow);
        }
        item->setData(ItemKindKey, static_cast<int>(c.arrow ? ItemKind::DependsOnEdge : ItemKind::VolumeLink));
        if (c.label.isEmpty())
            continue;
        // A depends_on condition, on a pill in the canvas colour so the curve does not cut it.
        auto *label = new QGraphicsSimpleTextItem(c.label);
        label->setFont(style.smallFont);
        label->setBrush(style.secondaryText);
        const QRectF textRect = label->boundingRect();
        QPainterPath pill;
        pill.addRoundedRect(QRectF(0, 0, textRect.width() + 10, textRect.height() + 2), 4, 4);
        auto *background = m_scene->addPath(pill, QPen(style.podBorder, 0.8), style.base);
        background->setPos(item->path().pointAtPercent(0.5) - pill.boundingRect().center());
        background->setZValue(3);
        label->setParentItem(background);
        label->setPos(5, 1);
    }
}

void ServiceGraphView::zoomToFit()
{
    m_autoFit = true;
    const QRectF bounds = m_scene->sceneRect();
    if (bounds.isEmpty() || viewport()->width() <= 0)
        return;
    const double scale = std::min({1.0, viewport()->width() / bounds.width(), viewport()->height() / bounds.height()});
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(bounds.center());
}

void ServiceGraphView::zoomBy(double factor)
{
    const double current = transform().m11();
    const double target = std::clamp(current * factor, MinZoom, MaxZoom);
    m_autoFit = false;
    scale(target / current, target / current);
}

void ServiceGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        zoomToFit();
}

void ServiceGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void ServiceGraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_0:
            zoomToFit();
            return;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.25);
            return;
        case Qt::Key_Minus:
            zoomBy(0.8);
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

QString ServiceGraphView::serviceAt(const QPoint &viewPos) const
{
    for (const QGraphicsItem *item : items(viewPos)) {
        if (item->data(ItemKindKey).toInt() == static_cast<int>(ItemKind::Service))
            return item->data(ItemNameKey).toString();
    }
    return {};
}

void ServiceGraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressedService = event->button() == Qt::LeftButton ? serviceAt(event->position().toPoint()) : QString();
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void ServiceGraphView::mouseMoveEvent(QMouseEvent *event)
{
    // A drag pans the view; it is not a click on the service it started on.
    if (!m_pressedService.isEmpty() &&
        (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_pressedService.clear();
    QGraphicsView::mouseMoveEvent(event);
}

void ServiceGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const QString pressed = std::exchange(m_pressedService, QString());
    if (event->button() == Qt::LeftButton && !pressed.isEmpty() && serviceAt(event->position().toPoint()) == pressed)
        Q_EMIT serviceActivated(pressed);
}

void ServiceGraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LanguageChange) {
        rebuild();
    }
}

void ServiceGraphView::drawForeground(QPainter *painter, const QRectF &)
{
    if (m_graph.isEmpty())
        return;
    // The legend stays put in the corner whatever the zoom: draw it in viewport pixels.
    const ServiceGraphStyle style(this);
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(style.smallFont);
    const QFontMetricsF fm(style.smallFont);
    // Only what the graph shows: 0 depends on, 1 shared volume, 2 pod.
    QList<int> entries;
    if (!m_graph.edges(ComposeGraphEdge::Kind::DependsOn).isEmpty())
        entries << 0;
    if (std::any_of(m_graph.volumes().cbegin(), m_graph.volumes().cend(),
                    [](const ComposeGraphVolume &v) { return v.isShared(); }))
        entries << 1;
    if (!m_graph.pods().isEmpty())
        entries << 2;
    if (entries.isEmpty()) {
        painter->restore();
        return;
    }
    const QStringList allTexts = {tr("depends on"), tr("mounts a shared volume"), tr("pod: same lagoon.name")};
    QStringList texts;
    for (const int e : std::as_const(entries))
        texts << allTexts.at(e);
    constexpr double sample = 26;
    constexpr double gap = 16;
    double width = 12;
    for (const QString &t : texts)
        width += sample + 6 + fm.horizontalAdvance(t) + gap;
    const double height = fm.height() + 12;
    const QRectF box(10, viewport()->height() - height - 10, width - gap + 12, height);
    QColor fill = style.base;
    fill.setAlphaF(0.9F);
    painter->setPen(QPen(style.podBorder, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 6, 6);
    double x = box.left() + 10;
    const double y = box.center().y();
    for (int i = 0; i < texts.size(); ++i) {
        if (entries.at(i) == 0) {
            painter->setPen(QPen(style.edge, 1.4));
            painter->drawLine(QPointF(x, y), QPointF(x + sample - 6, y));
            painter->setPen(Qt::NoPen);
            painter->setBrush(style.edge);
            painter->drawPolygon(QPolygonF{QPointF(x + sample, y), QPointF(x + sample - 8, y - 4), QPointF(x + sample - 8, y + 4)});
        } else if (entries.at(i) == 1) {
            QPen pen(style.storage, 1.3, Qt::DashLine);
            pen.setDashPattern({4, 3});
            painter->setPen(pen);
            painter->drawLine(QPointF(x, y), QPointF(x + sample, y));
        } else {
            painter->setPen(QPen(style.podBorder, 1.2));
            painter->setBrush(style.podFill);
            painter->drawRoundedRect(QRectF(x + 2, y - 6, sample - 4, 12), 4, 4);
        }
        x += sample + 6;
        painter->setPen(style.secondaryText);
        painter->drawText(QRectF(x, box.top(), fm.horizontalAdvance(texts.at(i)) + 2, box.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, texts.at(i));
        x += fm.horizontalAdvance(texts.at(i)) + gap;
    }
    painter->restore();
}

void ServiceGraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette &p = palette();
    painter->fillRect(rect, p.color(QPalette::Base));
    // A faint dot grid: reads as a canvas, and shows the view pans and zooms.
    constexpr double step = 24;
    const QColor dot = mix(p.color(QPalette::Base), p.color(QPalette::Text), Appearance::isDark(p) ? 0.16 : 0.13);
    QList<QPointF> points;
    for (double x = std::floor(rect.left() / step) * step; x < rect.right(); x += step) {
        for (double yy = std::floor(rect.top() / step) * step; yy < rect.bottom(); yy += step)
            points.append(QPointF(x, yy));
    }
    painter->setPen(QPen(dot, 1.6, Qt::SolidLine, Qt::RoundCap));
    painter->drawPoints(points.constData(), static_cast<int>(points.size()));
}

} // namespace Lagoon
