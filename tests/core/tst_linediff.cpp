// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/util/linediff.h"

using namespace Lagoon;

namespace {

/** The diff as "  same", "- removed", "+ added" lines. */
QString render(const QList<DiffLine> &diff)
{
    QStringList out;
    for (const DiffLine &d : diff) {
        const char *mark = d.kind == DiffLine::Kind::Same ? "  " : d.kind == DiffLine::Kind::Removed ? "- " : "+ ";
        out << QString::fromLatin1(mark) + d.text;
    }
    return out.join(QLatin1Char('\n'));
}

QStringList lines(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'));
}

} // namespace

/** What "compare" shows when another program changed a file the user is editing. */
class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changedLine()
    {
        QCOMPARE(render(LineDiff::compare(lines("a\nb\nc"), lines("a\nB\nc"))), QStringLiteral("  a\n- b\n+ B\n  c"));
    }
    void insertedAndRemoved()
    {
        const auto diff = LineDiff::compare(lines("a\nb\nc\nd"), lines("x\na\nc\nd\ne"));
        QCOMPARE(render(diff), QStringLiteral("+ x\n  a\n- b\n  c\n  d\n+ e"));
        QCOMPARE(diff.at(3).oldLine, 3);
        QCOMPARE(diff.at(3).newLine, 3);
    }
    void identical()
    {
        const auto diff = LineDiff::compare(lines("a\nb"), lines("a\nb"));
        QCOMPARE(diff.size(), 2);
        QVERIFY(std::all_of(diff.cbegin(), diff.cend(), [](const DiffLine &d) { return d.kind == DiffLine::Kind::Same; }));
    }
    void hugeMiddle_fallsBackToReplace()
    {
        const auto diff = LineDiff::compare(lines("a\nb\nc\nz"), lines("a\nc\nb\nz"), 1);
        QCOMPARE(render(diff), QStringLiteral("  a\n- b\n- c\n+ c\n+ b\n  z"));
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
