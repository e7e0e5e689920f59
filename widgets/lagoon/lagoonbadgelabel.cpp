// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonbadgelabel.h"

#include <QPainter>

namespace Lagoon {

LagoonBadgeLabel::LagoonBadgeLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void LagoonBadgeLabel::setBadge(const LagoonBadge &badge)
{
    m_badge = badge;
    setAccessibleName(badge.text);
    setToolTip(badge.toolTip);
    setVisible(!badge.isEmpty());
    updateGeometry();
    update();
}

QSize LagoonBadgeLabel::sizeHint() const
{
    return {m_badge.width(fontMetrics()) + 2, fontMetrics().height() + 6};
}

void LagoonBadgeLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QSize hint = sizeHint();
    m_badge.paint(&painter, QRect(0, (height() - hint.height()) / 2, std::min(width(), hint.width() - 2), hint.height()),
                  palette());
}

} // namespace Lagoon
