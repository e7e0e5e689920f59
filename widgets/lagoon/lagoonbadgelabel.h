// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "widgets/lagoon/lagoonbadge.h"

namespace Lagoon {

/** A LagoonBadge as a widget, for headers. Its accessible name is the badge's word. */
class LagoonBadgeLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonBadgeLabel)

public:
    explicit LagoonBadgeLabel(QWidget *parent = nullptr);

    void setBadge(const LagoonBadge &badge);
    const LagoonBadge &badge() const { return m_badge; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    LagoonBadge m_badge;
};

} // namespace Lagoon
