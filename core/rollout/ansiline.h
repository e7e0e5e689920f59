// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Lagoon {

/**
 * One log line's text and its colours, decoded from ANSI SGR escapes (`ESC[…m`), which build
 * tools print (docker build, composer, npm). Other escape sequences (cursor movement, OSC titles)
 * are dropped, and so are control characters other than tabs (the '\r' of a progress redraw): a
 * log view cannot act on them, and search should not have to match them. Core has no GUI, so
 * colours stay abstract: a palette index the view maps onto its light or dark theme, or a 24-bit
 * RGB value the program asked for.
 */
struct AnsiLine
{
    struct Colour
    {
        enum class Kind : quint8 { Default, Indexed, Rgb };
        Kind kind = Kind::Default;
        /** Indexed: 0–255 (0–7 normal, 8–15 bright, the rest xterm's cube and greys); Rgb: 0xRRGGBB. */
        quint32 value = 0;
        friend bool operator==(const Colour &, const Colour &) = default;
    };

    /** A run of text with one style: [start, start + length) in `text`. */
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        Colour foreground;
        Colour background;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        friend bool operator==(const Span &, const Span &) = default;
    };

    QString text;
    /** Only styled runs; text outside every span has the default style. */
    QList<Span> spans;

    /** Decodes one line (UTF-8; invalid bytes become U+FFFD). */
    static AnsiLine decode(QByteArrayView utf8);
    /** The text without escapes, without building spans (what search and copy need). */
    static QString plainText(QByteArrayView utf8);
    /**
     * Whether the line holds escapes or control characters (other than tabs), which the text
     * drops; when not, its text is just its UTF-8 decoded, and byte offsets map straight onto it.
     */
    static bool needsDecoding(QByteArrayView utf8);
    /**
     * The line's bytes without escapes and dropped control characters, into `out` (reused, so a
     * search over many lines allocates once): plainText() still in UTF-8, the same text when the
     * line is valid UTF-8.
     */
    static void stripEscapes(QByteArrayView utf8, QByteArray &out);
};

} // namespace Lagoon
