// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/editordiagnostics.h"

#include <algorithm>
#include <tuple>

#include <QTextBlock>
#include <QTextDocument>

namespace Lagoon {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

/** End (exclusive) of the token starting at `from`: a quoted scalar, or a word up to space or `: `. */
int tokenEnd(const QString &line, int from)
{
    const int n = static_cast<int>(line.size());
    if (from >= n)
        return from;
    const QChar first = line.at(from);
    if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
        for (int i = from + 1; i < n; ++i) {
            if (first == QLatin1Char('"') && line.at(i) == QLatin1Char('\\'))
                ++i;
            else if (line.at(i) == first)
                return i + 1;
        }
        return n;
    }
    int i = from;
    while (i < n && !isSpace(line.at(i))) {
        if (line.at(i) == QLatin1Char(':') && (i + 1 == n || isSpace(line.at(i + 1))) && i > from)
            break;
        ++i;
    }
    return i;
}

/** The line without its indentation and trailing spaces, as [start, end). */
std::pair<int, int> contentSpan(const QString &line)
{
    int start = 0;
    int end = static_cast<int>(line.size());
    while (start < end && isSpace(line.at(start)))
        ++start;
    while (end > start && isSpace(line.at(end - 1)))
        --end;
    return {start, end};
}

bool worseFirst(const Diagnostic &a, const Diagnostic &b)
{
    return static_cast<int>(a.severity) < static_cast<int>(b.severity);
}

/** Where a position ends up after `removed` characters at `position` were replaced by `added`. */
int moved(int point, int position, int removed, int added)
{
    if (point < position)
        return point;
    if (point >= position + removed)
        return point + added - removed;
    return position;
}

} // namespace

EditorDiagnostics::EditorDiagnostics(QTextDocument *document)
    : m_document(document)
{
}

EditorDiagnostics::Range EditorDiagnostics::rangeOf(const QTextDocument *document, const Diagnostic &d)
{
    if (d.line <= 0)
        return {};
    QTextBlock block = document->findBlockByNumber(d.line - 1);
    if (!block.isValid())
        block = document->lastBlock();
    const QString text = block.text();
    const int length = static_cast<int>(text.size());
    const int base = block.position();

    int start = 0;
    int end = 0;
    if (d.column <= 0) {
        std::tie(start, end) = contentSpan(text);
        return {base + start, base + end};
    }
    start = std::clamp(d.column - 1, 0, length);
    if (d.endLine > 0 && d.endColumn > 0) {
        QTextBlock endBlock = document->findBlockByNumber(d.endLine - 1);
        if (!endBlock.isValid())
            endBlock = document->lastBlock();
        const int endPosition = endBlock.position() + std::clamp(d.endColumn - 1, 0, endBlock.length() - 1);
        if (endPosition > base + start)
            return {base + start, endPosition};
    }
    end = tokenEnd(text, start);
    if (end == start) {
        // Pointing at whitespace or past the end: underline what the line says instead.
        const auto [contentStart, contentEnd] = contentSpan(text);
        if (start >= contentEnd)
            start = contentStart;
        end = contentEnd;
    }
    return {base + start, base + end};
}

void EditorDiagnostics::set(const Diagnostics &all)
{
    m_diagnostics.clear();
    m_ranges.clear();
    for (const Diagnostic &d : all) {
        if (m_fileName.isEmpty() || d.file == m_fileName)
            m_diagnostics.append(d);
    }
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return worseFirst(b, a); });
    m_ranges.reserve(m_diagnostics.size());
    for (const Diagnostic &d : std::as_const(m_diagnostics))
        m_ranges.append(rangeOf(m_document, d));
    m_indexStale = true;
}

void EditorDiagnostics::adjust(int position, int removed, int added)
{
    if (m_ranges.isEmpty())
        return;
    for (Range &range : m_ranges) {
        range.start = moved(range.start, position, removed, added);
        range.end = std::max(range.start, moved(range.end, position, removed, added));
    }
    m_indexStale = true;
}

