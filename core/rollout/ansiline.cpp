// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/rollout/ansiline.h"

#include <algorithm>
#include <cstring>

namespace Lagoon {

namespace {

constexpr char Esc = '\x1b';

/**
 * Where the next escape or dropped control character is, from `pos`; `s.size()` when none.
 * Control characters a log view cannot show ('\r' of a progress redraw, BEL, backspace) are
 * dropped like escapes; tabs stay.
 */
qsizetype nextSpecial(QByteArrayView s, qsizetype pos)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const qsizetype n = s.size();
    // Eight bytes at a time: search calls this on every line of a log, and most have nothing.
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 Highs = 0x8080808080808080ULL;
    const auto special = [](unsigned char c) { return (c < 0x20 && c != '\t') || c == 0x7f; };
    while (pos < n) {
        if (pos + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + pos, sizeof word);
            const quint64 del = word ^ (Ones * 0x7f);
            const bool below20 = ((word - Ones * 0x20) & ~word & Highs) != 0;
            const bool hasDel = ((del - Ones) & ~del & Highs) != 0;
            if (below20 || hasDel) {
                // A tab also lands here; only a byte that really is special ends the scan.
                for (int k = 0; k < 8; ++k) {
                    if (special(p[pos + k]))
                        return pos + k;
                }
            }
            pos += 8;
            continue;
        }
        if (special(p[pos]))
            return pos;
        ++pos;
    }
    return n;
}

/** One escape sequence at `pos` (which holds ESC): where it ends and, for SGR, its parameters. */
struct Escape
{
    qsizetype end = 0;
    bool isSgr = false;
    QByteArrayView params;
};

Escape parseEscape(QByteArrayView s, qsizetype pos)
{
    const qsizetype n = s.size();
    qsizetype i = pos + 1;
    if (i >= n)
        return {n, false, {}};
    const char kind = s[i];
    if (kind == '[') {
        // CSI: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E.
        const qsizetype paramStart = ++i;
        while (i < n && s[i] >= 0x30 && s[i] <= 0x3F)
            ++i;
        const qsizetype paramEnd = i;
        while (i < n && s[i] >= 0x20 && s[i] <= 0x2F)
            ++i;
        if (i >= n)
            return {n, false, {}};
        const char final = s[i];
        const bool sgr = final == 'm' && paramEnd == i;
        return {i + 1, sgr, s.sliced(paramStart, paramEnd - paramStart)};
    }
    if (kind == ']' || kind == 'P' || kind == '_' || kind == '^' || kind == 'X') {
        // OSC and the other string sequences end at BEL or ST (ESC \); an unterminated one runs to
        // the end of the line, which a terminal would not show either.
        for (++i; i < n; ++i) {
            if (s[i] == '\a')
                return {i + 1, false, {}};
            if (s[i] == Esc && i + 1 < n && s[i + 1] == '\\')
                return {i + 2, false, {}};
        }
        return {n, false, {}};
    }
    // Two-byte escapes (ESC 7, ESC =) and charset selections (ESC ( B) carry no text.
    while (i < n && s[i] >= 0x20 && s[i] <= 0x2F)
        ++i;
    return {std::min(i + 1, n), false, {}};
}

struct Style
{
    AnsiLine::Colour foreground;
    AnsiLine::Colour background;
    bool bold = false;
    bool italic = false;
    bool underline = false;

    bool isDefault() const
    {
        return foreground.kind == AnsiLine::Colour::Kind::Default &&
               background.kind == AnsiLine::Colour::Kind::Default && !bold && !italic && !underline;
    }
    bool sameAs(const AnsiLine::Span &span) const
    {
        return span.foreground == foreground && span.background == background && span.bold == bold &&
               span.italic == italic && span.underline == underline;
    }
};

/** SGR parameters: groups split at ';', each split at ':' (the ITU form 38:2::r:g:b); empty means 0. */
QList<QList<int>> sgrParameters(QByteArrayView params)
{
    QList<QList<int>> groups{{}};
    int value = 0;
    for (const char c : params) {
        if (c == ';' || c == ':') {
            groups.last().append(value);
            if (c == ';')
                groups.append(QList<int>{});
            value = 0;
        } else if (c >= '0' && c <= '9') {
            value = std::min(value * 10 + (c - '0'), 1 << 24);
        }
    }
    groups.last().append(value);
    return groups;
}

AnsiLine::Colour rgb(int r, int g, int b)
{
    const auto channel = [](int v) { return static_cast<quint32>(std::clamp(v, 0, 255)); };
    return {AnsiLine::Colour::Kind::Rgb, channel(r) << 16 | channel(g) << 8 | channel(b)};
}

AnsiLine::Colour palette(int index)
{
    if (index < 0 || index > 255)
        return {};
    return {AnsiLine::Colour::Kind::Indexed, static_cast<quint32>(index)};
}

/**
 * The colour of 38/48 in group `i`: "38:5:n" / "38:2:[cs]:r:g:b" within the group, or "38;5;n" /
 * "38;2;r;g;b" in the groups after it, which `i` then moves past.
 */
