// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/rollout/logstore.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "core/rollout/ansiline.h"

namespace Lagoon {

namespace {

// 1 MiB chunks: big enough that per-chunk overhead vanishes, small enough that the unused tail of
// the last one does not matter for a small log.
constexpr qsizetype ChunkSize = qsizetype(1) << 20;
// The line index grows in fixed blocks instead of one doubling array, so a million lines never
// needs a second copy of the index (nor twice the capacity) on the way.
constexpr int IndexBlockBits = 16;
constexpr qsizetype IndexBlockSize = qsizetype(1) << IndexBlockBits;
// One index entry: the chunk in the top 24 bits, the offset in it in the lower 40 (a single line of
// up to 1 TiB, 16 M chunks).
constexpr int OffsetBits = 40;
constexpr quint64 OffsetMask = (quint64(1) << OffsetBits) - 1;
// When a line does not fit in the current chunk, the chunk gives back its free tail if that is
// worth a realloc.
constexpr qsizetype TrimThreshold = 4096;

struct FreeDeleter
{
    void operator()(char *p) const { std::free(p); }
};

struct Chunk
{
    std::unique_ptr<char, FreeDeleter> data;
    qsizetype size = 0;
    qsizetype capacity = 0;
};

/** ASCII-only case folding, as the contract promises: other bytes (UTF-8 sequences) match exactly. */
constexpr std::array<unsigned char, 256> makeFoldTable(bool fold)
{
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = static_cast<unsigned char>(fold && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return table;
}
constexpr auto IdentityTable = makeFoldTable(false);
constexpr auto FoldTable = makeFoldTable(true);

/**
 * Boyer–Moore–Horspool over bytes with an optional ASCII fold. Searching UTF-8 bytes finds exactly
 * what searching the decoded text would (UTF-8 is self-synchronising), without decoding every line.
 */
class ByteSearcher
{
public:
    ByteSearcher(QByteArrayView needle, Qt::CaseSensitivity cs)
        : m_fold(cs == Qt::CaseInsensitive ? FoldTable : IdentityTable), m_folding(cs == Qt::CaseInsensitive)
    {
        m_needle.resize(needle.size());
        for (qsizetype i = 0; i < needle.size(); ++i)
            m_needle[i] = static_cast<char>(m_fold[static_cast<unsigned char>(needle[i])]);
        const qsizetype n = m_needle.size();
        m_skip.fill(n);
        for (qsizetype i = 0; i + 1 < n; ++i) {
            const auto c = static_cast<unsigned char>(m_needle[i]);
            m_skip[c] = n - 1 - i;
            // The haystack byte is folded before the lookup, so both cases of a letter share a slot.
        }
    }

    /** The first match in `hay` at or after `from`, or -1. */
    qsizetype find(QByteArrayView hay, qsizetype from) const
    {
        // Without folding, Qt's own search (memchr for the first byte, then compare) is faster.
        if (!m_folding)
            return hay.indexOf(m_needle, from);
        const qsizetype n = m_needle.size();
        const qsizetype last = hay.size() - n;
        const auto *h = reinterpret_cast<const unsigned char *>(hay.data());
        const auto *pat = reinterpret_cast<const unsigned char *>(m_needle.data());
        for (qsizetype pos = from; pos <= last;) {
            const unsigned char tail = m_fold[h[pos + n - 1]];
            if (tail == pat[n - 1]) {
                qsizetype i = n - 2;
                while (i >= 0 && m_fold[h[pos + i]] == pat[i])
                    --i;
                if (i < 0)
                    return pos;
            }
            pos += m_skip[tail];
        }
        return -1;
    }

private:
    const std::array<unsigned char, 256> &m_fold;
    bool m_folding;
    QByteArray m_needle;
    std::array<qsizetype, 256> m_skip{};
};

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/** The position in UTF-16 units of byte offset `byte` (a character boundary) of `utf8`. */
qsizetype utf16Column(QByteArrayView utf8, qsizetype byte)
{
    const QByteArrayView prefix = utf8.first(byte);
    return isAscii(prefix) ? byte : QString::fromUtf8(prefix).size();
}

} // namespace

struct LogStore::Data
{
    std::vector<Chunk> chunks;
    std::vector<std::unique_ptr<quint64[]>> index;
    qsizetype lines = 0;
    qsizetype bytes = 0;
    qsizetype longest = 0;
    QByteArray partial;

    quint64 entry(qsizetype line) const { return index[line >> IndexBlockBits][line & (IndexBlockSize - 1)]; }