void EditorDiagnostics::ensureIndex() const
{
    if (!m_indexStale)
        return;
    m_byBlock.clear();
    const int last = std::max(0, m_document->characterCount() - 1);
    for (int i = 0; i < m_ranges.size(); ++i) {
        const Range &range = m_ranges.at(i);
        const int firstBlock = m_document->findBlock(std::min(range.start, last)).blockNumber();
        const int lastBlock = range.end > range.start ? m_document->findBlock(std::min(range.end, last)).blockNumber() : firstBlock;
        for (int block = firstBlock; block <= lastBlock; ++block)
            m_byBlock[block].append(i);
    }
    m_indexStale = false;
}

QList<int> EditorDiagnostics::indicesOnBlocks(int firstBlock, int lastBlock) const
{
    ensureIndex();
    QList<int> indices;
    if (m_byBlock.isEmpty())
        return indices;
    for (int block = firstBlock; block <= lastBlock; ++block) {
        const auto it = m_byBlock.constFind(block);
        if (it != m_byBlock.cend())
            indices += *it;
    }
    // Index order is severity order (least severe first), which keeps the worst underline on top.
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    return indices;
}

QList<QTextEdit::ExtraSelection> EditorDiagnostics::selections(int firstBlock, int lastBlock, const EditorColors &colors) const
{
    QList<QTextEdit::ExtraSelection> result;
    const int last = m_document->characterCount() - 1;
    for (const int i : indicesOnBlocks(firstBlock, lastBlock)) {
        const Range &range = m_ranges.at(i);
        if (range.end <= range.start || range.start >= last)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_document);
        selection.cursor.setPosition(range.start);
        selection.cursor.setPosition(std::min(range.end, last), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(colors.severity(m_diagnostics.at(i).severity));
        result.append(selection);
    }
    return result;
}

std::optional<Diagnostic::Severity> EditorDiagnostics::worstSeverity(int blockNumber) const
{
    ensureIndex();
    const auto it = m_byBlock.constFind(blockNumber);
    if (it == m_byBlock.cend())
        return std::nullopt;
    Diagnostic::Severity worst = Diagnostic::Severity::Info;
    for (const int i : *it)
        worst = std::min(worst, m_diagnostics.at(i).severity);
    return worst;
}

Diagnostics EditorDiagnostics::onBlock(int blockNumber) const
{
    Diagnostics result;
    for (const int i : indicesOnBlocks(blockNumber, blockNumber))
        result.append(m_diagnostics.at(i));
    std::stable_sort(result.begin(), result.end(), worseFirst);
    return result;
}

Diagnostics EditorDiagnostics::at(int position) const
{
    const int block = m_document->findBlock(position).blockNumber();
    Diagnostics result;
    for (const int i : indicesOnBlocks(block, block)) {
        const Range &range = m_ranges.at(i);
        if (range.end > range.start && position >= range.start && position <= range.end)
            result.append(m_diagnostics.at(i));
    }
    std::stable_sort(result.begin(), result.end(), worseFirst);
    return result;
}

QString EditorDiagnostics::toolTipHtml(const Diagnostics &diagnostics)
{
    QString html;
    for (const Diagnostic &d : diagnostics) {
        html += QLatin1String("<p style='white-space:pre-wrap; margin:0 0 4px 0'><b>") + severityText(d.severity).toHtmlEscaped()
            + QLatin1String(":</b> ") + d.message.toHtmlEscaped();
        if (!d.hint.isEmpty())
            html += QLatin1String("<br/><i>") + d.hint.toHtmlEscaped() + QLatin1String("</i>");
        if (!d.ruleId.isEmpty())
            html += QLatin1String(" <small>[") + d.ruleId.toHtmlEscaped() + QLatin1String("]</small>");
        html += QLatin1String("</p>");
    }
    return html;
}

} // namespace Lagoon
