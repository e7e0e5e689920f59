// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/badge.h"

#include <QColor>
#include <QFontMetrics>
#include <QIcon>
#include <QPainter>
#include <QPalette>

#include "widgets/common/appearance.h"

namespace Lagoon {

namespace {

constexpr int Padding = 7;
constexpr int IconSize = 14;
constexpr int IconGap = 5;

QColor blend(const QColor &over, const QColor &under, qreal alpha)
{
    return QColor::fromRgbF(float(over.redF() * alpha + under.redF() * (1 - alpha)),
                            float(over.greenF() * alpha + under.greenF() * (1 - alpha)),
                            float(over.blueF() * alpha + under.blueF() * (1 - alpha)));
}

} // namespace

QColor Badge::colour(Tone tone, const QPalette &palette)
{
    const bool dark = Appearance::isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x5c, 0xd6, 0x8a) : QColor(0x1d, 0x7a, 0x3f);
    case Tone::Busy:
        return dark ? QColor(0x6c, 0xb8, 0xf0) : QColor(0x1c, 0x5f, 0xa8);
    case Tone::Warning:
        return dark ? QColor(0xf0, 0xc0, 0x4a) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x7a, 0x70) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Accent:
        return dark ? QColor(0xc9, 0x9b, 0xf5) : QColor(0x6a, 0x2c, 0xa8);
    case Tone::Neutral:
        break;
    }
    // Neutral states (created, exited cleanly, cancelled) should not draw the eye: text, a little faded.
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.7);
}

QColor Badge::fill(Tone tone, const QPalette &palette)
{
    // A tint lowers the contrast the user asked for; the border and the word carry the tone.
    if (Appearance::isHighContrast(palette))
        return palette.color(QPalette::Base);
    return blend(colour(tone, palette), palette.color(QPalette::Base), Appearance::isDark(palette) ? 0.18 : 0.12);
}

int Badge::width(const QFontMetrics &metrics) const
{
    // A few pixels of slack: eliding measures a little differently from horizontalAdvance().
    return metrics.horizontalAdvance(text) + 2 * Padding + (iconName.isEmpty() ? 0 : IconSize + IconGap) + 4;
}

void Badge::paint(QPainter *painter, const QRect &rect, const QPalette &palette) const
{
    if (isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor foreground = colour(tone, palette);
    QColor border = foreground;
    if (!Appearance::isHighContrast(palette))
        border.setAlphaF(0.45f);
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill(tone, palette));
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    QRect content = rect.adjusted(Padding, 0, -Padding, 0);
    const QIcon icon = iconName.isEmpty() ? QIcon() : QIcon::fromTheme(iconName);
    if (!icon.isNull()) {
        const QRect iconRect(content.left(), rect.top() + (rect.height() - IconSize) / 2, IconSize, IconSize);
        icon.paint(painter, iconRect);
        content.setLeft(iconRect.right() + 1 + IconGap);
    }
    painter->setPen(foreground);
    painter->drawText(content, Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight, content.width()));
    painter->restore();
}

} // namespace Lagoon
