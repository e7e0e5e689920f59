// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>

namespace Lagoon {

/**
 * Joins what several sources deliver of one build log into one log without duplicates: a poll
 * returns the whole log again, an SSH stream that replaces polling starts from its beginning
 * again, and the final fetch repeats what the stream already gave. A batch that starts again
 * (fromStart) is lined up with the log so far by its last lines, first at the same line number,
 * else wherever they occur nearest to it (the SSH portal's stream lacks the remote-controller's
 * header that the API's copy has); a stream from a tail shorter than those lines is lined up by
 * its first lines being the log's last ones. Until they are found the batch is held, so a stream whose
 * first lines are still coming never repeats a line; lines that continue an aligned batch pass.
 */
class LogSplicer final
{
public:
    /** The lines of `lines` that are new to the log, to append in order. */
    QList<QByteArray> take(const QList<QByteArray> &lines, bool fromStart);
    /** Lines of the log so far. */
    qsizetype lineCount() const { return m_count; }

private:
    std::optional<qsizetype> align(const QList<QByteArray> &lines) const;
    bool tailEndsAt(const QList<QByteArray> &lines, qsizetype end) const;
    void remember(const QList<QByteArray> &appended);

    qsizetype m_count = 0;
    // The log's last lines: what a batch that starts again is lined up by.
    QList<QByteArray> m_tail;
    bool m_aligning = false;
    QList<QByteArray> m_buffer;
};

} // namespace Lagoon
