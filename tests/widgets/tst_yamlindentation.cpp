// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The text logic behind the editor's Enter, Tab, Backspace and comment toggle, without a widget.
#include <QTest>

#include "widgets/editor/yamlcomments.h"
#include "widgets/editor/yamlindentation.h"

using namespace Lagoon;

class tst_YamlIndentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectStep_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("step");
        QTest::newRow("empty") << QString() << 2;
        QTest::newRow("flat") << QStringLiteral("a: 1\nb: 2\n") << 2;
        QTest::newRow("two") << QStringLiteral("a:\n  b:\n    c: 1\n") << 2;
        QTest::newRow("four") << QStringLiteral("a:\n    b:\n        c: 1\nd:\n    e: 2\n") << 4;
        QTest::newRow("list under key counts the dash")
            << QStringLiteral("tasks:\n  pre-rollout:\n    - run:\n        name: x\n") << 2;
        QTest::newRow("compact list gives no hint") << QStringLiteral("a:\n- x\n- y\n") << 2;
        QTest::newRow("odd comment ignored") << QStringLiteral("a:\n    b: 1\n # note\n    c: 2\n") << 4;
        QTest::newRow("blank lines ignored") << QStringLiteral("a:\n\n   \n    b: 1\n") << 4;
    }

    void detectStep()
    {
        QFETCH(QString, text);
        QFETCH(int, step);
        QCOMPARE(YamlIndentation::detectStep(text), step);
    }

    void commentStart_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("start");
        QTest::newRow("whole line") << QStringLiteral("# note") << 0;
        QTest::newRow("indented") << QStringLiteral("  # note") << 2;
        QTest::newRow("after value") << QStringLiteral("a: b # note") << 5;
        QTest::newRow("no space before hash") << QStringLiteral("url: http://x/#frag") << -1;
        QTest::newRow("single quoted") << QStringLiteral("a: 'b # c'") << -1;
        QTest::newRow("double quoted, then comment") << QStringLiteral("a: \"b # c\" # d") << 11;
        QTest::newRow("escaped quote") << QStringLiteral("a: \"b \\\" # c\" # d") << 14;
        QTest::newRow("apostrophe in plain text") << QStringLiteral("a: it's # c") << 8;
        QTest::newRow("none") << QStringLiteral("key: value") << -1;
    }

    void commentStart()
    {
        QFETCH(QString, line);
        QFETCH(int, start);
        QCOMPARE(YamlIndentation::commentStart(line), start);
    }

    void indentAfter_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("indent");
        QTest::newRow("key opens block") << QStringLiteral("services:") << 2 << 2;
        QTest::newRow("nested key") << QStringLiteral("  cli:") << 2 << 4;
        QTest::newRow("four-space document") << QStringLiteral("    cli:") << 4 << 8;
        QTest::newRow("key with comment") << QStringLiteral("routes:   # per environment") << 2 << 2;
        QTest::newRow("key with value keeps level") << QStringLiteral("  image: nginx") << 2 << 2;
        QTest::newRow("colon inside quotes is a value") << QStringLiteral("  a: 'b:'") << 2 << 2;
        QTest::newRow("list item key opens under the key") << QStringLiteral("    - run:") << 2 << 8;
        QTest::newRow("list item mapping continues the item") << QStringLiteral("  - name: drush cron") << 2 << 4;
        QTest::newRow("list item scalar stays in list") << QStringLiteral("  - drupal-example.com") << 2 << 2;
        QTest::newRow("quoted scalar with colon in list") << QStringLiteral("  - 'a: b'") << 2 << 2;
        QTest::newRow("literal block") << QStringLiteral("    command: |") << 2 << 6;
        QTest::newRow("folded strip block") << QStringLiteral("text: >-") << 2 << 2;
        QTest::newRow("block with indentation indicator and comment") << QStringLiteral("a: |2 # x") << 2 << 2;
        QTest::newRow("block in list item") << QStringLiteral("- script: |") << 2 << 4;
        QTest::newRow("plain value with pipe is not a block") << QStringLiteral("cmd: a|b") << 2 << 0;
        QTest::newRow("blank keeps column") << QStringLiteral("    ") << 2 << 4;
        QTest::newRow("comment only keeps column") << QStringLiteral("  # services:") << 2 << 2;
    }

    void indentAfter()
    {
        QFETCH(QString, line);
        QFETCH(int, step);
        QFETCH(int, indent);
        QCOMPARE(YamlIndentation::indentAfter(line, step), indent);
    }

    void stops()
    {
        QCOMPARE(YamlIndentation::nextStop(0, 2), 2);
        QCOMPARE(YamlIndentation::nextStop(1, 2), 2);
        QCOMPARE(YamlIndentation::nextStop(2, 2), 4);
        QCOMPARE(YamlIndentation::nextStop(3, 4), 4);
        QCOMPARE(YamlIndentation::previousStop(4, 2), 2);
        QCOMPARE(YamlIndentation::previousStop(3, 2), 2);
        QCOMPARE(YamlIndentation::previousStop(1, 2), 0);
        QCOMPARE(YamlIndentation::previousStop(0, 2), 0);
        QCOMPARE(YamlIndentation::previousStop(8, 4), 4);
        QCOMPARE(YamlIndentation::dedented(QStringLiteral("    a: 1"), 2), QStringLiteral("  a: 1"));
        QCOMPARE(YamlIndentation::dedented(QStringLiteral("   a: 1"), 2), QStringLiteral("  a: 1"));
        QCOMPARE(YamlIndentation::dedented(QStringLiteral("a: 1"), 2), QStringLiteral("a: 1"));
    }

    void comments_commentAtSmallestIndent()
    {
        const QStringList lines{QStringLiteral("  routes:"), QString(), QStringLiteral("    - nginx:"),
                                QStringLiteral("      - example.com")};
        const QStringList expected{QStringLiteral("  # routes:"), QString(), QStringLiteral("  #   - nginx:"),
                                   QStringLiteral("  #     - example.com")};
        QCOMPARE(YamlComments::toggled(lines), expected);
        QVERIFY(YamlComments::allCommented(expected));
        QCOMPARE(YamlComments::toggled(expected), lines);
    }

    void comments_mixedSelectionGetsCommented()
    {
        const QStringList lines{QStringLiteral("# already"), QStringLiteral("key: 1")};
        QCOMPARE(YamlComments::toggled(lines), (QStringList{QStringLiteral("# # already"), QStringLiteral("# key: 1")}));
    }

    void comments_uncommentWithoutSpace()
    {
        const QStringList lines{QStringLiteral("  #a: 1"), QStringLiteral("  # b: 2")};
        QCOMPARE(YamlComments::toggled(lines), (QStringList{QStringLiteral("  a: 1"), QStringLiteral("  b: 2")}));
    }

    void comments_blankOnlyIsUnchanged()
    {
        const QStringList lines{QString(), QStringLiteral("   ")};
        QCOMPARE(YamlComments::toggled(lines), lines);
    }
};

QTEST_GUILESS_MAIN(tst_YamlIndentation)
#include "tst_yamlindentation.moc"
