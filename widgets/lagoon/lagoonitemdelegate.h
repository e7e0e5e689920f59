// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace Lagoon {

/**
 * Draws the Lagoon browser's cells: a Badge pill where the model gives one (Badge::ItemRole), a
 * link where it gives a URL (LinkRole), plain text otherwise. A click on a link emits linkActivated.
 */
class LagoonItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonItemDelegate)

public:
    /** The role under which models hand a QUrl that the delegate draws as a link. */
    static constexpr int LinkRole = Qt::UserRole + 65;

    explicit LagoonItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

Q_SIGNALS:
    void linkActivated(const QUrl &url);
};

} // namespace Lagoon
