// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QProxyStyle>

#include "widgets/common/focusring.h"

namespace Lagoon {

/**
 * A style over another (Fusion for the app's own high-contrast scheme, the platform's when the
 * system's palette is a high-contrast one) that outlines fields, buttons and frames in the text
 * colour and draws a thick focus frame in the highlight colour: on black, Fusion's shaded bevels
 * vanish and the focus is hard to find. Controls that draw no focus of their own (lists, the text
 * editor, tool buttons, tab bars) get a FocusRing over their edge.
 */
class HighContrastStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighContrastStyle)

public:
    explicit HighContrastStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    void polish(QApplication *app) override;
    void unpolish(QApplication *app) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

    /** The ring drawn over the focused control, when it draws no focus itself. */
    FocusRing *focusRing() const { return m_focusRing; }

private:
    void followFocus(QWidget *now);

    QPointer<FocusRing> m_focusRing;
    QMetaObject::Connection m_focusConnection;
};

} // namespace Lagoon
