// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/yamleditcommands.h"

#include <algorithm>
#include <climits>

#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include "widgets/editor/yamlcomments.h"
#include "widgets/editor/yamlindentation.h"

namespace Lagoon {

namespace {

/** The blocks a command on "the selected lines" works on; a selection ending at column 0 leaves that line out. */
std::pair<QTextBlock, QTextBlock> selectedBlocks(const QTextCursor &cursor)
{
    QTextDocument *document = cursor.document();
    const QTextBlock first = document->findBlock(cursor.selectionStart());
    QTextBlock last = document->findBlock(cursor.selectionEnd());
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    return {first, last};
}

/** Replaces `before` by `after` in `block` touching only the part that differs, so other cursors keep their place. */
void replaceLine(QTextCursor &edit, const QTextBlock &block, const QString &before, const QString &after)
{
    if (before == after)
        return;
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    edit.setPosition(block.position() + static_cast<int>(prefix));
    edit.setPosition(block.position() + static_cast<int>(before.size() - suffix), QTextCursor::KeepAnchor);
    edit.insertText(after.mid(prefix, after.size() - prefix - suffix));
}

void selectWholeLines(QTextCursor &cursor, const QTextBlock &first, const QTextBlock &last)
{
    cursor.setPosition(first.position());
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
}

} // namespace

void YamlEditCommands::newline(QTextCursor &cursor, int step)
{
    cursor.beginEditBlock();
    if (cursor.hasSelection())
        cursor.removeSelectedText();
    const QString line = cursor.block().text();
    const int column = cursor.positionInBlock();
    const QString before = line.left(column);
    if (YamlIndentation::isBlank(before)) {
        const int start = cursor.block().position();
        cursor.setPosition(start);
        cursor.insertText(QStringLiteral("\n"));
        cursor.setPosition(start + 1 + column);
    } else {
        const int indent = YamlIndentation::indentAfter(before, step);
        // Spaces at the split would end up as trailing spaces or shift the moved text.
        int trailing = 0;
        while (trailing < column && before.at(column - 1 - trailing) == QLatin1Char(' '))
            ++trailing;
        int leading = 0;
        while (column + leading < line.size() && line.at(column + leading) == QLatin1Char(' '))
            ++leading;
        const int position = cursor.position();
        cursor.setPosition(position - trailing);
        cursor.setPosition(position + leading, QTextCursor::KeepAnchor);
        cursor.insertText(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
    }
    cursor.endEditBlock();
}

void YamlEditCommands::tab(QTextCursor &cursor, int step)
{
    QTextDocument *document = cursor.document();
    if (cursor.hasSelection() && document->findBlock(cursor.selectionStart()) != document->findBlock(cursor.selectionEnd())) {
        shiftLines(cursor, step, false);
        return;
    }
    cursor.beginEditBlock();
    if (cursor.hasSelection())
        cursor.removeSelectedText();
    const int column = cursor.positionInBlock();
    cursor.insertText(QString(YamlIndentation::nextStop(column, step) - column, QLatin1Char(' ')));
    cursor.endEditBlock();
}

void YamlEditCommands::shiftLines(QTextCursor &cursor, int step, bool dedent)
{
    const auto [first, last] = selectedBlocks(cursor);
    const bool severalLines = first != last;

    int amount = step;
    if (dedent) {
        int smallest = INT_MAX;
        for (QTextBlock block = first; block.isValid(); block = block.next()) {
            if (!YamlIndentation::isBlank(block.text()))
                smallest = std::min(smallest, YamlIndentation::indentOf(block.text()));
            if (block == last)
                break;
        }
        if (smallest == INT_MAX)
            smallest = YamlIndentation::indentOf(first.text());
        amount = severalLines ? std::min(step, smallest) : smallest - YamlIndentation::previousStop(smallest, step);
        if (amount <= 0)
            return;
    }

    QTextCursor edit(cursor.document());
    edit.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (dedent) {
            const int remove = std::min(amount, YamlIndentation::indentOf(text));
            if (remove > 0) {
                edit.setPosition(block.position());
                edit.setPosition(block.position() + remove, QTextCursor::KeepAnchor);
                edit.removeSelectedText();
            }
        } else if (!YamlIndentation::isBlank(text)) {
            edit.setPosition(block.position());
            edit.insertText(QString(amount, QLatin1Char(' ')));
        }
        if (block == last)
            break;
    }
    edit.endEditBlock();
    if (severalLines)
        selectWholeLines(cursor, first, last);
}

bool YamlEditCommands::backspace(QTextCursor &cursor, int step)
{
    if (cursor.hasSelection())
        return false;
    const int column = cursor.positionInBlock();
    if (column == 0)
        return false;
    const QString before = cursor.block().text().left(column);
    if (before.count(QLatin1Char(' ')) != column)
        return false;
    const int target = YamlIndentation::previousStop(column, step);
    cursor.setPosition(cursor.position() - (column - target), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    return true;
}

void YamlEditCommands::toggleComment(QTextCursor &cursor)
{
    const auto [first, last] = selectedBlocks(cursor);
    QStringList lines;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        lines.append(block.text());
        if (block == last)
            break;
    }
    const QStringList toggled = YamlComments::toggled(lines);
    if (toggled == lines)
        return;

    QTextCursor edit(cursor.document());
    edit.beginEditBlock();
    int i = 0;
    for (QTextBlock block = first; block.isValid(); block = block.next(), ++i) {
        replaceLine(edit, block, lines.at(i), toggled.at(i));
        if (block == last)
            break;
    }
    edit.endEditBlock();
    if (cursor.hasSelection())
        selectWholeLines(cursor, first, last);
}

} // namespace Lagoon
