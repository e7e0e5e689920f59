// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/focusring.h"

#include <QEvent>
#include <QPainter>

namespace Lagoon {

FocusRing::FocusRing(int width)
    : m_width(width)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void FocusRing::setTarget(QWidget *target)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = target;
    if (!target) {
        hide();
        setParent(nullptr);
        return;
    }
    // A child of the control itself, above its viewport and children, so it moves and clips with it.
    setParent(target);
    setGeometry(target->rect());
    target->installEventFilter(this);
    raise();
    show();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        if (event->type() == QEvent::Resize)
            setGeometry(m_target->rect());
        else if (event->type() == QEvent::ChildAdded)
            raise();
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor colour = palette().color(QPalette::Highlight);
    const QRect r = rect();
    painter.fillRect(QRect(r.left(), r.top(), r.width(), m_width), colour);
    painter.fillRect(QRect(r.left(), r.bottom() - m_width + 1, r.width(), m_width), colour);
    painter.fillRect(QRect(r.left(), r.top(), m_width, r.height()), colour);
    painter.fillRect(QRect(r.right() - m_width + 1, r.top(), m_width, r.height()), colour);
}

} // namespace Lagoon
