// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/assist/yamlcursorcontext.h"

#include <algorithm>
#include <cstring>

namespace Lagoon {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Position after a quoted scalar starting at `p` (its closing quote), or `end` when unclosed.
qsizetype skipQuoted(const char *d, qsizetype p, qsizetype end)
{
    const char quote = d[p];
    for (qsizetype q = p + 1; q < end; ++q) {
        if (quote == '"' && d[q] == '\\') {
            ++q;
        } else if (d[q] == quote) {
            if (quote == '\'' && q + 1 < end && d[q + 1] == '\'') {
                ++q; // '' is an escaped quote
                continue;
            }
            return q + 1;
        }
    }
    return end;
}

// End of a scalar starting at `p`: a quoted one ends at its quote, a plain one before " #".
qsizetype scalarEnd(const char *d, qsizetype p, qsizetype end)
{
    if (p < end && (d[p] == '"' || d[p] == '\''))
        return skipQuoted(d, p, end);
    qsizetype q = p;
    while (q < end && !(d[q] == '#' && q > p && isBlank(d[q - 1])))
        ++q;
    while (q > p && isBlank(d[q - 1]))
        --q;
    return q;
}

// [start, end) of the line holding `offset`, without its line break.
std::pair<qsizetype, qsizetype> lineAround(const QByteArray &text, qsizetype offset)
{
    const char *d = text.constData();
    qsizetype start = offset;
    while (start > 0 && d[start - 1] != '\n')
        --start;
    qsizetype end = offset;
    while (end < text.size() && d[end] != '\n')
        ++end;
    if (end > start && d[end - 1] == '\r')
        --end;
    return {start, end};
}

struct LineBounds
{
    qsizetype start = 0;
    qsizetype end = 0;
    int indent = -1; ///< column of the first character; -1 for blank and comment lines
};

// Most lines on the way up are deeper than the key being looked for; their indentation alone
// rules them out, which keeps a scan over thousands of lines cheap.
int indentOf(const char *d, qsizetype start, qsizetype end)
{
    qsizetype p = start;
    while (p < end && d[p] == ' ')
        ++p;
    return p == end || d[p] == '#' ? -1 : static_cast<int>(p - start);
}

// Walks lines upwards. Newlines are found with memchr over 1 KiB blocks, read from the cursor
// towards the top only as far as the walk goes: a byte-by-byte backward search costs more than
// everything else on a long file.
class LinesAbove
{
public:
    LinesAbove(const QByteArray &text, qsizetype lineStart)
        : m_d(text.constData()), m_start(lineStart), m_scannedFrom(lineStart)
    {
    }

    bool atTop() const { return m_start == 0; }

    LineBounds previous()
    {
        qsizetype end = m_start - 1; // the '\n' that ends the previous line
        const qsizetype begin = newlineBefore(end) + 1;
        m_start = begin;
        if (end > begin && m_d[end - 1] == '\r')
            --end;
        return {begin, end, indentOf(m_d, begin, end)};
    }

private:
    qsizetype newlineBefore(qsizetype pos)
    {
        for (;;) {
            while (m_count > 0 && m_newlines[m_count - 1] >= pos)
                --m_count;
            if (m_count > 0)
                return m_newlines[m_count - 1];
            if (m_scannedFrom == 0)
                return -1;
            const qsizetype blockEnd = std::min(m_scannedFrom, pos);
            const qsizetype blockStart = std::max<qsizetype>(0, blockEnd - BlockSize);
            for (const char *p = m_d + blockStart;
                 (p = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(m_d + blockEnd - p)))); ++p)
                m_newlines[m_count++] = p - m_d;
            m_scannedFrom = blockStart;
        }
    }

    static constexpr qsizetype BlockSize = 1024;
    const char *m_d;
    qsizetype m_start;
    qsizetype m_scannedFrom;
    qsizetype m_count = 0;
    qsizetype m_newlines[BlockSize]; // a block holds at most BlockSize newlines
};

// The line after the one ending at `afterEnd` (before its line break).
LineBounds nextLine(const QByteArray &text, qsizetype afterEnd)
{
    const char *d = text.constData();
    const qsizetype size = text.size();
    const auto *nl = static_cast<const char *>(std::memchr(d + afterEnd, '\n', static_cast<size_t>(size - afterEnd)));
    const qsizetype begin = nl ? nl - d + 1 : size;
    const auto *next = static_cast<const char *>(std::memchr(d + begin, '\n', static_cast<size_t>(size - begin)));
    qsizetype end = next ? next - d : size;
    if (end > begin && d[end - 1] == '\r')
        --end;
    return {begin, end, indentOf(d, begin, end)};
}

