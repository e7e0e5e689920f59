// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <qnamespace.h>
#include <QString>

class QColor;
class QFontMetrics;
class QPainter;
class QPalette;
class QRect;

namespace Lagoon {

/**
 * How a Lagoon status is shown: a word, an icon and a tone, so no state is told apart by colour
 * alone (the look of the local stack's badges). Colours come from the tone and the palette.
 */
struct LagoonBadge
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonBadge)

public:
    enum class Tone
    {
        Neutral,
        Good,
        Busy,
        Warning,
        Bad,
        Accent,
    };

    /** The item data role under which models hand a LagoonBadge to LagoonItemDelegate. */
    static constexpr int ItemRole = Qt::UserRole + 64;
    /** The role under which models hand a QUrl that LagoonItemDelegate draws as a link. */
    static constexpr int LinkRole = Qt::UserRole + 65;

    Tone tone = Tone::Neutral;
    QString text;
    QString iconName;
    QString toolTip;

    bool isEmpty() const { return text.isEmpty(); }

    /**
     * A deployment's status; "complete" with the buildStep deployCompletedWithWarnings (how
     * Lagoon marks warnings) is "Complete with warnings".
     */
    static LagoonBadge forDeployment(const QString &status, const QString &buildStep = {});
    static LagoonBadge forTask(const QString &status);
    /** production or development. */
    static LagoonBadge forEnvironmentType(const QString &type);

    static QColor colour(Tone tone, const QPalette &palette);
    static QColor fill(Tone tone, const QPalette &palette);

    /** Paints the badge as a pill into `rect` (its height sets the pill's). */
    void paint(QPainter *painter, const QRect &rect, const QPalette &palette) const;
    /** The width the pill needs in `metrics`. */
    int width(const QFontMetrics &metrics) const;
};

} // namespace Lagoon

Q_DECLARE_METATYPE(Lagoon::LagoonBadge)
