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

/** "system" (the platform's palette, light or dark), "light" or "dark". */
void applyColorScheme(QApplication *app, const QString &scheme);

bool isDark(const QPalette &palette);

} // namespace Appearance

} // namespace Lagoon
