// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>

#include "core/lagoon/config/composegraph.h"

class QGraphicsPathItem;
class QGraphicsScene;
class QWidget;

namespace Lagoon {

/** Colours and fonts of the service graph, all derived from a widget's palette and font. */
struct ServiceGraphStyle
{
    explicit ServiceGraphStyle(const QWidget *widget);

    /** The category's accent: a fixed hue, lighter on dark backgrounds. */
    QColor categoryColour(ComposeGraphNode::Category category) const;
    static QColor mix(const QColor &a, const QColor &b, double t);

    bool dark = false;
    QColor base;
    QColor text;
    QColor secondaryText;
    QColor border;
    QColor highlight;
    QColor edge;
    QColor storage;
    QColor podFill;
    QColor podBorder;
    QFont nameFont;
    QFont detailFont;
    QFont smallFont;

private:
    QColor accent(int hue, double saturation = 0.62) const;
};

/** A service's box: name, lagoon.type, its volume path, and a colour stripe for its category. */
class ServiceNodeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::ServiceNodeItem)

public:
    ServiceNodeItem(const ComposeGraphNode &node, const ServiceGraphStyle &style);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /** The box itself in scene coordinates (the bounding rect adds the shadow). */
    QRectF box() const { return m_rect.translated(pos()); }

    /** The second line of the box: the type, or why nothing is deployed. */
    static QString typeText(const ComposeGraphNode &node);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    ComposeGraphNode m_node;
    ServiceGraphStyle m_style;
    QRectF m_rect;
    bool m_hover = false;
};

/** The rounded frame around services Lagoon runs in one pod, labelled with their lagoon.name. */
class PodFrameItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::PodFrameItem)

public:
    PodFrameItem(const QString &name, const QRectF &rect, const ServiceGraphStyle &style);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_name;
    QRectF m_rect;
    ServiceGraphStyle m_style;
};

/** A volume several services mount, drawn as a cylinder with its name. */
class VolumeNodeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::VolumeNodeItem)

public:
    VolumeNodeItem(const ComposeGraphVolume &volume, const ServiceGraphStyle &style);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QRectF box() const { return m_rect.translated(pos()); }

private:
    ComposeGraphVolume m_volume;
    ServiceGraphStyle m_style;
    QRectF m_rect;
};

/**
 * Adds a curve from `from` to `to` that leaves and arrives along the main axis (vertical or
 * horizontal), with an arrow head at `to` when asked: depends_on arrows and volume links.
 */
QGraphicsPathItem *addGraphConnector(QGraphicsScene *scene, const QPointF &from, const QPointF &to, bool vertical,
                                     const QPen &pen, bool arrow);

} // namespace Lagoon
