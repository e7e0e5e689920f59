// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProxyStyle>

namespace Lagoon {

/**
 * A style over another (Fusion for the app's own high-contrast scheme, the platform's when the
 * system's palette is a high-contrast one) that outlines fields, buttons and frames in the text
 * colour and draws a thick focus frame in the highlight colour: on black, Fusion's shaded bevels
 * vanish and the focus is hard to find.
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
};

} // namespace Lagoon
