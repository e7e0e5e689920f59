// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGraphicsView>
#include <QHash>

#include "core/lagoon/config/composegraph.h"

class QGraphicsItem;
class QGraphicsScene;

namespace Lagoon {

struct ServiceGraphStyle;

/**
 * A read-only picture of the compose services and how they hang together: services that
 * depend on others sit above them with arrows pointing down, services Lagoon runs in one pod
 * (same lagoon.name) sit side by side in a rounded pod frame, and volumes several services
 * mount are drawn as cylinders with dashed links. Colours come from the palette, so the view
 * follows the light or dark scheme. Clicking a service asks the editor to jump to it; Ctrl +
 * wheel zooms and Ctrl+0 fits the graph in the view again.
 */
class ServiceGraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceGraphView)

public:
    /** What a scene item stands for, stored in QGraphicsItem::data(ItemKindKey). */
    enum class ItemKind { Service = 1, Pod, Volume, DependsOnEdge, VolumeLink };
    static constexpr int ItemKindKey = 0;
    static constexpr int ItemNameKey = 1; ///< service, pod or volume name (QString)

    explicit ServiceGraphView(QWidget *parent = nullptr);
    ~ServiceGraphView() override;

    /** Shows `graph`, laid out afresh; keeps the user's zoom unless the services changed. */
    void setGraph(const ComposeGraph &graph);
    const ComposeGraph &graph() const { return m_graph; }

    /** The service's box in scene coordinates; null when the graph has no such service. */
    QRectF serviceRect(const QString &service) const;

public Q_SLOTS:
    /** Scales the graph to fit the view (never above 100 %) and follows resizes again. */
    void zoomToFit();

Q_SIGNALS:
    /** The user clicked the service's box. */
    void serviceActivated(const QString &name);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    /** A line to draw between two boxes (scene coordinates). */
    struct Connector
    {
        QRectF from;
        QRectF to;
        bool arrow = false; ///< depends_on; otherwise a dashed volume link
        QString label;
    };

    void rebuild();
    void addConnectors(const QList<Connector> &connectors, const ServiceGraphStyle &style);
    QString serviceAt(const QPoint &viewPos) const;
    void zoomBy(double factor);

    QGraphicsScene *m_scene;
    ComposeGraph m_graph;
    QHash<QString, QGraphicsItem *> m_serviceItems;
    QString m_pressedService;
    QPoint m_pressPos;
    bool m_autoFit = true;
};

} // namespace Lagoon