    void addLine(QByteArrayView text)
    {
        if (text.endsWith('\r'))
            text.chop(1);
        const qsizetype length = text.size();
        if (chunks.empty() || chunks.back().capacity - chunks.back().size < length) {
            if (!chunks.empty())
                trim(chunks.back());
            newChunk(std::max(ChunkSize, length));
        }
        Chunk &chunk = chunks.back();
        if (length > 0)
            std::memcpy(chunk.data.get() + chunk.size, text.data(), static_cast<size_t>(length));
        if ((lines & (IndexBlockSize - 1)) == 0)
            index.emplace_back(new quint64[IndexBlockSize]);
        index.back()[lines & (IndexBlockSize - 1)] =
            quint64(chunks.size() - 1) << OffsetBits | static_cast<quint64>(chunk.size);
        chunk.size += length;
        ++lines;
        bytes += length;
        longest = std::max(longest, length);
    }

    void newChunk(qsizetype capacity)
    {
        char *p = static_cast<char *>(std::malloc(static_cast<size_t>(capacity)));
        Q_CHECK_PTR(p);
        chunks.push_back(Chunk{std::unique_ptr<char, FreeDeleter>(p), 0, capacity});
    }

    static void trim(Chunk &chunk)
    {
        if (chunk.capacity - chunk.size < TrimThreshold || chunk.size == 0)
            return;
        // Shrinking never moves in practice and cannot fail in a way that loses data.
        if (char *p = static_cast<char *>(std::realloc(chunk.data.get(), static_cast<size_t>(chunk.size)))) {
            (void)chunk.data.release();
            chunk.data.reset(p);
            chunk.capacity = chunk.size;
        }
    }

    QByteArrayView line(qsizetype i) const
    {
        const quint64 e = entry(i);
        const auto c = static_cast<qsizetype>(e >> OffsetBits);
        const auto begin = static_cast<qsizetype>(e & OffsetMask);
        qsizetype end = chunks[c].size;
        if (i + 1 < lines) {
            const quint64 next = entry(i + 1);
            if (static_cast<qsizetype>(next >> OffsetBits) == c)
                end = static_cast<qsizetype>(next & OffsetMask);
        }
        return QByteArrayView(chunks[c].data.get() + begin, end - begin);
    }
};

LogStore::LogStore() : d(std::make_unique<Data>())
{
}

LogStore::~LogStore() = default;

qsizetype LogStore::append(QByteArrayView bytes)
{
    const qsizetype before = d->lines;
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        if (!nl) {
            d->partial.append(p, end - p);
            break;
        }
        if (d->partial.isEmpty()) {
            d->addLine(QByteArrayView(p, nl - p));
        } else {
            d->partial.append(p, nl - p);
            d->addLine(d->partial);
            // Keep no capacity: a 100 KB line must not leave 100 KB behind for the rest of the log.
            d->partial = QByteArray();
        }
        p = nl + 1;
    }
    return d->lines - before;
}

void LogStore::appendLine(QByteArrayView line)
{
    if (!d->partial.isEmpty()) {
        // A complete line cannot continue a pending fragment: the fragment ends first.
        finishPartialLine();
    }
    d->addLine(line);
}

bool LogStore::finishPartialLine()
{
    if (d->partial.isEmpty())
        return false;
    d->addLine(d->partial);
    d->partial = QByteArray();
    return true;
}

void LogStore::clear()
{
    d = std::make_unique<Data>();
}

qsizetype LogStore::lineCount() const
{
    return d->lines;
}

QByteArrayView LogStore::line(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < d->lines);
    return d->line(index);
}

QString LogStore::plainText(qsizetype index) const
{
    return AnsiLine::plainText(line(index));
}

qsizetype LogStore::byteSize() const
{
    return d->bytes;
}

qsizetype LogStore::longestLine() const
{
    return d->longest;
}

qsizetype LogStore::memoryUsage() const
{
    qsizetype total = sizeof(Data) + d->partial.capacity();
    for (const Chunk &chunk : d->chunks)
        total += chunk.capacity;
    total += static_cast<qsizetype>(d->chunks.capacity() * sizeof(Chunk));
    total += static_cast<qsizetype>(d->index.size()) * IndexBlockSize * qsizetype(sizeof(quint64));
    total += static_cast<qsizetype>(d->index.capacity() * sizeof(std::unique_ptr<quint64[]>));
    return total;
}