AnsiLine::Colour extendedColour(const QList<QList<int>> &groups, qsizetype &i)
{
    const QList<int> &group = groups.at(i);
    if (group.size() > 1) {
        if (group.at(1) == 5 && group.size() >= 3)
            return palette(group.at(2));
        if (group.at(1) == 2 && group.size() >= 6)
            return rgb(group.at(3), group.at(4), group.at(5));
        if (group.at(1) == 2 && group.size() == 5)
            return rgb(group.at(2), group.at(3), group.at(4));
        return {};
    }
    const auto next = [&](qsizetype k) { return i + k < groups.size() ? groups.at(i + k).value(0, -1) : -1; };
    if (next(1) == 5 && i + 2 < groups.size()) {
        const AnsiLine::Colour colour = palette(next(2));
        i += 2;
        return colour;
    }
    if (next(1) == 2 && i + 4 < groups.size()) {
        const AnsiLine::Colour colour = rgb(next(2), next(3), next(4));
        i += 4;
        return colour;
    }
    // Malformed: a terminal cannot tell where the colour ends either, so the rest is ignored.
    i = groups.size();
    return {};
}

void applySgr(Style &style, QByteArrayView params)
{
    const QList<QList<int>> groups = sgrParameters(params);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const int code = groups.at(i).at(0);
        if (code == 0)
            style = {};
        else if (code == 1)
            style.bold = true;
        else if (code == 3)
            style.italic = true;
        else if (code == 4)
            style.underline = true;
        else if (code == 22)
            style.bold = false;
        else if (code == 23)
            style.italic = false;
        else if (code == 24)
            style.underline = false;
        else if (code >= 30 && code <= 37)
            style.foreground = palette(code - 30);
        else if (code == 38)
            style.foreground = extendedColour(groups, i);
        else if (code == 39)
            style.foreground = {};
        else if (code >= 40 && code <= 47)
            style.background = palette(code - 40);
        else if (code == 48)
            style.background = extendedColour(groups, i);
        else if (code == 49)
            style.background = {};
        else if (code >= 90 && code <= 97)
            style.foreground = palette(code - 90 + 8);
        else if (code >= 100 && code <= 107)
            style.background = palette(code - 100 + 8);
    }
}

} // namespace

bool AnsiLine::needsDecoding(QByteArrayView utf8)
{
    return nextSpecial(utf8, 0) < utf8.size();
}

void AnsiLine::stripEscapes(QByteArrayView utf8, QByteArray &out)
{
    out.clear();
    const qsizetype n = utf8.size();
    qsizetype pos = 0;
    while (pos < n) {
        const qsizetype escPos = nextSpecial(utf8, pos);
        out.append(utf8.sliced(pos, escPos - pos));
        if (escPos >= n)
            break;
        pos = utf8[escPos] == Esc ? parseEscape(utf8, escPos).end : escPos + 1;
    }
}

AnsiLine AnsiLine::decode(QByteArrayView utf8)
{
    AnsiLine line;
    Style style;
    const qsizetype n = utf8.size();
    line.text.reserve(n);
    qsizetype pos = 0;
    while (pos < n) {
        const qsizetype escPos = nextSpecial(utf8, pos);
        if (escPos > pos) {
            const qsizetype start = line.text.size();
            line.text += QString::fromUtf8(utf8.sliced(pos, escPos - pos));
            const qsizetype length = line.text.size() - start;
            if (!style.isDefault()) {
                if (!line.spans.isEmpty() && style.sameAs(line.spans.last()) &&
                    line.spans.last().start + line.spans.last().length == start) {
                    line.spans.last().length += length;
                } else {
                    line.spans.append(Span{start, length, style.foreground, style.background, style.bold, style.italic,
                                           style.underline});
                }
            }
        }
        if (escPos >= n)
            break;
        if (utf8[escPos] != Esc) {
            pos = escPos + 1;
            continue;
        }
        const Escape escape = parseEscape(utf8, escPos);
        if (escape.isSgr)
            applySgr(style, escape.params);
        pos = escape.end;
    }
    return line;
}

QString AnsiLine::plainText(QByteArrayView utf8)
{
    const qsizetype n = utf8.size();
    if (!needsDecoding(utf8))
        return QString::fromUtf8(utf8);
    // Each run is decoded on its own, as decode() does, so both agree on the text (and search
    // columns on the spans) even when an escape sits inside a broken UTF-8 sequence.
    QString text;
    text.reserve(n);
    qsizetype pos = 0;
    while (pos < n) {
        const qsizetype escPos = nextSpecial(utf8, pos);
        if (escPos > pos)
            text += QString::fromUtf8(utf8.sliced(pos, escPos - pos));
        if (escPos >= n)
            break;
        pos = utf8[escPos] == Esc ? parseEscape(utf8, escPos).end : escPos + 1;
    }
    return text;
}

} // namespace Lagoon
