// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/yamlhighlighter.h"

#include <QRegularExpression>

#include "widgets/editor/yamlindentation.h"

namespace Lagoon {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isFlowIndicator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('{')
        || c == QLatin1Char('}');
}

/** True when a `:` at `i` separates a key from its value (followed by space, end, or a flow indicator in flow). */
bool isMappingColon(const QString &text, int i, bool inFlow)
{
    if (text.at(i) != QLatin1Char(':'))
        return false;
    if (i + 1 >= text.size() || isSpace(text.at(i + 1)))
        return true;
    return inFlow && isFlowIndicator(text.at(i + 1));
}

bool isScalarLiteral(QStringView token)
{
    static const QRegularExpression literal(QStringLiteral(
        "^(?:[-+]?(?:[0-9][0-9_]*(?:\\.[0-9_]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
        "|0x[0-9a-fA-F_]+|0o[0-7_]+|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
        "|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF"
        "|null|Null|NULL|~)$"));
    return literal.match(token.toString()).hasMatch();
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document, const EditorColors &colors)
    : QSyntaxHighlighter(document)
    , m_colors(colors)
{
}

void YamlHighlighter::setColors(const EditorColors &colors)
{
    m_colors = colors;
    rehighlight();
}

QTextCharFormat YamlHighlighter::styleFormat(Style style) const
{
    QTextCharFormat f;
    switch (style) {
    case Style::Key:
        f.setForeground(m_colors.key);
        break;
    case Style::String:
        f.setForeground(m_colors.string);
        break;
    case Style::Number:
        f.setForeground(m_colors.number);
        break;
    case Style::Comment:
        f.setForeground(m_colors.comment);
        f.setFontItalic(true);
        break;
    case Style::Anchor:
        f.setForeground(m_colors.anchor);
        break;
    case Style::Tag:
        f.setForeground(m_colors.tag);
        break;
    case Style::Punctuation:
        f.setForeground(m_colors.punctuation);
        break;
    case Style::DocumentMarker:
        f.setForeground(m_colors.documentMarker);
        f.setFontWeight(QFont::Bold);
        break;
    }
    return f;
}

void YamlHighlighter::formatAs(int start, int length, Style style)
{
    if (length > 0)
        setFormat(start, length, styleFormat(style));
}

int YamlHighlighter::scanQuoted(const QString &text, int from, QChar quote) const
{
    for (int i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
            ++i;
        } else if (c == quote) {
            // '' inside a single-quoted scalar is an escaped quote, not its end.
            if (quote == QLatin1Char('\'') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    return -1;
}

int YamlHighlighter::keyEnd(const QString &text, int from, int *colon) const
{
    if (from >= text.size())
        return -1;
    const QChar first = text.at(from);
    if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
        const int end = scanQuoted(text, from + 1, first);
        if (end < 0)
            return -1;
        int i = end;
        while (i < text.size() && isSpace(text.at(i)))
            ++i;
        if (i < text.size() && isMappingColon(text, i, false)) {
            *colon = i;
            return end;
        }
        return -1;
    }
    static const QString notPlainStart = QStringLiteral("[]{},#&*!|>%@`");
    if (notPlainStart.contains(first))
        return -1;
    for (int i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('#') && i > from && isSpace(text.at(i - 1)))
            return -1;
        if (isMappingColon(text, i, false)) {
            int end = i;
            while (end > from && isSpace(text.at(end - 1)))
                --end;
            *colon = i;
            return end;
        }
    }
    return -1;
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Normal);
    const int previous = previousBlockState();
    const int indent = YamlIndentation::indentOf(text);
    int i = 0;

    if (previous >= BlockScalarBase) {
        const int parentIndent = previous - BlockScalarBase;
        if (YamlIndentation::isBlank(text) || indent > parentIndent) {
            formatAs(0, static_cast<int>(text.size()), Style::String);
            setCurrentBlockState(previous);
            return;
        }
    } else if (previous == InDoubleQuoted || previous == InSingleQuoted) {
        const QChar quote = previous == InDoubleQuoted ? QLatin1Char('"') : QLatin1Char('\'');
        const int end = scanQuoted(text, 0, quote);
        if (end < 0) {
            formatAs(0, static_cast<int>(text.size()), Style::String);
            setCurrentBlockState(previous);
            return;
        }
        formatAs(0, end, Style::String);
        scanValue(text, end, indent);
        return;
    }

    if ((text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("...")))
        && (text.size() == 3 || isSpace(text.at(3)))) {
        formatAs(0, 3, Style::DocumentMarker);
        i = 3;
    } else if (text.startsWith(QLatin1Char('%'))) {
        const qsizetype comment = YamlIndentation::commentStart(text);
        const int end = comment < 0 ? static_cast<int>(text.size()) : static_cast<int>(comment);
        formatAs(0, end, Style::Tag);
        formatAs(end, static_cast<int>(text.size()) - end, Style::Comment);
        return;
    }

    while (i < text.size() && isSpace(text.at(i)))
        ++i;
    // List dashes (and `?` complex-key markers), possibly nested on one line: `- - item`.
    while (i < text.size() && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('?'))
           && (i + 1 == text.size() || isSpace(text.at(i + 1)))) {
        formatAs(i, 1, Style::Punctuation);
        ++i;
        while (i < text.size() && isSpace(text.at(i)))
            ++i;
    }

    int parentIndent = indent;
    int colon = -1;
    const int end = keyEnd(text, i, &colon);
    if (end > 0) {
        formatAs(i, end - i, Style::Key);
        formatAs(colon, 1, Style::Punctuation);
        parentIndent = i;
        i = colon + 1;
    }
    scanValue(text, i, parentIndent);
}

