// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <cstring>

#include <QByteArrayView>

#include "core/yaml/yamlsourcescanner_p.h"

namespace Lagoon {

namespace {

bool isChomp(char c)
{
    return c == '+' || c == '-';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isOneOf(char c, const char *set)
{
    return c != '\0' && std::strchr(set, c) != nullptr;
}

// yaml-cpp's Exp::Word plus Exp::Tag plus the '!' of handles.
bool isTagChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || isOneOf(c, "-!#;/?:@&=+$_.~*'()%");
}

} // namespace

YamlSourceScanner::YamlSourceScanner(const QByteArray &text, const YamlLineIndex &lines)
    : m_data(text.constData()), m_size(text.size()), m_lines(lines)
{
}

int YamlSourceScanner::breakLength(qsizetype p) const
{
    if (at(p) == '\n')
        return 1;
    return at(p) == '\r' && at(p + 1) == '\n' ? 2 : 0;
}

bool YamlSourceScanner::isBlankOrBreakOrEnd(qsizetype p) const
{
    return p >= m_size || isBlank(p) || breakLength(p) > 0;
}

qsizetype YamlSourceScanner::skipBlanks(qsizetype p) const
{
    while (isBlank(p))
        ++p;
    return p;
}

qsizetype YamlSourceScanner::skipLine(qsizetype p) const
{
    while (p < m_size && breakLength(p) == 0)
        ++p;
    return p;
}

qsizetype YamlSourceScanner::skipSeparation(qsizetype p) const
{
    while (p < m_size) {
        p = skipBlanks(p);
        if (at(p) == '#')
            p = skipLine(p);
        const int b = breakLength(p);
        if (b == 0)
            break;
        p += b;
    }
    return std::min(p, m_size);
}

bool YamlSourceScanner::simpleKeyAllowedAt(qsizetype p) const
{
    const qsizetype lineStart = m_lines.lineStartOf(p);
    qsizetype q = p;
    while (q > lineStart && (at(q - 1) == ' ' || at(q - 1) == '\t')) {
        if (at(q - 1) == '\t')
            return false;
        --q;
    }
    if (q == lineStart)
        return true;
    if (q == p) // no blank after an indicator: not an indicator
        return false;
    const char c = at(q - 1);
    const bool indicatorStartsItsPlace = q - 1 == lineStart || at(q - 2) == ' ';
    if ((c == '-' || c == '?') && indicatorStartsItsPlace)
        return true;
    // After an explicit key's `:` at the start of a line, not after `key:`.
    if (c == ':') {
        qsizetype r = q - 1;
        while (r > lineStart && at(r - 1) == ' ')
            --r;
        return r == lineStart;
    }
    return false;
}

qsizetype YamlSourceScanner::anchorNameEnd(qsizetype p) const
{
    while (p < m_size && !isBlankOrBreakOrEnd(p) && !isOneOf(m_data[p], "[]{},"))
        ++p;
    return p;
}

qsizetype YamlSourceScanner::tagEnd(qsizetype p) const
{
    ++p;
    if (at(p) == '<') {
        while (p < m_size && at(p) != '>' && !isBlankOrBreakOrEnd(p))
            ++p;
        return at(p) == '>' ? p + 1 : p;
    }
    while (p < m_size && isTagChar(m_data[p]))
        ++p;
    return p;
}

YamlSourceScanner::Properties YamlSourceScanner::skipProperties(qsizetype p, int maxCount) const
{
    Properties result{p, p, 0};
    qsizetype q = p;
    while (result.count < maxCount) {
        qsizetype end;
        if (at(q) == '&') {
            end = anchorNameEnd(q + 1);
            result.anchor = q;
        } else if (at(q) == '!') {
            end = tagEnd(q);
            result.tag = true;
        } else {
            break;
        }
        ++result.count;
        result.end = end;
        q = skipSeparation(end);
    }
    result.contentStart = result.count > 0 ? q : p;
    return result;
}

bool YamlSourceScanner::isDocumentIndicator(qsizetype p) const
{
    if (p + 3 > m_size)
        return false;
    const QByteArrayView three(m_data + p, 3);
    return (three == "---" || three == "...") && isBlankOrBreakOrEnd(p + 3);
}

// yaml-cpp's Exp::ScanScalarEnd / ScanScalarEndInFlow.
bool YamlSourceScanner::endsPlain(qsizetype p, bool flow) const
{
    const char c = at(p);
    if (c == ':' && (isBlankOrBreakOrEnd(p + 1) || (flow && isOneOf(at(p + 1), ",]}"))))
        return true;
    if (flow && isOneOf(c, ",?[]{}"))
        return true;
    if (isBlank(p))
        return at(p + 1) == '#';
    const int b = breakLength(p);
    return b > 0 && at(p + b) == '#';
}

qsizetype YamlSourceScanner::plainScalarEnd(qsizetype start, bool flow, int indent, qsizetype bound) const
{
    qsizetype p = start;
    qsizetype last = start;
    int column = byteColumn(start);
    while (true) {
        while (p < m_size && !endsPlain(p, flow) && breakLength(p) == 0) {
            if (column == 0 && isDocumentIndicator(p))
                return last;
            const char c = m_data[p++];
            ++column;
            if (c != ' ' && c != '\t')
                last = p;
        }
        if (p >= m_size || (column == 0 && isDocumentIndicator(p)) || endsPlain(p, flow))
            return last;
        p += breakLength(p);
        column = 0;
        while (at(p) == ' ' && column < indent && !endsPlain(p, flow)) {
            ++p;
            ++column;
        }
        while (isBlank(p) && !endsPlain(p, flow)) {
            ++p;
            ++column;
        }
        const bool emptyLine = breakLength(p) > 0;
        if (!emptyLine && (column < indent || p >= bound))
            return last;
    }
}

qsizetype YamlSourceScanner::quotedScalarEnd(qsizetype start) const
{
    const char quote = at(start);
    qsizetype p = start + 1;
    while (p < m_size) {
        const char c = m_data[p];
        if (quote == '\'') {
            if (c == '\'') {
                if (at(p + 1) != '\'')
                    return p + 1;
                ++p;
            }
        } else if (c == '\\') {
            ++p;
        } else if (c == '"') {
            return p + 1;
        }
        ++p;
    }
    return -1;
}

bool YamlSourceScanner::blockScalarKeeps(qsizetype start) const
{
    return at(start + 1) == '+' || (isDigit(at(start + 1)) && at(start + 2) == '+');
}

qsizetype YamlSourceScanner::blockScalarEnd(qsizetype start, int parentIndent) const
{
    // Header: yaml-cpp's Exp::Chomp, then blanks and a comment up to the line break.
    qsizetype p = start + 1;
    const char c1 = at(p);
    const char c2 = at(p + 1);
    int n = 0;
    if ((isChomp(c1) && isDigit(c2)) || (isDigit(c1) && isChomp(c2)))
        n = 2;
    else if (isChomp(c1) || isDigit(c1))
        n = 1;
    int indent = 1;
    bool detect = true;
    for (int i = 0; i < n; ++i) {
        const char c = at(p + i);
        if (isDigit(c) && c != '0') {
            indent = c - '0';
            detect = false;
        }
    }
    const qsizetype headerEnd = p + n;
    if (parentIndent >= 0)
        indent += parentIndent;

    p = skipLine(headerEnd);
    if (p >= m_size)
        return headerEnd;
    p += breakLength(p);
    qsizetype last = headerEnd;
    bool foundContent = false;
    while (true) {
        int column = 0;
        while (p < m_size && at(p) == ' ' && (column < indent || (detect && !foundContent))) {
            ++p;
            ++column;
        }
        if (detect && !foundContent)
            indent = std::max(indent, column);
        const bool emptyLine = breakLength(p) > 0;
        if ((!emptyLine && column < indent) || p >= m_size)
            return last;
        const qsizetype lineStart = p;
        p = skipLine(p);
        if (p > lineStart) {
            foundContent = true;
            last = p;
        }
        if (p >= m_size)
            return last;
        p += breakLength(p);
    }
}

qsizetype YamlSourceScanner::nullTokenLength(qsizetype p, bool flow, int indent, qsizetype bound) const
{
    const char c = at(p);
    if (c != '~' && c != 'n' && c != 'N')
        return 0;
    const qsizetype end = plainScalarEnd(p, flow, indent, bound);
    const QByteArrayView token(m_data + p, end - p);
    if (token == "~" || token == "null" || token == "Null" || token == "NULL")
        return end - p;
    return 0;
}

qsizetype YamlSourceScanner::closingBracket(qsizetype p, char close) const
{
    while (p < m_size) {
        p = skipSeparation(p);
        const char c = at(p);
        if (c == close)
            return p;
        if (c != ',' && c != ':' && c != '?')
            return -1;
        ++p;
    }
    return -1;
}

YamlSourceScanner::PreScan YamlSourceScanner::preScan(int maxDepth, qsizetype maxEntries) const
{
    PreScan result;
    const qsizetype bom = m_lines.bomLength();
    qsizetype p = bom;
    int depth = 0;
    qsizetype entries = 0;
    bool lineStart = true;
    bool nodeStart = true;
    int lineIndent = 0;
    qsizetype lineBegin = bom;
    char previous = '[';
    const auto afterBlank = [&](qsizetype q) { return q == bom || isOneOf(m_data[q - 1], " \t\r\n"); };

    while (p < m_size) {
        const char c = m_data[p];
        if (c == '\n') {
            ++p;
            lineStart = true;
            continue;
        }
        if (depth == 0) {
            if (lineStart) {
                lineStart = false;
                lineBegin = p;
                while (at(p) == ' ')
                    ++p;
                lineIndent = int(p - lineBegin);
                nodeStart = true;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                ++p;
            } else if (c == '#' && afterBlank(p)) {
                p = skipLine(p);
            } else if (!nodeStart) {
                nodeStart = c == ':' && isBlankOrBreakOrEnd(p + 1);
                ++p;
            } else if (c == '[' || c == '{') {
                depth = 1;
                ++entries;
                previous = c;
                ++p;
            } else if (c == '"' || c == '\'') {
                const qsizetype end = quotedScalarEnd(p);
                p = end < 0 ? m_size : end;
                nodeStart = false;
            } else if (c == '|' || c == '>') {
                // Skip the block scalar's content, so nothing in it counts as structure: lines at
                // least as deep as its first one, which is deeper than the parent. Misjudging
                // skips structure (harmless here), never the other way round.
                const int parent = p - lineBegin == lineIndent ? -1 : lineIndent;
                int first = -1;
                p = skipLine(p);
                while (p < m_size) {
                    const qsizetype begin = p + breakLength(p);
                    qsizetype q = begin;
                    while (at(q) == ' ')
                        ++q;
                    if (q < m_size && breakLength(q) == 0) {
                        const int indent = int(q - begin);
                        if (first < 0)
                            first = indent;
                        if (indent <= parent || indent < first)
                            break;
                    }
                    p = skipLine(q);
                }
                p += breakLength(p);
                lineStart = true;
            } else if ((c == '-' || c == '?' || c == ':') && isBlankOrBreakOrEnd(p + 1)) {
                ++p;
            } else if (c == '&' || c == '!') {
                if (c == '&')
                    result.properties.append(p);
                p = c == '&' ? anchorNameEnd(p + 1) : tagEnd(p);
            } else {
                if (c == '*')
                    result.properties.append(p);
                nodeStart = false;
                ++p;
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            ++p;
            continue;
        }
        if (c == '#' && afterBlank(p)) {
            p = skipLine(p);
            continue;
        }
        if (c == '[' || c == '{') {
            if (++depth > maxDepth) {
                result.tooDeepAt = p;
                return result;
            }
            if (++entries > maxEntries) {
                result.tooManyAt = p;
                return result;
            }
        } else if (c == ']' || c == '}') {
            if (--depth == 0)
                nodeStart = false;
        } else if (c == ',') {
            if (++entries > maxEntries) {
                result.tooManyAt = p;
                return result;
            }
        } else if ((c == '&' || c == '*') && isOneOf(previous, "[{,:?")) {
            result.properties.append(p);
        } else if ((c == '"' || c == '\'') && isOneOf(previous, "[{,:?")) {
            const qsizetype end = quotedScalarEnd(p);
            p = end < 0 ? m_size : end;
            previous = c;
            continue;
        }
        previous = c;
        ++p;
    }
    return result;
}

QList<qsizetype> YamlSourceScanner::tabIndentations() const
{
    QList<qsizetype> result;
    for (int line = 1; line <= m_lines.lineCount(); ++line) {
        qsizetype p = m_lines.lineStart(line);
        while (at(p) == ' ')
            ++p;
        if (at(p) != '\t')
            continue;
        const qsizetype tab = p;
        p = skipBlanks(p);
        if (p < m_size && breakLength(p) == 0 && at(p) != '#')
            result.append(tab);
    }
    return result;
}

} // namespace Lagoon