namespace {

/**
 * Searches one line at a time. A line without escapes is searched as it is stored; one with escapes
 * has them stripped first, still in UTF-8, so one searcher serves both and columns are those of
 * plainText(). Only a needle with U+FFFD, which stands for invalid bytes, needs the decoded text.
 */
class LineSearch
{
public:
    LineSearch(const LogStore &store, QStringView needle, Qt::CaseSensitivity cs)
        : m_store(store), m_needleUtf8(needle.toUtf8()), m_needleLength(needle.size()), m_searcher(m_needleUtf8, cs)
          // U+FFFD stands for invalid bytes in plainText(): only decoded text can match it.
          ,
          m_alwaysDecode(needle.contains(QChar::ReplacementCharacter))
    {
    }

    bool isEmpty() const { return m_needleUtf8.isEmpty(); }

    /** Calls `f(column, length)` for each match in `line` (non-overlapping when `overlapping` is false); stops when f
     * returns false. */
    template <typename F> void forEach(qsizetype line, bool overlapping, F &&f) const
    {
        QByteArrayView hay = m_store.line(line);
        if (m_alwaysDecode) {
            m_buffer = AnsiLine::plainText(hay).toUtf8();
            hay = m_buffer;
        } else if (AnsiLine::needsDecoding(hay)) {
            AnsiLine::stripEscapes(hay, m_buffer);
            hay = m_buffer;
        }
        for (qsizetype pos = m_searcher.find(hay, 0); pos >= 0;) {
            if (!f(utf16Column(hay, pos), m_needleLength))
                return;
            pos = m_searcher.find(hay, pos + (overlapping ? 1 : m_needleUtf8.size()));
        }
    }

private:
    const LogStore &m_store;
    QByteArray m_needleUtf8;
    qsizetype m_needleLength;
    ByteSearcher m_searcher;
    bool m_alwaysDecode;
    mutable QByteArray m_buffer;
};

} // namespace

std::vector<LogStore::Match> LogStore::findAll(QStringView needle, Qt::CaseSensitivity cs, qsizetype first,
                                               qsizetype count, qsizetype limit) const
{
    std::vector<Match> matches;
    const LineSearch search(*this, needle, cs);
    first = std::clamp<qsizetype>(first, 0, d->lines);
    const qsizetype end = count < 0 ? d->lines : std::min(d->lines, first + count);
    if (search.isEmpty() || limit <= 0)
        return matches;
    for (qsizetype i = first; i < end && qsizetype(matches.size()) < limit; ++i) {
        search.forEach(i, false, [&](qsizetype column, qsizetype length) {
            matches.push_back(Match{i, column, length});
            return qsizetype(matches.size()) < limit;
        });
    }
    return matches;
}

LogStore::Match LogStore::findNext(QStringView needle, Qt::CaseSensitivity cs, qsizetype line, qsizetype column) const
{
    const LineSearch search(*this, needle, cs);
    if (search.isEmpty() || d->lines == 0)
        return {};
    if (line < 0 || line >= d->lines) {
        line = 0;
        column = 0;
    }
    Match found;
    const auto firstFrom = [&](qsizetype i, qsizetype minColumn) {
        search.forEach(i, true, [&](qsizetype col, qsizetype length) {
            if (col < minColumn)
                return true;
            found = Match{i, col, length};
            return false;
        });
        return found.line >= 0;
    };
    if (firstFrom(line, column))
        return found;
    for (qsizetype i = line + 1; i < d->lines; ++i) {
        if (firstFrom(i, 0))
            return found;
    }
    // Wrapped: from the top down to the start line, whose part before `column` comes last.
    for (qsizetype i = 0; i <= line; ++i) {
        if (firstFrom(i, 0))
            return found;
    }
    return {};
}

LogStore::Match LogStore::findPrevious(QStringView needle, Qt::CaseSensitivity cs, qsizetype line,
                                       qsizetype column) const
{
    const LineSearch search(*this, needle, cs);
    if (search.isEmpty() || d->lines == 0)
        return {};
    if (line < 0 || line >= d->lines) {
        line = d->lines - 1;
        column = std::numeric_limits<qsizetype>::max();
    }
    Match found;
    const auto lastBefore = [&](qsizetype i, qsizetype maxColumn) {
        search.forEach(i, true, [&](qsizetype col, qsizetype length) {
            if (col >= maxColumn)
                return false;
            found = Match{i, col, length};
            return true;
        });
        return found.line >= 0;
    };
    constexpr qsizetype Anywhere = std::numeric_limits<qsizetype>::max();
    if (lastBefore(line, column))
        return found;
    for (qsizetype i = line - 1; i >= 0; --i) {
        if (lastBefore(i, Anywhere))
            return found;
    }
    // Wrapped: from the bottom up to the start line, whose part at or after `column` comes last.
    for (qsizetype i = d->lines - 1; i >= line; --i) {
        if (lastBefore(i, Anywhere))
            return found;
    }
    return {};
}

} // namespace Lagoon
