// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>

#include "core/diagnostics/diagnostic.h"

class QPalette;

namespace Lagoon {

/**
 * The colours the text editor paints with, derived from a palette so that light and dark schemes
 * both stay readable: the chrome (gutter, current line, find matches) is mixed from the palette's
 * own roles, and the signal colours (severities, syntax) use hues tuned for light or dark bases.
 */
struct EditorColors
{
    bool dark = false;

    QColor text;
    QColor base;
    QColor gutterBackground;
    QColor gutterSeparator;
    QColor lineNumber;
    QColor currentLineNumber;
    QColor currentLine;
    QColor findMatch;
    QColor findCurrentMatch;

    QColor error;
    QColor warning;
    QColor info;

    QColor key;
    QColor string;
    QColor number;
    QColor comment;
    QColor anchor;
    QColor tag;
    QColor punctuation;
    QColor documentMarker;

    static EditorColors fromPalette(const QPalette &palette);

    QColor severity(Diagnostic::Severity severity) const;
};

/** `a` blended towards `b` by `amount` (0 = a, 1 = b); used to derive quiet tints from a palette. */
QColor mixColors(const QColor &a, const QColor &b, qreal amount);

} // namespace Lagoon
