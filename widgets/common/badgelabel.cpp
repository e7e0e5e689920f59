// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/badgelabel.h"

#include <QPainter>

namespace Lagoon {

BadgeLabel::BadgeLabel(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setBadge({});
}

void BadgeLabel::setBadge(const Badge &badge)
{
    m_badge = badge;
    // Painted, so nothing else names it: the word is the name, the tool tip says what it means.
    setAccessibleName(badge.text.isEmpty() ? tr("Status") : badge.text);
    setAccessibleDescription(badge.toolTip.isEmpty() ? tr("Status badge") : badge.toolTip);
    setToolTip(badge.toolTip);
    updateGeometry();
    update();
}

QSize BadgeLabel::sizeHint() const
{
    return {m_badge.width(fontMetrics()) + 2, fontMetrics().height() + 6};
}

void BadgeLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QSize hint = sizeHint();
    const QRect pill(0, (height() - hint.height()) / 2, std::min(width(), hint.width() - 2), hint.height());
    m_badge.paint(&painter, pill, palette());
}

} // namespace Lagoon
