// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/editorcolors.h"

#include <QPalette>

#include "widgets/common/appearance.h"

namespace Lagoon {

QColor mixColors(const QColor &a, const QColor &b, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(static_cast<float>(a.redF() * keep + b.redF() * amount),
                            static_cast<float>(a.greenF() * keep + b.greenF() * amount),
                            static_cast<float>(a.blueF() * keep + b.blueF() * amount));
}

EditorColors EditorColors::fromPalette(const QPalette &palette)
{
    EditorColors c;
    c.text = palette.color(QPalette::Text);
    c.base = palette.color(QPalette::Base);
    c.dark = c.base.lightness() < c.text.lightness();

    const QColor highlight = palette.color(QPalette::Highlight);
    // The gutter sits one small step away from the text area, so it reads as chrome without a hard edge.
    c.gutterBackground = mixColors(c.base, palette.color(QPalette::Window), c.dark ? 0.35 : 0.55);
    c.gutterSeparator = mixColors(c.base, c.text, 0.08);
    c.lineNumber = mixColors(c.base, c.text, c.dark ? 0.40 : 0.42);
    c.currentLineNumber = mixColors(c.base, c.text, 0.85);
    c.currentLine = mixColors(c.base, highlight, c.dark ? 0.10 : 0.07);
    c.findMatch = mixColors(c.base, QColor(0xf0, 0xb4, 0x29), c.dark ? 0.30 : 0.38);
    c.findCurrentMatch = mixColors(c.base, QColor(0xf6, 0x74, 0x00), c.dark ? 0.55 : 0.50);

    if (c.dark) {
        c.error = QColor(0xff, 0x6b, 0x75); // 4.5:1 on the current line's tint too
        c.warning = QColor(0xf0, 0xb4, 0x29);
        c.info = QColor(0x5d, 0xad, 0xe2);
        c.key = QColor(0x7c, 0xb7, 0xf2);
        c.string = QColor(0x9b, 0xd1, 0x8a);
        c.number = QColor(0xf4, 0xa9, 0x6a);
        c.anchor = QColor(0xc5, 0x9b, 0xef);
        c.tag = QColor(0xe6, 0x8b, 0xb8);
    } else {
        c.error = QColor(0xc8, 0x1e, 0x2e);
        c.warning = QColor(0x9a, 0x5c, 0x00); // amber dark enough for 4.5:1 on white
        c.info = QColor(0x1f, 0x6f, 0xbf);
        c.key = QColor(0x1c, 0x5a, 0x9e);
        c.string = QColor(0x2b, 0x7a, 0x2f);
        c.number = QColor(0xb0, 0x4a, 0x00);
        c.anchor = QColor(0x7a, 0x3e, 0xb1);
        c.tag = QColor(0xa3, 0x2d, 0x6e);
    }
    c.comment = mixColors(c.base, c.text, c.dark ? 0.52 : 0.50);
    c.punctuation = mixColors(c.base, c.text, 0.60);
    c.documentMarker = c.anchor;
    if (Appearance::isHighContrast(palette)) {
        // Faded greys are what high contrast is meant to avoid: numbers and comments read as text.
        c.lineNumber = mixColors(c.base, c.text, 0.80);
        c.comment = mixColors(c.base, c.text, 0.80);
        c.punctuation = c.text;
        c.gutterSeparator = mixColors(c.base, c.text, 0.60);
    }
    return c;
}

QColor EditorColors::severity(Diagnostic::Severity severity) const
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return error;
    case Diagnostic::Severity::Warning:
        return warning;
    case Diagnostic::Severity::Info:
        break;
    }
    return info;
}

} // namespace Lagoon
