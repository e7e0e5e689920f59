// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace Lagoon::Yaml {

/**
 * A place in a YAML source text.
 *
 * `line` and `column` are 1-based and meant for people and editors; 0 means "unknown".
 * `column` counts UTF-16 code units (QChar) from the start of the line, so `column - 1` indexes
 * the line as a QString: a tab counts as one, a multi-byte UTF-8 character such as "é" or "日"
 * as one, a character outside the BMP (emoji) as two. Line breaks are "\n" and "\r\n" (the "\r"
 * belongs to the break, so CRLF and LF files give the same lines and columns); a UTF-8 byte order
 * mark does not count as a column.
 *
 * `offset` is the 0-based byte offset into the document's original text (BOM included), so
 * `text.mid(start.offset, end.offset - start.offset)` is exactly the bytes of a range.
 */
struct Position
{
    int line = 0;
    int column = 0;
    qsizetype offset = 0;

    friend bool operator==(const Position &, const Position &) = default;
};

/** A half-open range of a YAML source text: `end` is the first position after it. */
struct Range
{
    Position start;
    Position end;

    bool isEmpty() const { return start.offset == end.offset; }
    qsizetype length() const { return end.offset - start.offset; }
    friend bool operator==(const Range &, const Range &) = default;
};

} // namespace Lagoon::Yaml
