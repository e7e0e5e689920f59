// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QColor>
#include <QString>

#include "core/stack/stackservice.h"

class QPalette;

namespace Lagoon {

/**
 * How a state or health is shown: a word, an icon and a tone, so nobody has to tell states apart
 * by colour alone. The colours come from the tone and the palette (darker on light themes,
 * lighter on dark ones), never from fixed RGB values in the views.
 */
struct StackBadge
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::StackBadge)

public:
    enum class Tone { Neutral, Good, Busy, Warning, Bad };

    Tone tone = Tone::Neutral;
    QString text;
    QString iconName;
    QString toolTip;

    bool isEmpty() const { return text.isEmpty(); }

    /** The service's container state: "Running", "Exited (3)", "Not created", … */
    static StackBadge forState(const StackService &service);
    /** The health check: "Healthy", "Starting", "Unhealthy"; empty without a health check. */
    static StackBadge forHealth(const StackService &service);

    /** The tone's foreground colour, readable on `palette`'s base colour. */
    static QColor colour(Tone tone, const QPalette &palette);
    /** A faint fill of the tone over `palette`'s base, for the badge's background. */
    static QColor fill(Tone tone, const QPalette &palette);
};

} // namespace Lagoon
