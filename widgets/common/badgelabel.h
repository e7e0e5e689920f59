// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "widgets/common/badge.h"

namespace Lagoon {

/**
 * A Badge as a widget, for headers and summaries: a tinted pill with an icon and a word, in the
 * palette's colours. Its accessible name is the badge's word, its tool tip the badge's.
 */
class BadgeLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeLabel)

public:
    explicit BadgeLabel(QWidget *parent = nullptr);

    void setBadge(const Badge &badge);
    const Badge &badge() const { return m_badge; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Badge m_badge;
};

} // namespace Lagoon
