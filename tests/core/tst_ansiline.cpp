// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QTest>

#include "core/rollout/ansiline.h"

using namespace Lagoon;
using namespace Qt::StringLiterals;

namespace {

using Colour = AnsiLine::Colour;

Colour indexed(quint32 index)
{
    return Colour{Colour::Kind::Indexed, index};
}

/** The text a span covers, to compare spans by what the user sees coloured. */
QString spanText(const AnsiLine &line, qsizetype i)
{
    const AnsiLine::Span &span = line.spans.at(i);
    return line.text.mid(span.start, span.length);
}

/** Real output captured from a terminal: docker-compose 1.29 `up` and npm 11 with --color=always. */
QList<QByteArray> fixtureLines(const char *name)
{
    QFile file(QStringLiteral(LAGOON_TEST_DATA_DIR "/ansi/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

} // namespace

/** The colours and text a log view shows for build tools' coloured output. */
class TestAnsiLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainLine_hasNoSpans()
    {
        const AnsiLine line = AnsiLine::decode("Step 1/3 : FROM scratch");
        QCOMPARE(line.text, u"Step 1/3 : FROM scratch"_s);
        QVERIFY(line.spans.isEmpty());
        QVERIFY(!AnsiLine::needsDecoding("tabs\tstay"));
        QCOMPARE(AnsiLine::plainText("tabs\tstay"), u"tabs\tstay"_s);
        // Control characters go wherever they are, tabs before them or not.
        QVERIFY(AnsiLine::needsDecoding("0123456789\tabcdefghij\x01"));
        QVERIFY(!AnsiLine::needsDecoding("0123456789\tabcdefghij\tklmnopqrstuvwxyz"));
        QCOMPARE(AnsiLine::plainText("Downloading\t 10%\r\tDownloading 100%\x7f\x07"),
                 u"Downloading\t 10%\tDownloading 100%"_s);
    }

    void npmError_boldAndColouredWords()
    {
        const QList<QByteArray> lines = fixtureLines("npm-error.log");
        QVERIFY2(lines.size() >= 8, "tests/data/ansi/npm-error.log is missing");
        const AnsiLine line = AnsiLine::decode(lines.at(0));
        QCOMPARE(line.text, u"npm error code ENOENT"_s);
        QCOMPARE(line.spans.size(), 3);
        QCOMPARE(spanText(line, 0), u"npm"_s);
        QVERIFY(line.spans.at(0).bold);
        QCOMPARE(line.spans.at(0).foreground, Colour{});
        QCOMPARE(spanText(line, 1), u"error"_s);
        QCOMPARE(line.spans.at(1).foreground, indexed(1)); // red
        QVERIFY(!line.spans.at(1).bold);                   // 22 ended the bold
        QCOMPARE(spanText(line, 2), u"code"_s);
        QCOMPARE(line.spans.at(2).foreground, indexed(12)); // bright blue (94)
        const AnsiLine errno_ = AnsiLine::decode(lines.at(3));
        QCOMPARE(errno_.text, u"npm error errno -2"_s);
        QCOMPARE(spanText(errno_, 3), u"-2"_s);
        QCOMPARE(errno_.spans.at(3).foreground, indexed(3)); // yellow
    }

    void dockerCompose_prefixesAndCursorMovesDropped()
    {
        const QList<QByteArray> lines = fixtureLines("docker-compose-up.log");
        QVERIFY2(lines.size() >= 12, "tests/data/ansi/docker-compose-up.log is missing");
        // The redraw line: cursor up/down, erase line and carriage returns leave only the text.
        const AnsiLine redraw = AnsiLine::decode(lines.at(3));
        QCOMPARE(redraw.text, u"Creating a1cap_worker_1 ... doneCreating a1cap_web_1    ... doneAttaching to "
                              "a1cap_worker_1, a1cap_web_1"_s);
        QCOMPARE(redraw.spans.size(), 2);
        QCOMPARE(spanText(redraw, 0), u"done"_s);
        QCOMPARE(redraw.spans.at(0).foreground, indexed(2)); // green
        QCOMPARE(spanText(redraw, 1), u"done"_s);

        const AnsiLine ls = AnsiLine::decode(lines.at(5));
        QCOMPARE(ls.text, u"web_1     | bin"_s);
        QCOMPARE(ls.spans.size(), 2);
        QCOMPARE(spanText(ls, 0), u"web_1     |"_s);
        QCOMPARE(ls.spans.at(0).foreground, indexed(6)); // cyan service prefix
        QCOMPARE(spanText(ls, 1), u"bin"_s);             // busybox ls: directory in bold blue
        QVERIFY(ls.spans.at(1).bold);
        QCOMPARE(ls.spans.at(1).foreground, indexed(4));

        // plainText() is what search and copy use: always the decoded text.
        QByteArray stripped;
        for (const QByteArray &raw : lines) {
            QCOMPARE(AnsiLine::plainText(raw), AnsiLine::decode(raw).text);
            AnsiLine::stripEscapes(raw, stripped);
            QCOMPARE(stripped, AnsiLine::plainText(raw).toUtf8());
        }
    }

    void extendedColours()
    {
        const AnsiLine line = AnsiLine::decode("\x1b[38;5;208mor\x1b[48;2;16;32;255mbl\x1b[39;49mno");
        QCOMPARE(line.text, u"orblno"_s);
        QCOMPARE(line.spans.size(), 2);
        QCOMPARE(line.spans.at(0).foreground, indexed(208));
        QCOMPARE(line.spans.at(1).foreground, indexed(208));
        QCOMPARE(line.spans.at(1).background, (Colour{Colour::Kind::Rgb, 0x1020ff}));
        // The ITU form with colons and an empty colour space.
        const AnsiLine itu = AnsiLine::decode("\x1b[38:2::255:0:0mred");
        QCOMPARE(itu.text, u"red"_s);
        QCOMPARE(itu.spans.size(), 1);
        QCOMPARE(itu.spans.at(0).foreground, (Colour{Colour::Kind::Rgb, 0xff0000}));
    }

    void brightColoursAndAttributes()
    {
        const AnsiLine line = AnsiLine::decode("\x1b[97;101;3;4mA\x1b[23mB\x1b[24mC\x1b[1mD\x1b[22mE\x1b[0mF");
        QCOMPARE(line.text, u"ABCDEF"_s);
        QCOMPARE(line.spans.size(), 5);
        QCOMPARE(line.spans.at(0).foreground, indexed(15));
        QCOMPARE(line.spans.at(0).background, indexed(9));
        QVERIFY(line.spans.at(0).italic && line.spans.at(0).underline);
        QVERIFY(!line.spans.at(1).italic && line.spans.at(1).underline);
        QVERIFY(!line.spans.at(2).underline);
        QVERIFY(line.spans.at(3).bold);
        QVERIFY(!line.spans.at(4).bold);
        QCOMPARE(spanText(line, 4), u"E"_s); // F is back to the default style: no span
    }

    void sameStyleRunsMerge()
    {
        const AnsiLine line = AnsiLine::decode("\x1b[31mab\x1b[31mcd\x1b[Kef");
        QCOMPARE(line.text, u"abcdef"_s);
        QCOMPARE(line.spans.size(), 1);
        QCOMPARE(line.spans.at(0).length, 6);
    }

    void oscAndOtherSequencesDropped()
    {
        QCOMPARE(AnsiLine::plainText("\x1b]0;title\x07"
                                     "before\x1b]8;;https://x\x1b\\link\x1b]8;;\x1b\\ after"),
                 u"beforelink after"_s);
        QCOMPARE(AnsiLine::plainText("a\x1b[2Kb\x1b[?25lc\x1b(Bd\x1b=e"), u"abcde"_s);
        // An unterminated sequence at the end of a line hides nothing before it.
        QCOMPARE(AnsiLine::plainText("text\x1b[3"), u"text"_s);
        QCOMPARE(AnsiLine::decode("text\x1b").text, u"text"_s);
    }

    void utf8AndInvalidBytes()
    {
        const AnsiLine line = AnsiLine::decode("\x1b[32m\xe2\x9c\x94\x1b[0m caf\xc3\xa9 \xff!");
        QCOMPARE(line.text, u"\u2714 caf\u00e9 \ufffd!"_s);
        QCOMPARE(line.spans.size(), 1);
        QCOMPARE(line.spans.at(0).length, 1);
    }
};

QTEST_GUILESS_MAIN(TestAnsiLine)
#include "tst_ansiline.moc"
