// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>

#include <QColor>

#include "core/rollout/ansiline.h"

class QPalette;

namespace Lagoon {

/**
 * The colours a log view paints with. Build tools pick ANSI colours for a dark terminal; yellow
 * or white text would vanish on a light base and black on a dark one, so the sixteen basic
 * colours get hues tuned for the palette's lightness, and other colours are nudged until they
 * read on its base.
 */
struct LogColors
{
    bool dark = false;
    QColor text;
    QColor base;
    QColor gutterBackground;
    QColor gutterSeparator;
    QColor lineNumber;
    QColor selection;
    QColor cursorLine;
    QColor match;
    QColor currentMatch;
    QColor sectionRule;
    std::array<QColor, 16> ansi;

    static LogColors fromPalette(const QPalette &palette);

    /** The text colour for `colour`; invalid for the default. Bold basic colours use their bright variant, as terminals
     * do. */
    QColor foreground(const AnsiLine::Colour &colour, bool bold) const;
    /** The fill behind text with `colour`, a tint the text stays readable on; invalid for the default. */
    QColor background(const AnsiLine::Colour &colour) const;

private:
    QColor resolve(const AnsiLine::Colour &colour) const;
};

} // namespace Lagoon
