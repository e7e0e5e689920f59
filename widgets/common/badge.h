// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>
#include <qnamespace.h>

class QColor;
class QFontMetrics;
class QPainter;
class QPalette;
class QRect;

namespace Lagoon {

/**
 * How a state is shown: a word, an icon and a tone, so nobody has to tell states apart by colour
 * alone. The colours come from the tone and the palette (darker on light themes, lighter on dark
 * ones), never from fixed RGB values in the views. StackBadge and LagoonBadge make badges from
 * the local stack's and Lagoon's states; BadgeLabel shows one as a widget.
 */
struct Badge
{
    enum class Tone
    {
        Neutral,
        Good,
        Busy,
        Warning,
        Bad,
        Accent,
    };

    /** The item data role under which models hand a Badge to their delegate. */
    static constexpr int ItemRole = Qt::UserRole + 64;

    Tone tone = Tone::Neutral;
    QString text;
    QString iconName;
    QString toolTip;

    bool isEmpty() const { return text.isEmpty(); }

    /** The tone's foreground colour, readable on `palette`'s base colour. */
    static QColor colour(Tone tone, const QPalette &palette);
    /** A faint fill of the tone over `palette`'s base, for the badge's background. */
    static QColor fill(Tone tone, const QPalette &palette);

    /** Paints the badge as a pill into `rect` (its height sets the pill's). */
    void paint(QPainter *painter, const QRect &rect, const QPalette &palette) const;
    /** The width the pill needs in `metrics`. */
    int width(const QFontMetrics &metrics) const;
};

} // namespace Lagoon

Q_DECLARE_METATYPE(Lagoon::Badge)
