// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/servicegraphitems.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QWidget>

#include "widgets/common/appearance.h"
#include "widgets/editor/servicegraphview.h"

namespace Lagoon {

namespace {

using Category = ComposeGraphNode::Category;
using ItemKind = ServiceGraphView::ItemKind;

constexpr double NodeMinWidth = 150;
constexpr double NodeMaxWidth = 260;
constexpr double NodePadding = 10;
constexpr double AccentWidth = 5;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return ServiceGraphStyle::mix(a, b, t);
}

QString serviceToolTip(const ComposeGraphNode &node)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(node.name.toHtmlEscaped());
    lines << ServiceNodeItem::tr("lagoon.type: %1").arg(ServiceNodeItem::typeText(node).toHtmlEscaped());
    if (node.hasBuild)
        lines << ServiceNodeItem::tr("build: %1 (%2)").arg(node.buildContext.toHtmlEscaped(), node.dockerfile.toHtmlEscaped());
    if (!node.image.isEmpty())
        lines << ServiceNodeItem::tr("image: %1").arg(node.image.toHtmlEscaped());
    if (node.lagoonName != node.name)
        lines << ServiceNodeItem::tr("lagoon.name: %1").arg(node.lagoonName.toHtmlEscaped());
    if (!node.persistentVolume.isEmpty())
        lines << ServiceNodeItem::tr("volume %1 at %2")
                     .arg(node.persistentVolume.toHtmlEscaped(), node.persistentPath.toHtmlEscaped());
    lines << ServiceNodeItem::tr("<i>Click to show it in docker-compose.yml</i>");
    return lines.join(QStringLiteral("<br>"));
}

// A cylinder outline: the volume glyph in boxes and, larger, the volume nodes.
QPainterPath cylinderPath(const QRectF &r, double capHeight)
{
    QPainterPath path;
    path.moveTo(r.left(), r.top() + capHeight / 2);
    path.lineTo(r.left(), r.bottom() - capHeight / 2);
    path.arcTo(QRectF(r.left(), r.bottom() - capHeight, r.width(), capHeight), 180, 180);
    path.lineTo(r.right(), r.top() + capHeight / 2);
    path.arcTo(QRectF(r.left(), r.top(), r.width(), capHeight), 0, 180);
    path.closeSubpath();
    path.addEllipse(QRectF(r.left(), r.top(), r.width(), capHeight));
    return path;
}

} // namespace

// ---- ServiceGraphStyle ----------------------------------------------------------------------

ServiceGraphStyle::ServiceGraphStyle(const QWidget *widget)
{
    const QPalette &p = widget->palette();
    dark = Appearance::isDark(p);
    base = p.color(QPalette::Base);
    text = p.color(QPalette::Text);
    secondaryText = p.color(QPalette::PlaceholderText);
    border = mix(base, text, dark ? 0.30 : 0.25);
    highlight = p.color(QPalette::Highlight);
    edge = mix(base, text, dark ? 0.60 : 0.55);
    storage = accent(40, 0.55);
    podFill = mix(base, text, dark ? 0.05 : 0.035);
    podBorder = mix(base, text, dark ? 0.22 : 0.18);
    nameFont = widget->font();
    nameFont.setBold(true);
    detailFont = widget->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.9);
    smallFont = widget->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.82);
}

QColor ServiceGraphStyle::mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Hues stay fixed so a category keeps its colour; lightness flips with the scheme so the accent
// reads on both backgrounds.
QColor ServiceGraphStyle::accent(int hue, double saturation) const
{
    return QColor::fromHslF(static_cast<float>(hue / 360.0), static_cast<float>(saturation), dark ? 0.64F : 0.43F);
}

QColor ServiceGraphStyle::categoryColour(Category category) const
{
    switch (category) {
    case Category::Web: return accent(212);
    case Category::Application: return accent(158);
    case Category::Cli: return accent(268, 0.45);
    case Category::Database: return accent(28, 0.75);
    case Category::Cache: return accent(352);
    case Category::Search: return accent(48, 0.8);
    case Category::Queue: return accent(318, 0.5);
    case Category::External: return accent(190, 0.25);
    case Category::None:
    case Category::Unknown: break;
    }
    return mix(base, text, 0.45);
}

// ---- ServiceNodeItem ------------------------------------------------------------------------

