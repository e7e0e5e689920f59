// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonitemdelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QUrl>

#include "widgets/common/badge.h"

namespace Lagoon {

namespace {

constexpr int BadgeMargin = 3;

} // namespace

LagoonItemDelegate::LagoonItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void LagoonItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant badgeData = index.data(Badge::ItemRole);
    const QVariant link = index.data(LinkRole);
    if (!badgeData.isValid() && !link.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // Background, selection and focus as any other cell.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect area = opt.rect.adjusted(4, BadgeMargin, -4, -BadgeMargin);
    if (badgeData.isValid()) {
        const auto badge = badgeData.value<Badge>();
        const int width = std::min(area.width(), badge.width(opt.fontMetrics));
        const int height = std::min(area.height(), opt.fontMetrics.height() + 6);
        badge.paint(painter, QRect(area.left(), area.top() + (area.height() - height) / 2, width, height), opt.palette);
        return;
    }
    painter->save();
    QFont font = opt.font;
    font.setUnderline(true);
    painter->setFont(font);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Link));
    const QString text = index.data(Qt::DisplayRole).toString();
    painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, QFontMetrics(font).elidedText(text, Qt::ElideMiddle, area.width()));
    painter->restore();
}

QSize LagoonItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QVariant badgeData = index.data(Badge::ItemRole);
    if (badgeData.isValid()) {
        const auto badge = badgeData.value<Badge>();
        size.setWidth(std::max(size.width(), badge.width(option.fontMetrics) + 8));
    }
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 6 + 2 * BadgeMargin));
    return size;
}

bool LagoonItemDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QUrl url = index.data(LinkRole).toUrl();
        if (mouse->button() == Qt::LeftButton && url.isValid() && option.rect.contains(mouse->position().toPoint())) {
            Q_EMIT linkActivated(url);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Lagoon
