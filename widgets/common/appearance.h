// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPalette>
#include <QString>

class QApplication;

namespace Lagoon {

/** Icon theme and colour scheme set-up for the whole application. */
namespace Appearance {

/**
 * Makes themed icons resolve everywhere: without a desktop session Qt's theme is "hicolor",
 * which has almost no icons, so Breeze is the fallback (and the theme under offscreen/Xvfb).
 */
void setupIcons();

/** Remembers the platform's palette so "system" can return to it later. */
void captureSystemPalette(QApplication *app);

/**
 * "system" (the platform's palette, light, dark or high contrast), "light", "dark" or
 * "high-contrast" (white on black, yellow highlight, cyan links, outlined controls).
 */
void applyColorScheme(QApplication *app, const QString &scheme);

/** The palette of the "high-contrast" scheme. */
QPalette highContrastPalette();

bool isDark(const QPalette &palette);
/**
 * Whether the palette is a high-contrast one (the app's own or a desktop's): text and background
 * black and white, or nearly. Custom-painted views then drop tints and faded colours.
 */
bool isHighContrast(const QPalette &palette);

/** WCAG 2 contrast ratio of two colours, from 1 (same luminance) to 21 (black on white). */
qreal contrastRatio(const QColor &a, const QColor &b);

} // namespace Appearance

} // namespace Lagoon
