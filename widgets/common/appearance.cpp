// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/appearance.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QStyle>
#include <QStyleFactory>

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

} // namespace

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
    if (scheme == QLatin1String("dark") || scheme == QLatin1String("light")) {
        // Fusion draws every control from the palette, so a forced scheme looks consistent.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        app->setPalette(scheme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
        QIcon::setThemeName(scheme == QLatin1String("dark") ? QStringLiteral("breeze-dark") : QStringLiteral("breeze"));
        return;
    }
    if (!systemStyle().isEmpty())
        QApplication::setStyle(QStyleFactory::create(systemStyle()));
    app->setPalette(systemPalette());
    if (QIcon::themeName().startsWith(QLatin1String("breeze")))
        QIcon::setThemeName(isDark(systemPalette()) ? QStringLiteral("breeze-dark") : QStringLiteral("breeze"));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace Lagoon::Appearance