int YamlHighlighter::scanValue(const QString &text, int from, int parentIndent)
{
    const int n = static_cast<int>(text.size());
    int flowDepth = 0;
    int i = from;
    while (i < n) {
        const QChar c = text.at(i);
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('#') && (i == 0 || isSpace(text.at(i - 1)))) {
            formatAs(i, n - i, Style::Comment);
            return n;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const int end = scanQuoted(text, i + 1, c);
            if (end < 0) {
                formatAs(i, n - i, Style::String);
                setCurrentBlockState(c == QLatin1Char('"') ? InDoubleQuoted : InSingleQuoted);
                return n;
            }
            int after = end;
            while (after < n && isSpace(text.at(after)))
                ++after;
            const bool isKey = flowDepth > 0 && after < n && isMappingColon(text, after, true);
            formatAs(i, end - i, isKey ? Style::Key : Style::String);
            i = end;
            continue;
        }
        if (c == QLatin1Char('&') || c == QLatin1Char('*') || c == QLatin1Char('!')) {
            int end = i + 1;
            while (end < n && !isSpace(text.at(end)) && !(flowDepth > 0 && isFlowIndicator(text.at(end))))
                ++end;
            formatAs(i, end - i, c == QLatin1Char('!') ? Style::Tag : Style::Anchor);
            i = end;
            continue;
        }
        if ((c == QLatin1Char('|') || c == QLatin1Char('>')) && flowDepth == 0) {
            int end = i + 1;
            while (end < n && (text.at(end) == QLatin1Char('-') || text.at(end) == QLatin1Char('+') || text.at(end).isDigit()))
                ++end;
            int rest = end;
            while (rest < n && isSpace(text.at(rest)))
                ++rest;
            if (rest == n || (text.at(rest) == QLatin1Char('#') && rest > end)) {
                formatAs(i, end - i, Style::Punctuation);
                formatAs(rest, n - rest, Style::Comment);
                setCurrentBlockState(BlockScalarBase + parentIndent);
                return n;
            }
        }
        if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++flowDepth;
            formatAs(i++, 1, Style::Punctuation);
            continue;
        }
        if (c == QLatin1Char(']') || c == QLatin1Char('}') || (c == QLatin1Char(',') && flowDepth > 0)) {
            flowDepth = std::max(0, flowDepth - (c == QLatin1Char(',') ? 0 : 1));
            formatAs(i++, 1, Style::Punctuation);
            continue;
        }
        if (c == QLatin1Char(':') && isMappingColon(text, i, flowDepth > 0)) {
            formatAs(i++, 1, Style::Punctuation);
            continue;
        }

        // A plain scalar: up to a comment, or in flow context up to an indicator or `: `.
        int end = i;
        bool key = false;
        while (end < n) {
            const QChar e = text.at(end);
            if (e == QLatin1Char('#') && isSpace(text.at(end - 1)))
                break;
            if (flowDepth > 0 && isFlowIndicator(e))
                break;
            if (flowDepth > 0 && isMappingColon(text, end, true)) {
                key = true;
                break;
            }
            ++end;
        }
        int tokenEnd = end;
        while (tokenEnd > i && isSpace(text.at(tokenEnd - 1)))
            --tokenEnd;
        if (key)
            formatAs(i, tokenEnd - i, Style::Key);
        else if (isScalarLiteral(QStringView(text).mid(i, tokenEnd - i)))
            formatAs(i, tokenEnd - i, Style::Number);
        i = end;
    }
    return n;
}

} // namespace Lagoon
