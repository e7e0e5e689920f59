// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/rollout/logstore.h"

using namespace Lagoon;
using namespace Qt::StringLiterals;

namespace {

using Match = LogStore::Match;

QByteArray lineAt(const LogStore &store, qsizetype i)
{
    return store.line(i).toByteArray();
}

/** Feeds `text` in pieces of `piece` bytes, as the network delivers a log. */
void feed(LogStore &store, QByteArrayView text, qsizetype piece)
{
    for (qsizetype pos = 0; pos < text.size(); pos += piece)
        store.append(text.sliced(pos, std::min(piece, text.size() - pos)));
}

/** A build-log-like line of about 100 bytes, some coloured, as docker and Lagoon print them. */
QByteArray buildLine(qsizetype i)
{
    switch (i % 5) {
    case 0:
        return "#" + QByteArray::number(i % 40) +
               " [web 3/7] RUN composer install --no-dev --prefer-dist -o "
               "(line " +
               QByteArray::number(i) + ")";
    case 1:
        return "  - Installing drupal/core-recommended (10.2." + QByteArray::number(i % 9) +
               "): Extracting archive, package " + QByteArray::number(i);
    case 2:
        return "\x1b[32m#" + QByteArray::number(i % 40) + " DONE 0." + QByteArray::number(i % 10) +
               "s\x1b[0m sha256:3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e";
    case 3:
        return "STEP Image Push to Registry: Completed at 2026-11-27 14:0" + QByteArray::number(i % 10) +
               ":00 (UTC) Duration 00:00:1" + QByteArray::number(i % 10) + " Elapsed 00:03:21";
    default:
        return "npm \x1b[33mwarn\x1b[39m deprecated inflight@1.0.6: This module is not supported, and leaks memory";
    }
}

} // namespace