QString unquoted(const QByteArray &text, qsizetype start, qsizetype end)
{
    const char *d = text.constData();
    if (end > start && (d[start] == '"' || d[start] == '\'')) {
        const char quote = d[start];
        ++start;
        if (end > start && d[end - 1] == quote)
            --end;
    }
    return QString::fromUtf8(d + start, end - start);
}

} // namespace

QString YamlLine::key(const QByteArray &text) const
{
    return hasKey ? QString::fromUtf8(text.constData() + keyTextStart, keyTextEnd - keyTextStart) : QString();
}

bool YamlLine::opensBlockScalar(const QByteArray &text) const
{
    if (!hasKey || valueStart >= valueEnd)
        return false;
    const char c = text.at(valueStart);
    return c == '|' || c == '>';
}

YamlLine YamlLine::parse(const QByteArray &text, qsizetype start, qsizetype end)
{
    const char *d = text.constData();
    YamlLine l;
    l.start = start;
    l.end = end;
    const auto column = [start](qsizetype p) { return static_cast<int>(p - start); };

    qsizetype p = start;
    while (p < end && d[p] == ' ')
        ++p;
    l.contentColumn = column(p);
    l.contentStart = l.contentEnd = p;
    if (p == end || d[p] == '#')
        return l;
    if (p == start && end - p >= 3 && (qstrncmp(d + p, "---", 3) == 0 || qstrncmp(d + p, "...", 3) == 0) &&
        (end - p == 3 || isBlank(d[p + 3]))) {
        l.documentMarker = true;
        return l;
    }
    l.blank = false;

    while (p < end && d[p] == '-' && (p + 1 == end || isBlank(d[p + 1]))) {
        l.markers.append(column(p));
        qsizetype q = p + 1;
        while (q < end && isBlank(d[q]))
            ++q;
        if (q == end || d[q] == '#') {
            // "- " with nothing after it yet: the item's content will start two columns in.
            l.contentColumn = column(p) + 2;
            l.contentStart = l.contentEnd = std::min(p + 2, end);
            return l;
        }
        p = q;
    }
    l.contentColumn = column(p);
    l.contentStart = p;

    const char c = d[p];
    if (c == '"' || c == '\'') {
        const qsizetype q = skipQuoted(d, p, end);
        qsizetype r = q;
        while (r < end && isBlank(d[r]))
            ++r;
        if (r < end && d[r] == ':' && (r + 1 == end || isBlank(d[r + 1]))) {
            l.hasKey = true;
            l.keyStart = p;
            l.keyEnd = q;
            l.keyTextStart = p + 1;
            l.keyTextEnd = q > p + 1 && d[q - 1] == c ? q - 1 : q;
            l.colon = r;
        }
    } else if (c != '{' && c != '[' && c != '|' && c != '>') {
        for (qsizetype q = p; q < end; ++q) {
            if (d[q] == '#' && q > p && isBlank(d[q - 1]))
                break;
            if (d[q] == ':' && (q + 1 == end || isBlank(d[q + 1]))) {
                qsizetype keyEnd = q;
                while (keyEnd > p && isBlank(d[keyEnd - 1]))
                    --keyEnd;
                l.hasKey = true;
                l.keyStart = l.keyTextStart = p;
                l.keyEnd = l.keyTextEnd = keyEnd;
                l.colon = q;
                break;
            }
        }
    }

    if (l.hasKey) {
        qsizetype v = l.colon + 1;
        while (v < end && isBlank(d[v]))
            ++v;
        l.valueStart = l.valueEnd = v;
        if (v < end && d[v] != '#')
            l.valueEnd = scalarEnd(d, v, end);
        l.contentEnd = l.valueEnd > l.valueStart ? l.valueEnd : l.colon + 1;
    } else {
        l.contentEnd = scalarEnd(d, p, end);
    }
    return l;
}

