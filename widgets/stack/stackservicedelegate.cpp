// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/stack/stackservicedelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include "widgets/common/badge.h"
#include "widgets/stack/localstackmodel.h"
#include "widgets/stack/stackusagetext.h"

namespace Lagoon {

namespace {

constexpr int CellMargin = 6;
constexpr int RowPadding = 8;

} // namespace

StackServiceDelegate::StackServiceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize StackServiceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Badges need room for their pill; every row gets it so the table stays even.
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + RowPadding + 4));
    if (const QVariant badge = index.data(Badge::ItemRole); badge.isValid())
        size.setWidth(badge.value<Badge>().width(option.fontMetrics) + 2 * CellMargin);
    if (index.column() == LocalStackModel::PortsColumn) {
        // Laid out by links(): the addresses one after the other, with the cell's margins.
        const QList<Link> all = links(option, index);
        if (!all.isEmpty())
            size.setWidth(all.constLast().rect.right() + 1 - option.rect.left() + 2 * CellMargin);
    }
    if (index.column() == LocalStackModel::UsageColumn) {
        // The numbers change every second and a service may start at any time: the column is
        // as wide as they usually get from the start instead of cutting them off.
        const int widest = option.fontMetrics.horizontalAdvance(StackUsageText::widest(option.locale));
        size.setWidth(std::max(size.width(), widest + 2 * CellMargin));
    }
    return size;
}

void StackServiceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(Badge::ItemRole).isValid()) {
        paintBadge(painter, option, index);
        return;
    }
    if (index.column() == LocalStackModel::PortsColumn &&
        !index.data(LocalStackModel::UrlsRole).value<QList<QUrl>>().isEmpty()) {
        paintLinks(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void StackServiceDelegate::paintBadge(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    // The row's background (selection, alternate colour) first, without the cell's own text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto badge = index.data(Badge::ItemRole).value<Badge>();
    const int height = option.fontMetrics.height() + 4;
    const int width = std::min(option.rect.width() - 2 * CellMargin, badge.width(option.fontMetrics));
    const int top = option.rect.top() + (option.rect.height() - height) / 2;
    const QRect pill(option.rect.left() + CellMargin, top, width, height);
    painter->save();
    painter->setFont(option.font);
    badge.paint(painter, pill, option.palette);
    painter->restore();
}

QList<StackServiceDelegate::Link> StackServiceDelegate::links(const QStyleOptionViewItem &option,
                                                              const QModelIndex &index) const
{
    QList<Link> result;
    const QStringList texts = index.data(LocalStackModel::PortTextsRole).toStringList();
    const QList<QUrl> urls = index.data(LocalStackModel::PortUrlsRole).value<QList<QUrl>>();
    const QFontMetrics &fm = option.fontMetrics;
    const int separator = fm.horizontalAdvance(QStringLiteral(", "));
    int x = option.rect.left() + CellMargin;
    for (int i = 0; i < texts.size(); ++i) {
        const int width = fm.horizontalAdvance(texts.at(i));
        const QRect rect(x, option.rect.top(), width, option.rect.height());
        result << Link{i < urls.size() ? urls.at(i) : QUrl(), texts.at(i), rect};
        x += width + separator;
    }
    return result;
}

void StackServiceDelegate::paintLinks(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    painter->setClipRect(option.rect.adjusted(0, 0, -CellMargin, 0));
    const bool selected = option.state & QStyle::State_Selected;
    const QList<Link> all = links(option, index);
    for (int i = 0; i < all.size(); ++i) {
        const Link &link = all.at(i);
        QFont font = option.font;
        if (link.url.isValid()) {
            font.setUnderline(link.url == m_hovered || !selected);
            painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                                     : option.palette.color(QPalette::Link));
        } else {
            painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        }
        painter->setFont(font);
        painter->drawText(link.rect, Qt::AlignVCenter | Qt::AlignLeft, link.text);
        if (i + 1 < all.size()) {
            painter->setFont(option.font);
            painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
            painter->drawText(QRect(link.rect.right() + 1, link.rect.top(), 40, link.rect.height()),
                              Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral(","));
        }
    }
    painter->restore();
}

QUrl StackServiceDelegate::urlAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    if (index.column() != LocalStackModel::PortsColumn)
        return {};
    for (const Link &link : links(option, index)) {
        if (link.url.isValid() && link.rect.contains(pos))
            return link.url;
    }
    return {};
}

bool StackServiceDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                       const QModelIndex &index)
{
    if (event->type() == QEvent::MouseMove || event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QUrl url = urlAt(option, index, mouse->position().toPoint());
        if (url != m_hovered) {
            m_hovered = url;
            Q_EMIT urlHovered(url);
        }
        if (event->type() == QEvent::MouseButtonRelease && mouse->button() == Qt::LeftButton && url.isValid()) {
            Q_EMIT urlActivated(url);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Lagoon