/** The store behind the rollout log view: what lines the user sees, and what search finds. */
class TestLogStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partialLinesAcrossAppends()
    {
        LogStore store;
        QCOMPARE(store.append("Step 1/3 : FR"), 0);
        QCOMPARE(store.lineCount(), 0);
        QCOMPARE(store.append("OM scratch\n ---> 5fef"), 1);
        QCOMPARE(store.lineCount(), 1);
        QCOMPARE(lineAt(store, 0), "Step 1/3 : FROM scratch");
        QCOMPARE(store.append("308ae58f\nStep 2/3"), 1);
        QCOMPARE(lineAt(store, 1), " ---> 5fef308ae58f");
        QVERIFY(store.finishPartialLine());
        QVERIFY(!store.finishPartialLine());
        QCOMPARE(store.lineCount(), 3);
        QCOMPARE(store.plainText(2), u"Step 2/3"_s);
        QCOMPARE(store.byteSize(), qsizetype(23 + 18 + 8));
    }

    void everyPieceSize_sameLines()
    {
        const QByteArray text = "one\r\ntwo\n\n\x1b[31mthree\x1b[0m\nfour\r\n\r\nfive\n";
        for (qsizetype piece : {1, 2, 3, 7, 64}) {
            LogStore store;
            feed(store, text, piece);
            QCOMPARE(store.lineCount(), 7);
            QCOMPARE(lineAt(store, 0), "one");
            QCOMPARE(lineAt(store, 2), "");
            QCOMPARE(store.plainText(3), u"three"_s);
            QCOMPARE(lineAt(store, 4), "four");
            QCOMPARE(lineAt(store, 5), "");
            QCOMPARE(lineAt(store, 6), "five");
        }
    }

    void crlfAndEmptyLines()
    {
        LogStore store;
        QCOMPARE(store.append("\n\n\r\nlast\r\n"), 4);
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.line(i).isEmpty());
        QCOMPARE(lineAt(store, 3), "last");
        store.appendLine("");
        store.appendLine("appended");
        QCOMPARE(store.lineCount(), 6);
        QCOMPARE(lineAt(store, 4), "");
        QCOMPARE(lineAt(store, 5), "appended");
    }

    void hundredKilobyteLine()
    {
        const QByteArray big(100'000, 'x');
        LogStore store;
        feed(store, QByteArray("before\n" + big + "\nafter\n"), 64 * 1024);
        QCOMPARE(store.lineCount(), 3);
        QCOMPARE(lineAt(store, 0), "before");
        QCOMPARE(lineAt(store, 1), big);
        QCOMPARE(lineAt(store, 2), "after");
        QCOMPARE(store.longestLine(), big.size());
        QCOMPARE(store.plainText(1).size(), big.size());
    }

    void lineBiggerThanAChunk()
    {
        // Chunks are 1 MiB: a 3 MiB line gets one of its own, between lines in ordinary chunks.
        QByteArray huge(3 * 1024 * 1024 + 17, 'y');
        huge.replace(2'000'000, 6, "needle");
        LogStore store;
        for (int i = 0; i < 20'000; ++i)
            store.appendLine(
                QByteArray("line " + QByteArray::number(i) + " of the chunk before, padding to fill it up quickly"));
        store.append(huge.first(100));
        feed(store, QByteArray(huge.sliced(100) + "\nfirst after\n"), 64 * 1024);
        store.appendLine("second after");
        QCOMPARE(store.lineCount(), 20'003);
        QCOMPARE(lineAt(store, 19'999), "line 19999 of the chunk before, padding to fill it up quickly");
        QCOMPARE(lineAt(store, 20'000), huge);
        QCOMPARE(lineAt(store, 20'001), "first after");
        QCOMPARE(lineAt(store, 20'002), "second after");
        QCOMPARE(store.longestLine(), huge.size());
        QCOMPARE(store.findNext(u"NEEDLE", Qt::CaseInsensitive, 0, 0), (Match{20'000, 2'000'000, 6}));
        QVERIFY(store.memoryUsage() <= store.byteSize() * 3 / 2);
    }

    void findAll_caseAndColumnsInPlainText()
    {
        LogStore store;
        store.append("Error: build failed\n"
                     "\x1b[31merror\x1b[0m: \x1b[1mERROR\x1b[22m again\n"
                     "caf\xc3\xa9 error \xf0\x9f\x94\xa5 error\n"
                     "no match here\n");
        const std::vector<Match> sensitive = store.findAll(u"error", Qt::CaseSensitive);
        QCOMPARE(sensitive, (std::vector<Match>{{1, 0, 5}, {2, 5, 5}, {2, 14, 5}}));
        const std::vector<Match> insensitive = store.findAll(u"error", Qt::CaseInsensitive);
        QCOMPARE(insensitive, (std::vector<Match>{{0, 0, 5}, {1, 0, 5}, {1, 7, 5}, {2, 5, 5}, {2, 14, 5}}));
        // Columns are those of plainText(), in UTF-16 units: the emoji counts two.
        QCOMPARE(store.plainText(2).mid(14, 5), u"error"_s);
        QCOMPARE(store.plainText(1).mid(7, 5), u"ERROR"_s);
        // Only ASCII letters fold: É does not match é.
        QVERIFY(store.findAll(u"CAFÉ", Qt::CaseInsensitive).empty());
        QCOMPARE(store.findAll(u"CAFé", Qt::CaseInsensitive), (std::vector<Match>{{2, 0, 4}}));
        // Escapes are not text: "31m" is not found, and a needle spanning an escape is.
        QVERIFY(store.findAll(u"31m", Qt::CaseSensitive).empty());
        QCOMPARE(store.findAll(u"error: ERROR", Qt::CaseSensitive), (std::vector<Match>{{1, 0, 12}}));
        QVERIFY(store.findAll(u"", Qt::CaseSensitive).empty());
    }

    void findAll_rangeLimitAndNonOverlapping()
    {
        LogStore store;
        for (int i = 0; i < 10; ++i)
            store.appendLine(QByteArray("aaaa " + QByteArray::number(i)));
        QCOMPARE(store.findAll(u"aa", Qt::CaseSensitive, 0, 1), (std::vector<Match>{{0, 0, 2}, {0, 2, 2}}));
        QCOMPARE(store.findAll(u"aa", Qt::CaseSensitive, 3, 2).size(), size_t(4));
        QCOMPARE(store.findAll(u"aa", Qt::CaseSensitive, 3, 2).front().line, 3);
        QCOMPARE(store.findAll(u"aa", Qt::CaseSensitive, 0, -1, 5).size(), size_t(5));
        QCOMPARE(store.findAll(u"aa", Qt::CaseSensitive, 8, 100).size(), size_t(4));
    }

    void findNextAndPrevious_wrap()
    {
        LogStore store;
        store.append("first warning\nnothing\nwarning one, WARNING two\nnothing\n");
        QCOMPARE(store.findNext(u"warning", Qt::CaseSensitive, 0, 0), (Match{0, 6, 7}));
        QCOMPARE(store.findNext(u"warning", Qt::CaseSensitive, 0, 7), (Match{2, 0, 7}));
        QCOMPARE(store.findNext(u"warning", Qt::CaseInsensitive, 2, 1), (Match{2, 13, 7}));
        // Past the last match it wraps to the top.
        QCOMPARE(store.findNext(u"warning", Qt::CaseSensitive, 2, 1), (Match{0, 6, 7}));
        QCOMPARE(store.findNext(u"warning", Qt::CaseSensitive, 3, 0), (Match{0, 6, 7}));
        // Wrapping comes back to the start line's part before the column.
        QCOMPARE(store.findNext(u"first", Qt::CaseSensitive, 0, 3), (Match{0, 0, 5}));

        QCOMPARE(store.findPrevious(u"warning", Qt::CaseInsensitive, 3, 0), (Match{2, 13, 7}));
        QCOMPARE(store.findPrevious(u"warning", Qt::CaseInsensitive, 2, 13), (Match{2, 0, 7}));
        QCOMPARE(store.findPrevious(u"warning", Qt::CaseInsensitive, 2, 0), (Match{0, 6, 7}));
        // Before the first match it wraps to the bottom.
        QCOMPARE(store.findPrevious(u"warning", Qt::CaseInsensitive, 0, 6), (Match{2, 13, 7}));
        QCOMPARE(store.findPrevious(u"first", Qt::CaseSensitive, 0, 0), (Match{0, 0, 5}));

        QCOMPARE(store.findNext(u"absent", Qt::CaseInsensitive, 1, 0).line, -1);
        QCOMPARE(store.findPrevious(u"absent", Qt::CaseInsensitive, 1, 0).line, -1);
        QCOMPARE(LogStore().findNext(u"x", Qt::CaseSensitive, 0, 0).line, -1);
    }

    void findNext_overlappingMatchAfterColumn()
    {
        LogStore store;
        store.appendLine("aaa");
        QCOMPARE(store.findNext(u"aa", Qt::CaseSensitive, 0, 1), (Match{0, 1, 2}));
        QCOMPARE(store.findPrevious(u"aa", Qt::CaseSensitive, 0, 1), (Match{0, 0, 2}));
    }

    void invalidUtf8_searchesTheReplacementCharacter()
    {
        LogStore store;
        store.appendLine("bad \xff byte");
        QCOMPARE(store.plainText(0), u"bad \ufffd byte"_s);
        QCOMPARE(store.findAll(u"\ufffd byte", Qt::CaseSensitive), (std::vector<Match>{{0, 4, 6}}));
        QCOMPARE(store.findAll(u"byte", Qt::CaseSensitive), (std::vector<Match>{{0, 6, 4}}));
    }

    void clear_forgetsEverything()
    {
        LogStore store;
        store.append("a\nb\npartial");
        store.clear();
        QCOMPARE(store.lineCount(), 0);
        QCOMPARE(store.byteSize(), 0);
        QCOMPARE(store.longestLine(), 0);
        QVERIFY(!store.finishPartialLine());
        store.append("fresh\n");
        QCOMPARE(lineAt(store, 0), "fresh");
    }

    void millionLines_memoryWithinOneAndAHalfTimesTheLog()
    {
        QByteArray log;
        log.reserve(110 * 1'000'000);
        for (qsizetype i = 0; i < 1'000'000; ++i)
            log += buildLine(i) + '\n';
        LogStore store;
        feed(store, log, 64 * 1024);
        QCOMPARE(store.lineCount(), 1'000'000);
        QCOMPARE(store.byteSize(), log.size() - 1'000'000); // the line breaks are not kept
        QVERIFY2(store.memoryUsage() <= store.byteSize() * 3 / 2,
                 qPrintable(u"%1 bytes held for a %2-byte log"_s.arg(store.memoryUsage()).arg(store.byteSize())));
        for (qsizetype i : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(65'535), qsizetype(65'536),
                            qsizetype(523'457), qsizetype(999'999)})
            QCOMPARE(lineAt(store, i), buildLine(i));
        QCOMPARE(store.plainText(2).left(6), u"#2 DON"_s);
        // Every fifth line warns: search covers the whole log.
        QCOMPARE(store.findAll(u"WARN", Qt::CaseInsensitive).size(), size_t(200'000));
        const Match last = store.findPrevious(u"(line 999995)", Qt::CaseSensitive, 0, 0);
        QCOMPARE(last.line, 999'995);
    }
};

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