YamlCursorContext YamlCursorContext::at(const QByteArray &text, qsizetype offset, Siblings siblings)
{
    YamlCursorContext ctx;
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const char *d = text.constData();
    const auto [lineStart, lineEnd] = lineAround(text, offset);
    const YamlLine line = YamlLine::parse(text, lineStart, lineEnd);
    ctx.line = line;
    const int cursorColumn = static_cast<int>(offset - lineStart);

    // 1. What the cursor is on within its own line.
    int mapColumn = line.contentColumn;
    const bool blankLine = line.blank && !line.documentMarker;
    if (blankLine) {
        // An empty or space-only line (or the spaces before a comment): a new key at the cursor.
        for (qsizetype p = lineStart; p < offset; ++p) {
            if (d[p] != ' ')
                return ctx;
        }
        ctx.position = Position::Key;
        ctx.replaceStart = ctx.replaceEnd = offset;
        mapColumn = cursorColumn;
    } else if (line.documentMarker || cursorColumn < line.contentColumn) {
        return ctx;
    } else if (line.hasKey && offset <= line.keyEnd) {
        ctx.position = Position::Key;
        ctx.replaceStart = line.keyTextStart;
        ctx.replaceEnd = line.keyTextEnd;
        ctx.quoted = line.keyTextStart != line.keyStart;
        ctx.colonFollows = true;
    } else if (line.hasKey) {
        if (offset < line.colon + 2)
            return ctx; // right after the colon: a value needs a space first
        const bool hasValue = line.valueEnd > line.valueStart;
        if (hasValue && (offset < line.valueStart || offset > line.valueEnd))
            return ctx; // before the value, or after it (trailing spaces, a comment)
        if (!hasValue && line.valueStart < line.end && offset > line.valueStart)
            return ctx; // in the comment of an empty value
        ctx.position = Position::Value;
        ctx.replaceStart = hasValue ? line.valueStart : offset;
        ctx.replaceEnd = hasValue ? line.valueEnd : offset;
        if (hasValue && (d[line.valueStart] == '"' || d[line.valueStart] == '\'')) {
            ctx.quoted = true;
            ctx.replaceStart = line.valueStart + 1;
            const qsizetype closing = line.valueEnd - 1;
            if (closing > line.valueStart && d[closing] == d[line.valueStart])
                ctx.replaceEnd = closing;
            if (offset < ctx.replaceStart || offset > ctx.replaceEnd)
                return ctx;
        }
        ctx.key = line.key(text);
    } else {
        if (offset > line.contentEnd)
            return ctx;
        // A key being typed (no colon yet) or a plain list item: the word around the cursor.
        qsizetype from = line.contentStart;
        if (from < line.contentEnd && (d[from] == '"' || d[from] == '\'')) {
            ctx.quoted = true;
            ++from;
        }
        qsizetype start = std::max(from, offset);
        while (start > from && !isBlank(d[start - 1]))
            --start;
        qsizetype end = offset;
        while (end < line.contentEnd && !isBlank(d[end]) && d[end] != '"' && d[end] != '\'' && d[end] != ':')
            ++end;
        ctx.position = Position::Key;
        ctx.replaceStart = start;
        ctx.replaceEnd = std::max(end, start);
        ctx.colonFollows = ctx.replaceEnd < line.end && d[ctx.replaceEnd] == ':';
    }
    if (offset < ctx.replaceStart || offset > ctx.replaceEnd)
        return YamlCursorContext(); // on an opening quote: nothing to replace from here
    if (ctx.position == Position::Key)
        ctx.key = QString::fromUtf8(d + ctx.replaceStart, ctx.replaceEnd - ctx.replaceStart);
    ctx.typed = QString::fromUtf8(d + ctx.replaceStart, std::max<qsizetype>(0, offset - ctx.replaceStart));

    // 2. The path above the line, from the nearest less-indented keys and items.
    const bool collect = siblings == Siblings::Collect;
    const bool lineHasMarkers = !blankLine && !line.markers.isEmpty();
    ctx.afterMarker = lineHasMarkers;
    QList<YamlPathSegment> reversed;
    enum class Need
    {
        Content,
        Item
    } need = Need::Content;
    int column = mapColumn;
    const auto pushMarkers = [&reversed, &need, &column](const YamlLine &l, int below) {
        int outermost = -1;
        for (qsizetype i = l.markers.size() - 1; i >= 0; --i) {
            if (l.markers.at(i) < below) {
                reversed.append(YamlPathSegment{QString(), true});
                outermost = l.markers.at(i);
            }
        }
        if (outermost >= 0) {
            need = Need::Item;
            column = outermost;
        }
        return outermost >= 0;
    };
    const auto takeKey = [&](const YamlLine &l) {
        reversed.append(YamlPathSegment{l.key(text), false});
        need = Need::Content;
        column = l.contentColumn;
        pushMarkers(l, l.contentColumn + 1);
    };
    if (lineHasMarkers)
        pushMarkers(line, line.contentColumn + 1);

    bool firstMap = !lineHasMarkers;                             // still inside the cursor's own mapping
    bool firstList = lineHasMarkers && line.markers.size() == 1; // still inside the cursor's list
    for (LinesAbove above(text, lineStart); !above.atTop();) {
        if (need == Need::Content && column == 0 && !(collect && firstMap))
            break; // at the root; nothing above can be a parent
        const LineBounds bounds = above.previous();
        if (bounds.indent < 0)
            continue;
        const bool mayBeSibling = collect && (need == Need::Content ? firstMap : firstList) && bounds.indent == column;
        if (bounds.indent > column || (need == Need::Content && bounds.indent == column && !mayBeSibling))
            continue;
        const YamlLine p = YamlLine::parse(text, bounds.start, bounds.end);
        if (p.documentMarker)
            break;
        if (p.blank)
            continue;
        const int first = p.firstColumn();
        if (need == Need::Content) {
            if (first >= column) {
                if (collect && firstMap && p.markers.isEmpty() && p.hasKey && p.contentColumn == column)
                    ctx.siblingKeys << p.key(text);
                continue;
            }
            const bool wasFirst = firstMap;
            firstMap = false;
            if (p.contentColumn < column) {
                if (!p.hasKey || p.opensBlockScalar(text))
                    return YamlCursorContext(); // inside a multi-line or block scalar
                takeKey(p);
            } else {
                // A "- key:" line whose key sits at our column: we are in that list item's mapping.
                if (collect && wasFirst && p.hasKey && p.contentColumn == column)
                    ctx.siblingKeys << p.key(text);
                pushMarkers(p, column);
            }
        } else {
            if (first > column)
                continue;
            const bool wasFirst = firstList;
            if (first == column) {
                if (!p.markers.isEmpty()) {
                    if (collect && wasFirst && p.markers.size() == 1 && !p.hasKey && p.contentEnd > p.contentStart)
                        ctx.siblingItems << unquoted(text, p.contentStart, p.contentEnd);
                    continue;
                }
                firstList = false;
                if (!p.hasKey || p.opensBlockScalar(text))
                    return YamlCursorContext();
                takeKey(p); // a list written at the same indentation as its key
                continue;
            }
            firstList = false;
            if (p.hasKey && p.contentColumn <= column) {
                if (p.opensBlockScalar(text))
                    return YamlCursorContext();
                takeKey(p);
            } else if (!pushMarkers(p, column)) {
                return YamlCursorContext();
            }
        }
    }
    std::reverse(reversed.begin(), reversed.end());
    ctx.path = reversed;

    // 3. Keys and items after the cursor's line that belong to the same mapping or list.
    if (collect) {
        bool keysOpen = true;
        bool itemsOpen = lineHasMarkers && line.markers.size() == 1;
        const int itemColumn = itemsOpen ? line.markers.first() : -1;
        for (qsizetype e = lineEnd; e < text.size() && (keysOpen || itemsOpen);) {
            const LineBounds bounds = nextLine(text, e);
            e = bounds.end;
            if (bounds.indent < 0)
                continue;
            if ((!keysOpen || bounds.indent > mapColumn) && (!itemsOpen || bounds.indent > itemColumn))
                continue;
            const YamlLine n = YamlLine::parse(text, bounds.start, bounds.end);
            if (n.documentMarker)
                break;
            if (n.blank)
                continue;
            const int first = n.firstColumn();
            if (keysOpen) {
                if (first < mapColumn)
                    keysOpen = false;
                else if (first == mapColumn && n.markers.isEmpty() && n.hasKey)
                    ctx.siblingKeys << n.key(text);
            }
            if (itemsOpen) {
                if (first < itemColumn || (first == itemColumn && n.markers.isEmpty())) {
                    itemsOpen = false;
                } else if (first == itemColumn && n.markers.size() == 1 && !n.hasKey && n.contentEnd > n.contentStart) {
                    ctx.siblingItems << unquoted(text, n.contentStart, n.contentEnd);
                }
            }
        }
    }
    return ctx;
}

QString YamlCursorContext::pathText(const QList<YamlPathSegment> &path)
{
    QString text;
    for (const YamlPathSegment &segment : path) {
        if (segment.item) {
            text += QLatin1String("[]");
        } else {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += segment.key;
        }
    }
    return text;
}

} // namespace Lagoon
