// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/appearance.h"

#include <cmath>

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QStyle>
#include <QStyleFactory>

#include "widgets/common/highcontraststyle.h"

namespace Lagoon::Appearance {

namespace {

QPalette &systemPalette()
{
    static QPalette palette;
    return palette;
}

QString &systemStyle()
{
    static QString name;
    return name;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1b, 0x1e, 0x20);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor highlight(0x3d, 0xae, 0xe9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    p.setColor(QPalette::Mid, QColor(0x40, 0x45, 0x4b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1c));
    p.setColor(QPalette::Light, QColor(0x4d, 0x53, 0x59));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x73, 0x78));
    return p;
}

qreal luminance(const QColor &colour)
{
    const auto channel = [](float c) {
        return c <= 0.03928f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QStyle *fusion()
{
    return QStyleFactory::create(QStringLiteral("Fusion"));
}

} // namespace

QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    const QColor cyan(0x00, 0xff, 0xff);
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                                           QPalette::ToolTipBase, QPalette::Shadow})
        p.setColor(role, black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                           QPalette::ToolTipText, QPalette::BrightText, QPalette::Light,
                                           QPalette::Dark})
        p.setColor(role, white);
    // Fusion draws bevels from these: mid greys keep edges visible against black.
    p.setColor(QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Mid, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, cyan);
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x99, 0xff));
    // Disabled text is dimmed but still well readable (7:1 on black), as high-contrast themes do.
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x80, 0x80, 0x80));
    return p;
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isHighContrast(const QPalette &palette)
{
    // Desktops' high-contrast themes (GNOME's, KDE's, Windows') are black on white or white on
    // black; ordinary themes shade their windows (Fusion's #efefef is 18:1), so 20:1 tells them apart.
    return contrastRatio(palette.color(QPalette::Window), palette.color(QPalette::WindowText)) >= 20.0 &&
           contrastRatio(palette.color(QPalette::Base), palette.color(QPalette::Text)) >= 20.0;
}

void setupIcons()
{
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
    QStringList paths = QIcon::themeSearchPaths();
    for (const QString &candidate : {QStringLiteral("/usr/share/icons"), QStringLiteral("/usr/local/share/icons")}) {
        if (!paths.contains(candidate) && QDir(candidate).exists())
            paths.append(candidate);
    }
    QIcon::setThemeSearchPaths(paths);
    // "hicolor" means no desktop told Qt which theme it uses (bare X, offscreen, some WMs).
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("breeze"));
}

void captureSystemPalette(QApplication *app)
{
    systemPalette() = app->palette();
    systemStyle() = app->style()->name();
}

void applyColorScheme(QApplication *app, const QString &scheme)
{
    if (scheme == QLatin1String("high-contrast")) {
        QApplication::setStyle(new HighContrastStyle(fusion()));
        app->setPalette(highContrastPalette());
        QIcon::setThemeName(QStringLiteral("breeze-dark"));
        return;
    }
    if (scheme == QLatin1String("dark") || scheme == QLatin1String("light")) {
        // Fusion draws every control from the palette, so a forced scheme looks consistent.
        QApplication::setStyle(fusion());
        app->setPalette(scheme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
        QIcon::setThemeName(scheme == QLatin1String("dark") ? QStringLiteral("breeze-dark") : QStringLiteral("breeze"));
        return;
    }
    if (!systemStyle().isEmpty()) {
        QStyle *style = QStyleFactory::create(systemStyle());
        // A desktop in high contrast gets the strong outlines and focus frame here too.
        QApplication::setStyle(isHighContrast(systemPalette()) && style ? new HighContrastStyle(style) : style);
    }
    app->setPalette(systemPalette());
    if (QIcon::themeName().startsWith(QLatin1String("breeze")))
        QIcon::setThemeName(isDark(systemPalette()) ? QStringLiteral("breeze-dark") : QStringLiteral("breeze"));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace Lagoon::Appearance
