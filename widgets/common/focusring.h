// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

namespace Lagoon {

/**
 * A ring in the highlight colour drawn over the edge of the focused control, for controls that
 * show no focus of their own (lists, views, the text editor). Unlike QFocusFrame, which draws
 * outside the control, it stays visible when the control fills its dock or window.
 */
class FocusRing final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRing)

public:
    explicit FocusRing(int width);

    /** Moves the ring onto `target`, or hides it for nullptr. */
    void setTarget(QWidget *target);
    QWidget *target() const { return m_target; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int m_width;
    QPointer<QWidget> m_target;
};

} // namespace Lagoon
