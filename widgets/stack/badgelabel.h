// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "widgets/stack/stackbadge.h"

namespace Lagoon {

/** A StackBadge as a widget: a tinted pill with an icon and a word, in the palette's colours. */
class BadgeLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeLabel)

public:
    explicit BadgeLabel(QWidget *parent = nullptr);

    void setBadge(StackBadge::Tone tone, const QString &text, const QString &iconName = {});
    QString text() const { return m_text; }
    StackBadge::Tone tone() const { return m_tone; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    /** Paints a badge into `rect` (its height decides the pill's); shared with item delegates. */
    static void paint(QPainter *painter, const QRect &rect, const QPalette &palette, StackBadge::Tone tone,
                      const QString &text, const QIcon &icon);
    /** The width a badge with `text` (and an icon) needs in `metrics`. */
    static int widthFor(const QFontMetrics &metrics, const QString &text, bool withIcon);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    StackBadge::Tone m_tone = StackBadge::Tone::Neutral;
    QString m_text;
    QString m_iconName;
};

} // namespace Lagoon
