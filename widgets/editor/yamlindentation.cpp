// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/yamlindentation.h"

#include <algorithm>

#include <QRegularExpression>

namespace Lagoon {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

/** The part of the line that carries meaning: comment and trailing whitespace removed. */
QStringView meaningful(QStringView line)
{
    const qsizetype comment = YamlIndentation::commentStart(line);
    QStringView content = comment >= 0 ? line.left(comment) : line;
    while (!content.isEmpty() && isSpace(content.back()))
        content.chop(1);
    return content;
}

} // namespace

int YamlIndentation::detectStep(QStringView text)
{
    int best = 0;
    int previous = -1;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.mid(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        if (isBlank(line))
            continue;
        const int indent = indentOf(line);
        if (line.at(indent) == QLatin1Char('#'))
            continue;
        if (previous >= 0 && indent > previous) {
            const int difference = indent - previous;
            if (best == 0 || difference < best)
                best = difference;
            if (best == 1)
                break;
        }
        previous = indent;
    }
    if (best == 0)
        return DefaultStep;
    return std::min(best, 8);
}

int YamlIndentation::indentOf(QStringView line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

bool YamlIndentation::isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!isSpace(c) && c != QLatin1Char('\r'))
            return false;
    }
    return true;
}

qsizetype YamlIndentation::commentStart(QStringView line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (quote == QLatin1Char('"') && c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('#') && (i == 0 || isSpace(line.at(i - 1))))
            return i;
        // A quote opens a quoted scalar only where a scalar can start, not inside `it's`.
        if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && (i == 0 || QStringLiteral(" \t:-[{,?").contains(line.at(i - 1))))
            quote = c;
    }
    return -1;
}

int YamlIndentation::contentColumn(QStringView line)
{
    int column = indentOf(line);
    while (column < line.size() && line.at(column) == QLatin1Char('-')
           && (column + 1 == line.size() || isSpace(line.at(column + 1)))) {
        ++column;
        while (column < line.size() && isSpace(line.at(column)))
            ++column;
    }
    return column;
}

int YamlIndentation::indentAfter(QStringView lineBeforeCursor, int step)
{
    const QStringView content = meaningful(lineBeforeCursor);
    const int indent = indentOf(lineBeforeCursor);
    if (content.trimmed().isEmpty())
        return indent;

    static const QRegularExpression blockScalar(QStringLiteral("(^|[\\s:])[|>][-+]?[1-9]?[-+]?$"));
    const bool opensBlock = content.endsWith(QLatin1Char(':')) || blockScalar.match(content.toString()).hasMatch();
    const int keyColumn = contentColumn(content);
    if (opensBlock) {
        // A bare `-` followed by `|` or a `key:` both nest under where the content starts.
        return (keyColumn < content.size() ? keyColumn : indent) + step;
    }
    const bool listItem = keyColumn > indent;
    if (listItem) {
        // `- key: value` continues the same item at the key's column; `- value` stays in the list.
        static const QRegularExpression mappingInItem(QStringLiteral("^[^\\s#'\"][^:]*:(\\s|$)|^(\"[^\"]*\"|'[^']*')\\s*:(\\s|$)"));
        if (mappingInItem.match(content.mid(keyColumn).toString()).hasMatch())
            return keyColumn;
    }
    return indent;
}

int YamlIndentation::nextStop(int column, int step)
{
    step = std::max(step, 1);
    return (column / step + 1) * step;
}

int YamlIndentation::previousStop(int column, int step)
{
    step = std::max(step, 1);
    if (column <= 0)
        return 0;
    return ((column - 1) / step) * step;
}

QString YamlIndentation::dedented(const QString &line, int step)
{
    const int indent = indentOf(line);
    if (indent == 0)
        return line;
    return line.mid(indent - previousStop(indent, step));
}

} // namespace Lagoon
