// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/highcontraststyle.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPainter>
#include <QStyleOption>
#include <QToolButton>

namespace Lagoon {

namespace {

constexpr int FocusWidth = 2;

void outline(QPainter *painter, const QRect &rect, const QColor &colour, int width)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    QPen pen(colour, width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    // The pen straddles the path: inset by half the width so the frame stays inside the rect.
    painter->drawRect(rect.adjusted(width / 2, width / 2, -(width + 1) / 2, -(width + 1) / 2));
    painter->restore();
}

} // namespace

HighContrastStyle::HighContrastStyle(QStyle *base)
    : QProxyStyle(base)
{
}

void HighContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                      const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        outline(painter, option->rect, option->palette.color(QPalette::Highlight), FocusWidth);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool focused = option->state & State_HasFocus;
    switch (element) {
    case PE_FrameLineEdit:
    case PE_PanelButtonCommand:
    case PE_IndicatorCheckBox:
    case PE_IndicatorRadioButton:
    case PE_FrameTabWidget:
    case PE_FrameGroupBox:
    case PE_FrameMenu:
    case PE_FrameDockWidget:
        if (focused && element != PE_FrameTabWidget)
            outline(painter, option->rect, option->palette.color(QPalette::Highlight), FocusWidth);
        else
            outline(painter, option->rect, option->palette.color(QPalette::WindowText), 1);
        break;
    case PE_Frame:
        if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option); frame && frame->lineWidth > 0)
            outline(painter, option->rect,
                    option->palette.color(focused ? QPalette::Highlight : QPalette::WindowText), focused ? FocusWidth : 1);
        break;
    default:
        break;
    }
}

void HighContrastStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // The current tab is told by an underline, not only by a shade that black does not have.
    if (element == CE_TabBarTabShape && (option->state & State_Selected)) {
        QRect bar = option->rect;
        bar.setTop(bar.bottom() - 2);
        painter->fillRect(bar, option->palette.color(QPalette::Highlight));
    }
}

int HighContrastStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
        return std::max(FocusWidth, QProxyStyle::pixelMetric(metric, option, widget));
    return QProxyStyle::pixelMetric(metric, option, widget);
}

void HighContrastStyle::polish(QApplication *app)
{
    QProxyStyle::polish(app);
    m_focusConnection = connect(app, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { followFocus(now); });
    followFocus(QApplication::focusWidget());
}

void HighContrastStyle::unpolish(QApplication *app)
{
    disconnect(m_focusConnection);
    // Later: QApplication::setStyle() is still walking over every widget, this frame among them.
    if (m_focusRing) {
        m_focusRing->setTarget(nullptr);
        m_focusRing->deleteLater();
    }
    QProxyStyle::unpolish(app);
}

void HighContrastStyle::followFocus(QWidget *now)
{
    // Fields, push buttons and boxes draw their own (yellow) focus; a second frame would only crowd them.
    const bool drawsOwn = qobject_cast<QLineEdit *>(now) || qobject_cast<QAbstractSpinBox *>(now) ||
                          qobject_cast<QComboBox *>(now) ||
                          (qobject_cast<QAbstractButton *>(now) && !qobject_cast<QToolButton *>(now));
    if (!m_focusRing)
        m_focusRing = new FocusRing(FocusWidth);
    m_focusRing->setTarget(!now || drawsOwn || now->isWindow() ? nullptr : now);
}

} // namespace Lagoon
