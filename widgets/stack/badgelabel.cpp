// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/stack/badgelabel.h"

#include <QIcon>
#include <QPainter>

namespace Lagoon {

namespace {

constexpr int Padding = 7;
constexpr int IconSize = 14;
constexpr int IconGap = 5;

} // namespace

BadgeLabel::BadgeLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void BadgeLabel::setBadge(StackBadge::Tone tone, const QString &text, const QString &iconName)
{
    m_tone = tone;
    m_text = text;
    m_iconName = iconName;
    setAccessibleName(text);
    updateGeometry();
    update();
}

int BadgeLabel::widthFor(const QFontMetrics &metrics, const QString &text, bool withIcon)
{
    // A few pixels of slack: eliding measures a little differently from horizontalAdvance().
    return metrics.horizontalAdvance(text) + 2 * Padding + (withIcon ? IconSize + IconGap : 0) + 4;
}

QSize BadgeLabel::sizeHint() const
{
    return {widthFor(fontMetrics(), m_text, !m_iconName.isEmpty()) + 2, fontMetrics().height() + 6};
}

void BadgeLabel::paint(QPainter *painter, const QRect &rect, const QPalette &palette, StackBadge::Tone tone,
                       const QString &text, const QIcon &icon)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = StackBadge::colour(tone, palette);
    QColor border = colour;
    border.setAlphaF(0.45f);
    painter->setPen(QPen(border, 1));
    painter->setBrush(StackBadge::fill(tone, palette));
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    QRect content = rect.adjusted(Padding, 0, -Padding, 0);
    if (!icon.isNull()) {
        const QRect iconRect(content.left(), rect.top() + (rect.height() - IconSize) / 2, IconSize, IconSize);
        icon.paint(painter, iconRect);
        content.setLeft(iconRect.right() + 1 + IconGap);
    }
    painter->setPen(colour);
    painter->drawText(content, Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight, content.width()));
    painter->restore();
}

void BadgeLabel::paintEvent(QPaintEvent *)
{
    if (m_text.isEmpty())
        return;
    QPainter painter(this);
    const QSize hint = sizeHint();
    const QRect pill(0, (height() - hint.height()) / 2, std::min(width(), hint.width() - 2), hint.height());
    paint(&painter, pill, palette(), m_tone, m_text,
          m_iconName.isEmpty() ? QIcon() : QIcon::fromTheme(m_iconName));
}

} // namespace Lagoon