ServiceNodeItem::ServiceNodeItem(const ComposeGraphNode &node, const ServiceGraphStyle &style)
    : m_node(node)
    , m_style(style)
{
    const QFontMetricsF name(style.nameFont);
    const QFontMetricsF detail(style.detailFont);
    const QFontMetricsF small(style.smallFont);
    double textWidth = std::max(name.horizontalAdvance(node.name), detail.horizontalAdvance(typeText(node)));
    if (!node.persistentPath.isEmpty())
        textWidth = std::max(textWidth, small.horizontalAdvance(node.persistentPath) + 16);
    const double width = std::clamp(textWidth + 2 * NodePadding + AccentWidth, NodeMinWidth, NodeMaxWidth);
    double height = NodePadding * 2 + name.height() + 2 + detail.height();
    if (!node.persistentPath.isEmpty())
        height += small.height() + 4;
    m_rect = QRectF(0, 0, width, height);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::NoButton);
    setCursor(Qt::PointingHandCursor);
    setToolTip(serviceToolTip(node));
    setData(ServiceGraphView::ItemKindKey, static_cast<int>(ItemKind::Service));
    setData(ServiceGraphView::ItemNameKey, node.name);
    setZValue(2);
}

QString ServiceNodeItem::typeText(const ComposeGraphNode &node)
{
    if (node.type.isEmpty())
        return tr("no lagoon.type");
    if (node.category == Category::None)
        return tr("none (not deployed)");
    if (!node.deployed)
        return tr("%1 (unknown type)").arg(node.type);
    return node.type;
}

QRectF ServiceNodeItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 3, 4);
}

void ServiceNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor accent = m_style.categoryColour(m_node.category);
    painter->setRenderHint(QPainter::Antialiasing);
    // A soft offset shadow lifts the box off the canvas without a blur effect.
    painter->setPen(Qt::NoPen);
    QColor shadow = Qt::black;
    shadow.setAlphaF(m_style.dark ? 0.35F : 0.08F);
    painter->setBrush(shadow);
    painter->drawRoundedRect(m_rect.translated(0, 2), 8, 8);

    QPainterPath outline;
    outline.addRoundedRect(m_rect, 8, 8);
    painter->setBrush(m_node.deployed ? mix(m_style.base, accent, m_style.dark ? 0.14 : 0.07) : m_style.base);
    QPen border(m_hover ? m_style.highlight : (m_node.deployed ? mix(m_style.base, accent, 0.55) : m_style.border),
                m_hover ? 2.0 : 1.2);
    if (!m_node.deployed)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->drawPath(outline);

    // The category stripe, clipped to the box's rounded left edge.
    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(QRectF(m_rect.left(), m_rect.top(), AccentWidth, m_rect.height()), accent);
    painter->restore();

    const double left = m_rect.left() + AccentWidth + NodePadding;
    const double width = m_rect.right() - NodePadding - left;
    double y = m_rect.top() + NodePadding;
    const QFontMetricsF name(m_style.nameFont);
    painter->setFont(m_style.nameFont);
    painter->setPen(m_node.deployed ? m_style.text : m_style.secondaryText);
    painter->drawText(QRectF(left, y, width, name.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      name.elidedText(m_node.name, Qt::ElideRight, width));
    y += name.height() + 2;
    const QFontMetricsF detail(m_style.detailFont);
    painter->setFont(m_style.detailFont);
    painter->setPen(m_node.deployed ? mix(m_style.text, accent, 0.55) : m_style.secondaryText);
    painter->drawText(QRectF(left, y, width, detail.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      detail.elidedText(typeText(m_node), Qt::ElideRight, width));
    y += detail.height() + 4;
    if (m_node.persistentPath.isEmpty())
        return;
    const QFontMetricsF small(m_style.smallFont);
    const double glyph = small.height() * 0.7;
    painter->setPen(QPen(m_style.storage, 1.1));
    painter->setBrush(mix(m_style.base, m_style.storage, 0.25));
    painter->drawPath(cylinderPath(QRectF(left, y + (small.height() - glyph) / 2, glyph * 0.85, glyph), glyph * 0.35));
    painter->setFont(m_style.smallFont);
    painter->setPen(m_style.secondaryText);
    const double textLeft = left + glyph + 5;
    const double textWidth = m_rect.right() - NodePadding - textLeft;
    painter->drawText(QRectF(textLeft, y, textWidth, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      small.elidedText(m_node.persistentPath, Qt::ElideMiddle, textWidth));
}

void ServiceNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hover = true;
    update();
}

void ServiceNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hover = false;
    update();
}

// ---- PodFrameItem ---------------------------------------------------------------------------

