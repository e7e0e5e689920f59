// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/rollout/logcolors.h"

#include <QPalette>

#include "widgets/editor/editorcolors.h"

namespace Lagoon {

namespace {

// Normal then bright: black, red, green, yellow, blue, magenta, cyan, white. On a light base the
// "white"s are greys and yellow is amber; on a dark base "black" is a grey.
constexpr std::array<QRgb, 16> LightAnsi = {0x2a2a2a, 0xb3261e, 0x1d7a3f, 0x8a5a00, 0x1c5fa8, 0x8e2c9e,
                                            0x0b7285, 0x6b6b6b, 0x5c5c5c, 0xd0342c, 0x2b8a3e, 0x9c6b00,
                                            0x2f6fd0, 0xa33bb5, 0x0e8a9e, 0x3c3c3c};
constexpr std::array<QRgb, 16> DarkAnsi = {0x8a8a8a, 0xff7a70, 0x5cd68a, 0xf0c04a, 0x6cb8f0, 0xd99af0,
                                           0x5fd7d7, 0xd0d0d0, 0xa0a0a0, 0xff9a90, 0x8af0a8, 0xffe07a,
                                           0x9ccfff, 0xf0b8ff, 0x8af0f0, 0xffffff};

QColor xterm256(quint32 index)
{
    if (index >= 232) {
        const int grey = 8 + int(index - 232) * 10;
        return QColor(grey, grey, grey);
    }
    const int cube = int(index) - 16;
    const auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
    return QColor(level(cube / 36), level((cube / 6) % 6), level(cube % 6));
}

} // namespace

LogColors LogColors::fromPalette(const QPalette &palette)
{
    const EditorColors editor = EditorColors::fromPalette(palette);
    LogColors c;
    c.dark = editor.dark;
    c.text = editor.text;
    c.base = editor.base;
    c.gutterBackground = editor.gutterBackground;
    c.gutterSeparator = editor.gutterSeparator;
    c.lineNumber = editor.lineNumber;
    // A tint rather than the solid highlight, so coloured log text stays readable when selected.
    c.selection = mixColors(c.base, palette.color(QPalette::Highlight), c.dark ? 0.45 : 0.30);
    c.cursorLine = editor.currentLine;
    c.match = editor.findMatch;
    c.currentMatch = editor.findCurrentMatch;
    c.sectionRule = mixColors(c.base, c.text, c.dark ? 0.22 : 0.16);
    const auto &table = c.dark ? DarkAnsi : LightAnsi;
    for (size_t i = 0; i < table.size(); ++i)
        c.ansi[i] = QColor::fromRgb(table[i]);
    return c;
}

QColor LogColors::resolve(const AnsiLine::Colour &colour) const
{
    switch (colour.kind) {
    case AnsiLine::Colour::Kind::Default:
        return {};
    case AnsiLine::Colour::Kind::Indexed:
        if (colour.value < 16)
            return ansi[colour.value];
        return xterm256(std::min<quint32>(colour.value, 255));
    case AnsiLine::Colour::Kind::Rgb:
        return QColor::fromRgb(colour.value & 0xffffff);
    }
    return {};
}

QColor LogColors::foreground(const AnsiLine::Colour &colour, bool bold) const
{
    if (colour.kind == AnsiLine::Colour::Kind::Indexed && colour.value < 8 && bold)
        return ansi[colour.value + 8];
    QColor c = resolve(colour);
    if (!c.isValid() || (colour.kind == AnsiLine::Colour::Kind::Indexed && colour.value < 16))
        return c;
    // A program's own colour (256-colour or RGB) may be meant for the other kind of background.
    float h = 0, s = 0, l = 0, a = 0;
    c.getHslF(&h, &s, &l, &a);
    if (dark && l < 0.55f)
        c.setHslF(h, s, 0.65f, a);
    else if (!dark && l > 0.45f)
        c.setHslF(h, s, 0.35f, a);
    return c;
}

QColor LogColors::background(const AnsiLine::Colour &colour) const
{
    const QColor c = resolve(colour);
    return c.isValid() ? mixColors(base, c, dark ? 0.40 : 0.28) : QColor();
}

} // namespace Lagoon
