// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStyledItemDelegate>
#include <QUrl>

namespace Lagoon {

/**
 * Draws the services table of the local stack: states and health as badges (a tinted pill
 * with icon and word, in the palette's colours) and published ports as links that open in the
 * browser when clicked. Needs mouse tracking on the view for the hover feedback.
 */
class StackServiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackServiceDelegate)

public:
    explicit StackServiceDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** The address under `pos` in a ports cell drawn in `option.rect`; empty when none. */
    QUrl urlAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;

Q_SIGNALS:
    void urlActivated(const QUrl &url);
    /** The mouse moved onto an address (or off one: empty), for the cursor and the status bar. */
    void urlHovered(const QUrl &url);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Link
    {
        QUrl url;
        QString text;
        QRect rect;
    };
    QList<Link> links(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintLinks(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QUrl m_hovered;
};

} // namespace Lagoon