PodFrameItem::PodFrameItem(const QString &name, const QRectF &rect, const ServiceGraphStyle &style)
    : m_name(name)
    , m_rect(rect)
    , m_style(style)
{
    setData(ServiceGraphView::ItemKindKey, static_cast<int>(ItemKind::Pod));
    setData(ServiceGraphView::ItemNameKey, name);
    setToolTip(tr("These services share lagoon.name %1: Lagoon runs them as containers of one pod.")
                   .arg(name.toHtmlEscaped()));
    setZValue(0);
}

QRectF PodFrameItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void PodFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_style.podBorder, 1.2));
    painter->setBrush(m_style.podFill);
    painter->drawRoundedRect(m_rect, 14, 14);
    const QFontMetricsF small(m_style.smallFont);
    const double padding = 14;
    painter->setFont(m_style.smallFont);
    painter->setPen(m_style.secondaryText);
    painter->drawText(QRectF(m_rect.left() + padding, m_rect.top() + 5, m_rect.width() - 2 * padding, small.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      small.elidedText(tr("pod %1").arg(m_name), Qt::ElideRight, m_rect.width() - 2 * padding));
}

// ---- VolumeNodeItem -------------------------------------------------------------------------

VolumeNodeItem::VolumeNodeItem(const ComposeGraphVolume &volume, const ServiceGraphStyle &style)
    : m_volume(volume)
    , m_style(style)
{
    const QFontMetricsF small(style.smallFont);
    const double width = std::clamp(small.horizontalAdvance(volume.name) + 24, 72.0, 180.0);
    m_rect = QRectF(0, 0, width, small.height() * 2 + 22);
    QStringList mounts;
    for (qsizetype i = 0; i < volume.services.size(); ++i)
        mounts << QStringLiteral("%1: %2").arg(volume.services.at(i).toHtmlEscaped(), volume.paths.value(i).toHtmlEscaped());
    setToolTip((volume.source == ComposeGraphVolume::Source::Lagoon ? tr("Lagoon persistent volume <b>%1</b>, mounted by")
                                                                    : tr("Compose volume <b>%1</b>, mounted by"))
                   .arg(volume.name.toHtmlEscaped()) +
               QStringLiteral("<br>") + mounts.join(QStringLiteral("<br>")));
    setData(ServiceGraphView::ItemKindKey, static_cast<int>(ItemKind::Volume));
    setData(ServiceGraphView::ItemNameKey, volume.name);
    setZValue(2);
}

QRectF VolumeNodeItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

void VolumeNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const double cap = std::min(14.0, m_rect.height() * 0.3);
    painter->setPen(QPen(m_style.storage, 1.3));
    painter->setBrush(mix(m_style.base, m_style.storage, m_style.dark ? 0.20 : 0.12));
    painter->drawPath(cylinderPath(m_rect, cap));
    const QFontMetricsF small(m_style.smallFont);
    painter->setFont(m_style.smallFont);
    painter->setPen(m_style.text);
    const QRectF body(m_rect.left() + 4, m_rect.top() + cap, m_rect.width() - 8, m_rect.height() - cap * 1.5);
    painter->drawText(body, Qt::AlignCenter, small.elidedText(m_volume.name, Qt::ElideMiddle, body.width()));
}

// ---- connectors -----------------------------------------------------------------------------

QGraphicsPathItem *addGraphConnector(QGraphicsScene *scene, const QPointF &from, const QPointF &to, bool vertical,
                                     const QPen &pen, bool arrow)
{
    const double bend = vertical ? (to.y() - from.y()) / 2 : (to.x() - from.x()) / 2;
    const QPointF c1 = vertical ? from + QPointF(0, bend) : from + QPointF(bend, 0);
    const QPointF c2 = vertical ? to - QPointF(0, bend) : to - QPointF(bend, 0);
    const QPointF dir = vertical ? QPointF(0, bend >= 0 ? 1 : -1) : QPointF(bend >= 0 ? 1 : -1, 0);
    // Stop the line short of the tip so the arrow head stays sharp.
    const QPointF end = arrow ? to - dir * 6.0 : to;
    QPainterPath path(from);
    path.cubicTo(c1, c2, end);
    auto *item = scene->addPath(path, pen);
    item->setZValue(1);
    if (arrow) {
        const QPointF normal(-dir.y(), dir.x());
        QPolygonF head;
        head << to << to - dir * 9.0 + normal * 4.5 << to - dir * 9.0 - normal * 4.5;
        auto *headItem = new QGraphicsPolygonItem(head, item);
        headItem->setPen(Qt::NoPen);
        headItem->setBrush(pen.color());
    }
    return item;
}

} // namespace Lagoon
