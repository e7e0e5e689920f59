// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Lagoon {

/**
 * An append-only, indexed store for a build log of millions of lines.
 *
 * Lagoon's UIs keep a whole log as one string and choke on big ones; a text widget holding a
 * million lines needs several times the log's size. This store keeps the bytes as they came
 * (UTF-8, ANSI escapes included) in fixed-size chunks and one 64-bit offset per line, so memory
 * stays close to the log's size and any line is found in O(1). Views read only the lines they
 * show; text and colours are decoded per line on demand (AnsiLine).
 *
 * Lines end at '\n'; a "\r\n" ending loses its '\r'. Bytes after the last '\n' are a partial line:
 * not counted until its end arrives or finishPartialLine() is called, so a producer may append
 * whatever chunks the network delivers. Not thread-safe; lives in one thread.
 */
class LogStore final
{
public:
    LogStore();
    ~LogStore();
    LogStore(const LogStore &) = delete;
    LogStore &operator=(const LogStore &) = delete;

    /** Appends raw bytes, which may end inside a line. Returns how many lines were completed. */
    qsizetype append(QByteArrayView bytes);
    /** Appends one complete line (without its line break). */
    void appendLine(QByteArrayView line);
    /** Ends a pending partial line as a line of its own (at the end of a stream). */
    bool finishPartialLine();
    void clear();

    qsizetype lineCount() const;
    /** The raw bytes of line `index` (in range), without the line break; valid until the next append or clear. */
    QByteArrayView line(qsizetype index) const;
    /** Line `index` as text, ANSI escape sequences removed. */
    QString plainText(qsizetype index) const;
    /** The bytes of the complete lines, escapes included. */
    qsizetype byteSize() const;
    /** The longest line, in bytes: what a view needs for its horizontal extent. */
    qsizetype longestLine() const;
    /** What the store holds in memory, chunks and index together (bytes). */
    qsizetype memoryUsage() const;

    /** Where a search found its needle: line, and the position and length in plainText(line). */
    struct Match
    {
        qsizetype line = -1;
        qsizetype column = -1;
        qsizetype length = 0;
        friend bool operator==(const Match &, const Match &) = default;
    };

    /**
     * Every match of `needle` in the plain text of lines [first, first + count), in order; at most
     * `limit` (a view shows "more than N"). Case-insensitive compares ASCII letters without case;
     * other characters match exactly.
     */
    std::vector<Match> findAll(QStringView needle, Qt::CaseSensitivity cs, qsizetype first = 0, qsizetype count = -1,
                               qsizetype limit = 1'000'000) const;
    /** The first match at or after (line, column), wrapping around; line -1 when there is none. */
    Match findNext(QStringView needle, Qt::CaseSensitivity cs, qsizetype line, qsizetype column) const;
    /** The last match before (line, column), wrapping around. */
    Match findPrevious(QStringView needle, Qt::CaseSensitivity cs, qsizetype line, qsizetype column) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace Lagoon
