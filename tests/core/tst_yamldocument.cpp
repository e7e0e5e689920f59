// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <vector>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include "core/yaml/yamldocument.h"

using namespace Lagoon;
using Type = YamlNode::Type;
using Style = YamlNode::ScalarStyle;

namespace {

QByteArray source(const YamlDocument &doc, const YamlNode &node)
{
    const Yaml::Range r = node.range();
    return doc.text().mid(r.start.offset, r.end.offset - r.start.offset);
}

// "line:column-line:column", compact enough to compare in one QCOMPARE.
QString where(const Yaml::Range &r)
{
    return QStringLiteral("%1:%2-%3:%4").arg(r.start.line).arg(r.start.column).arg(r.end.line).arg(r.end.column);
}

QStringList ruleIds(const YamlDocument &doc)
{
    QStringList ids;
    for (const Diagnostic &d : doc.diagnostics())
        ids << d.ruleId;
    return ids;
}

const Diagnostic *findRule(const Diagnostics &diagnostics, const QString &ruleId, int index = 0)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.ruleId == ruleId && index-- == 0)
            return &d;
    }
    return nullptr;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every node reachable from the root in document order (aliases are not followed), bounded.
std::vector<YamlNode> allNodes(const YamlDocument &doc, qsizetype budget = 1'000'000)
{
    std::vector<YamlNode> result;
    std::vector<YamlNode> stack{doc.root()};
    while (!stack.empty() && qsizetype(result.size()) < budget) {
        const YamlNode node = stack.back();
        stack.pop_back();
        if (!node.isValid() && !node.isAlias())
            continue;
        result.push_back(node);
        if (node.isAlias())
            continue;
        if (node.isMap()) {
            const QList<YamlEntry> entries = node.entries();
            for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
                stack.push_back(it->value);
                stack.push_back(it->key);
            }
        } else if (node.isSequence()) {
            for (qsizetype i = node.size() - 1; i >= 0; --i)
                stack.push_back(node.at(i));
        }
    }
    return result;
}

// The range's text, at its original column and with nothing after it, parses to the same scalar.
QString reparsedScalar(const YamlDocument &doc, const YamlNode &node)
{
    const QByteArray text = doc.text();
    const Yaml::Range r = node.range();
    QByteArray prefix = text.left(r.start.offset);
    for (qsizetype i = text.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < prefix.size(); ++i) {
        if (prefix[i] != '\n' && !(prefix[i] == '\r' && text.at(i + 1) == '\n'))
            prefix[i] = ' ';
    }
    const YamlDocument again = YamlDocument::parse(prefix + source(doc, node) + '\n', doc.fileName());
    return again.root().type() == node.type() ? again.root().scalar()
                                              : QStringLiteral("<type %1>").arg(int(again.root().type()));
}

QString withoutTrailingBreaks(QString s)
{
    while (s.endsWith(QLatin1Char('\n')))
        s.chop(1);
    return s;
}

// Ranges stay inside the text, start before end, and agree with YamlDocument::position().
void checkRanges(const YamlDocument &doc)
{
    for (const YamlNode &node : allNodes(doc)) {
        const Yaml::Range r = node.range();
        QVERIFY(r.start.offset <= r.end.offset);
        QVERIFY(r.end.offset <= doc.text().size());
        QVERIFY(r.start.line >= 1 && r.start.column >= 1);
        QCOMPARE(doc.position(r.start.offset), r.start);
        QCOMPARE(doc.position(r.end.offset), r.end);
        if (node.isMap())
            (void)node.mergedEntries();
        if (node.isAlias())
            (void)node.aliasTarget().range();
    }
}

} // namespace

class tst_YamlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_plainScalars_rangesCoverTokensWithoutComments()
    {
        const auto doc = YamlDocument::parse("name: my-project   # the project\nport: 8080\n", QStringLiteral("a.yml"));
        QVERIFY(doc.isValid());
        const YamlNode root = doc.root();
        QVERIFY(root.isMap());
        QCOMPARE(root.size(), 2);
        QCOMPARE(source(doc, root.keyNode(u"name")), QByteArray("name"));
        QCOMPARE(source(doc, root.value(u"name")), QByteArray("my-project"));
        QCOMPARE(where(root.value(u"name").range()), QStringLiteral("1:7-1:17"));
        QCOMPARE(root.value(u"port").scalar(), QStringLiteral("8080"));
        QCOMPARE(root.value(u"port").style(), Style::Plain);
        QCOMPARE(source(doc, root), QByteArray("name: my-project   # the project\nport: 8080"));
        QCOMPARE(doc.fileName(), QStringLiteral("a.yml"));
    }

    void parse_multiLinePlainScalar_rangeSpansItsLines()
    {
        const auto doc = YamlDocument::parse("command: run this\n  and that  \n  # done\nnext: 1\n", {});
        const YamlNode value = doc.root().value(u"command");
        QCOMPARE(value.scalar(), QStringLiteral("run this and that"));
        QCOMPARE(source(doc, value), QByteArray("run this\n  and that"));
        QCOMPARE(where(value.range()), QStringLiteral("1:10-2:11"));
    }

    void parse_quotedScalars_rangesIncludeQuotes()
    {
        const QByteArray text = "a: \"say \\\"hi\\\"\n  there\"\nb: 'it''s'\nc: \"\"\n";
        const auto doc = YamlDocument::parse(text, {});
        QVERIFY(doc.isValid());
        const YamlNode a = doc.root().value(u"a");
        QCOMPARE(a.scalar(), QStringLiteral("say \"hi\" there"));
        QCOMPARE(a.style(), Style::DoubleQuoted);
        QCOMPARE(source(doc, a), QByteArray("\"say \\\"hi\\\"\n  there\""));
        const YamlNode b = doc.root().value(u"b");
        QCOMPARE(b.scalar(), QStringLiteral("it's"));
        QCOMPARE(b.style(), Style::SingleQuoted);
        QCOMPARE(source(doc, b), QByteArray("'it''s'"));
        const YamlNode c = doc.root().value(u"c");
        QVERIFY(c.isScalar());
        QCOMPARE(c.scalar(), QString());
        QCOMPARE(source(doc, c), QByteArray("\"\""));
    }

    void parse_blockScalars_rangeRunsFromIndicatorToLastLine()
    {
        const QByteArray text =
            "script: |-\n  echo one\n\n    echo two   \n\nfolded: >\n  a\n  b\nempty: |\nafter: x\n";
        const auto doc = YamlDocument::parse(text, {});
        QVERIFY(doc.isValid());
        const YamlNode script = doc.root().value(u"script");
        QCOMPARE(script.style(), Style::Literal);
        QCOMPARE(script.scalar(), QStringLiteral("echo one\n\n  echo two   "));
        QCOMPARE(source(doc, script), QByteArray("|-\n  echo one\n\n    echo two   "));
        const YamlNode folded = doc.root().value(u"folded");
        QCOMPARE(folded.style(), Style::Folded);
        QCOMPARE(folded.scalar(), QStringLiteral("a b\n"));
        QCOMPARE(source(doc, folded), QByteArray(">\n  a\n  b"));
        const YamlNode empty = doc.root().value(u"empty");
        QCOMPARE(empty.scalar(), QString());
        QCOMPARE(source(doc, empty), QByteArray("|"));
        QCOMPARE(source(doc, doc.root().keyNode(u"after")), QByteArray("after"));
    }

    void parse_nestedBlockMaps_rangesRunFromFirstKeyToLastValue()
    {
        const QByteArray text =
            "services:\n  cli:\n    image: php\n    labels:\n      lagoon.type: cli\n  # a comment\n"
            "  nginx:\n    image: nginx\nvolumes: {}\n";
        const auto doc = YamlDocument::parse(text, {});
        QVERIFY(doc.isValid());
        const YamlNode services = doc.root().value(u"services");
        QVERIFY(services.isMap());
        QVERIFY(!services.isFlow());
        QCOMPARE(source(doc, services), text.mid(12, text.indexOf("volumes") - 1 - 12));
        const YamlNode labels = services.value(u"cli").value(u"labels");
        QCOMPARE(source(doc, labels), QByteArray("lagoon.type: cli"));
        QCOMPARE(where(labels.range()), QStringLiteral("5:7-5:23"));
        QCOMPARE(source(doc, services.value(u"cli")), QByteArray("image: php\n    labels:\n      lagoon.type: cli"));
        QCOMPARE(services.value(u"cli").parent(), services);
        QVERIFY(!doc.root().parent().isValid());
    }

    void parse_blockSequences_rangesAndEmptyItems()
    {
        const auto doc = YamlDocument::parse("list:\n- one\n-\n- key: v\n  other: w\n- - nested\n", {});
        QVERIFY(doc.isValid());
        const YamlNode list = doc.root().value(u"list");
        QVERIFY(list.isSequence());
        QCOMPARE(list.size(), 4);
        QCOMPARE(source(doc, list), QByteArray("- one\n-\n- key: v\n  other: w\n- - nested"));
        QCOMPARE(source(doc, list.at(0)), QByteArray("one"));
        QVERIFY(list.at(1).isNull());
        QVERIFY(list.at(1).range().isEmpty());
        QCOMPARE(where(list.at(1).range()), QStringLiteral("3:2-3:2"));
        QCOMPARE(source(doc, list.at(2)), QByteArray("key: v\n  other: w"));
        QCOMPARE(source(doc, list.at(3)), QByteArray("- nested"));
        QVERIFY(!list.at(4).isValid());
        QVERIFY(!list.at(-1).isValid());
    }

    void parse_propertiesBeforePlainScalar_rangeEndsWhereYamlCppEndsIt()
    {
        // Without properties, the next line continues the scalar; an anchor where a key could
        // start opens an indentation level in yaml-cpp, so there the scalar ends with its line.
        QCOMPARE(source(YamlDocument::parse("word\nmore\n", {}), YamlDocument::parse("word\nmore\n", {}).root()),
                 QByteArray("word\nmore"));
        const auto anchored = YamlDocument::parse("&a word\nmore\n", {});
        QCOMPARE(anchored.root().scalar(), QStringLiteral("word"));
        QCOMPARE(source(anchored, anchored.root()), QByteArray("word"));
    }

    void parse_colonAfterAnchorInText_staysText()
    {
        // `&name:` is renamed for yaml-cpp only where it is a property (see YamlAnchorNames).
        const auto doc = YamlDocument::parse("cmd: \"run &job: now\"\na* &N4Y: 1\n&job: x\nb: *job\n", {});
        QVERIFY2(doc.isValid(), qPrintable(ruleIds(doc).join(QLatin1Char(','))));
        QCOMPARE(doc.root().value(u"cmd").scalar(), QStringLiteral("run &job: now"));
        QCOMPARE(doc.root().entries().at(1).key.scalar(), QStringLiteral("a* &N4Y"));
        QVERIFY(doc.root().value(u"b").isAlias());
        // The anchor keeps the name as written, and ranges follow what yaml-cpp read.
        QCOMPARE(doc.root().entries().at(2).key.anchor(), QStringLiteral("job"));
        QCOMPARE(doc.root().value(u"b").anchor(), QStringLiteral("job"));
        const auto tagged = YamlDocument::parse("&keya: !!str 1\nb: *keya\n", {});
        QCOMPARE(source(tagged, tagged.root().entries().at(0).value), QByteArray("1"));
        QCOMPARE(tagged.root().entries().at(0).key.anchor(), QStringLiteral("keya"));
        const auto block = YamlDocument::parse("run: |\n  &job: x\nalone:\n  |\n  &job: y\n", {});
        QCOMPARE(block.root().value(u"run").scalar(), QStringLiteral("&job: x\n"));
        QCOMPARE(block.root().value(u"alone").scalar(), QStringLiteral("&job: y\n"));
    }

    void parse_flowCollections_rangesRunToClosingBracket()
    {
        const QByteArray text =
            "ports: [ 80, \"443\" ,{a: b}, [x] ]  # web\nenv: {A: 1,\n  B: [2, 3], C: }\npair: [k: v]\n";
        const auto doc = YamlDocument::parse(text, {});
        QVERIFY(doc.isValid());
        const YamlNode ports = doc.root().value(u"ports");
        QVERIFY(ports.isSequence());
        QVERIFY(ports.isFlow());
        QCOMPARE(source(doc, ports), QByteArray("[ 80, \"443\" ,{a: b}, [x] ]"));
        QCOMPARE(source(doc, ports.at(1)), QByteArray("\"443\""));
        QCOMPARE(source(doc, ports.at(2)), QByteArray("{a: b}"));
        QCOMPARE(source(doc, ports.at(3)), QByteArray("[x]"));
        const YamlNode env = doc.root().value(u"env");
        QCOMPARE(source(doc, env), QByteArray("{A: 1,\n  B: [2, 3], C: }"));
        QCOMPARE(source(doc, env.value(u"B")), QByteArray("[2, 3]"));
        QVERIFY(env.value(u"C").isNull());
        QCOMPARE(where(env.value(u"C").range()), QStringLiteral("3:16-3:16"));
        const YamlNode pair = doc.root().value(u"pair").at(0);
        QVERIFY(pair.isMap());
        QCOMPARE(source(doc, pair), QByteArray("k: v"));
    }

    void parse_emptyValues_emptyRangeAfterIndicatorOrProperties()
    {
        const auto doc = YamlDocument::parse("a:\nb: &anchor\nc: !!str\nd: ~\ne: null # x\nf:   # nothing\n", {});
        QVERIFY(doc.isValid());
        const YamlNode root = doc.root();
        QVERIFY(root.value(u"a").isNull());
        QCOMPARE(where(root.value(u"a").range()), QStringLiteral("1:3-1:3"));
        QCOMPARE(root.value(u"b").anchor(), QStringLiteral("anchor"));
        QCOMPARE(where(root.value(u"b").range()), QStringLiteral("2:11-2:11"));
        QVERIFY(root.value(u"c").isScalar());
        QCOMPARE(root.value(u"c").tag(), QStringLiteral("tag:yaml.org,2002:str"));
        QCOMPARE(where(root.value(u"c").range()), QStringLiteral("3:9-3:9"));
        QCOMPARE(source(doc, root.value(u"d")), QByteArray("~"));
        QCOMPARE(source(doc, root.value(u"e")), QByteArray("null"));
        QCOMPARE(where(root.value(u"f").range()), QStringLiteral("6:3-6:3"));
    }

    void parse_anchorsAndAliases_aliasesStayReferences()
    {
        const QByteArray text = "base: &base !custom\n  image: php\nalias: *base\nlist: [&item one, *item]\n";
        const auto doc = YamlDocument::parse(text, {});
        QVERIFY(doc.isValid());
        const YamlNode base = doc.root().value(u"base");
        QCOMPARE(base.anchor(), QStringLiteral("base"));
        QCOMPARE(base.tag(), QStringLiteral("!custom"));
        QVERIFY(!base.isAlias());
        QCOMPARE(source(doc, base), QByteArray("image: php"));
        const YamlNode alias = doc.root().value(u"alias");
        QVERIFY(alias.isAlias());
        QVERIFY(alias.isMap());
        QCOMPARE(alias.anchor(), QStringLiteral("base"));
        QCOMPARE(alias.aliasTarget(), base);
        QVERIFY(!(alias == base));
        QCOMPARE(source(doc, alias), QByteArray("*base"));
        QCOMPARE(alias.value(u"image").scalar(), QStringLiteral("php"));
        QCOMPARE(alias.value(u"image"), base.value(u"image"));
        const YamlNode list = doc.root().value(u"list");
        QCOMPARE(source(doc, list.at(0)), QByteArray("one"));
        QCOMPARE(source(doc, list.at(1)), QByteArray("*item"));
        QCOMPARE(list.at(1).scalar(), QStringLiteral("one"));
        QVERIFY(!base.aliasTarget().isValid());
        // A written `!` makes even `~` a string.
        const YamlNode bang = YamlDocument::parse("- ! ~\n- \"q\"\n", {}).root();
        QVERIFY(bang.at(0).isScalar());
        QCOMPARE(bang.at(0).tag(), QStringLiteral("!"));
        QCOMPARE(bang.at(1).tag(), QString());
    }

    void mergedEntries_mergeKeys_explicitKeysAndEarlierMapsWin()
    {
        const QByteArray text = "a: &a {x: a, y: a}\n"
                                "b: &b {<<: *a, y: b, z: b}\n"
                                "c: &c {w: c, x: c}\n"
                                "one:\n  <<: *a\n  x: own\n"
                                "list:\n  <<: [*b, *c]\n  v: own\n"
                                "quoted: {\"<<\": *a}\n";
        const auto doc = YamlDocument::parse(text, {});
        QVERIFY(doc.isValid());
        const auto asText = [](const QList<YamlEntry> &entries) {
            QStringList parts;
            for (const YamlEntry &e : entries)
                parts << e.key.scalar() + QLatin1Char('=') + e.value.scalar();
            return parts.join(QLatin1Char(' '));
        };
        QCOMPARE(asText(doc.root().value(u"one").mergedEntries()), QStringLiteral("x=own y=a"));
        // b (with a merged into it) comes before c: a's x wins over c's x.
        QCOMPARE(asText(doc.root().value(u"list").mergedEntries()), QStringLiteral("v=own y=b z=b x=a w=c"));
        QVERIFY(doc.root().value(u"list").keyNode(u"<<").isMergeKey());
        QCOMPARE(doc.root().value(u"list").entries().size(), 2);
        const YamlNode quoted = doc.root().value(u"quoted");
        QVERIFY(!quoted.entries().first().key.isMergeKey());
        QCOMPARE(quoted.mergedEntries().size(), 1);
        // Merged entries keep the positions of where they are written.
        const YamlEntry merged = doc.root().value(u"one").mergedEntries().at(1);
        QCOMPARE(where(merged.key.range()), QStringLiteral("1:14-1:15"));
    }

    void mergedEntries_mapsMergedManyTimes_finishQuickly()
    {
        // Each level merges the previous one twenty times: naive expansion would take 20^30 steps.
        QByteArray text = "m0: &m0 {k0: 0}\n";
        for (int i = 1; i <= 30; ++i) {
            QByteArray list;
            for (int j = 0; j < 20; ++j)
                list += (j ? ", *m" : "*m") + QByteArray::number(i - 1);
            text += "m" + QByteArray::number(i) + ": &m" + QByteArray::number(i) + " {<<: [" + list + "], k" +
                    QByteArray::number(i) + ": " + QByteArray::number(i) + "}\n";
        }
        QElapsedTimer timer;
        timer.start();
        const auto doc = YamlDocument::parse(text, {});
        const QList<YamlEntry> entries = doc.root().value(u"m30").mergedEntries();
        QCOMPARE(entries.size(), 31);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void value_lookups_lastDuplicateWinsAndMissingIsInvalid()
    {
        const auto doc = YamlDocument::parse("a: 1\nb: 2\na: 3\n", {});
        QCOMPARE(doc.root().value(u"a").scalar(), QStringLiteral("3"));
        QCOMPARE(doc.root().keyNode(u"a").range().start.line, 3);
        QVERIFY(!doc.root().value(u"missing").isValid());
        QVERIFY(!doc.root().keyNode(u"missing").isValid());
        QVERIFY(!doc.root().value(u"a").value(u"a").isValid());
        QVERIFY(doc.root().value(u"a").entries().isEmpty());
        QCOMPARE(YamlNode().type(), Type::Invalid);
        QCOMPARE(YamlNode().range(), Yaml::Range());
    }

    void node_outlivesDocument_staysUsable()
    {
        YamlNode node;
        {
            const auto doc = YamlDocument::parse("key: value\n", {});
            node = doc.root().value(u"key");
        }
        QCOMPARE(node.scalar(), QStringLiteral("value"));
        QCOMPARE(node.range().start.column, 6);
    }

    void parse_duplicateKeys_warnWithBothPositions()
    {
        const auto doc = YamlDocument::parse("a: 1\nb: 2\n  # c\n\"a\": 3\n1: x\n\"1\": y\nn: {k: 1, k: 2}\n", {});
        QVERIFY(doc.isValid()); // warnings only
        const Diagnostics d = doc.diagnostics();
        QCOMPARE(ruleIds(doc),
                 QStringList({QStringLiteral("yaml.duplicate-key"), QStringLiteral("yaml.duplicate-key")}));
        QCOMPARE(d[0].severity, Diagnostic::Severity::Warning);
        QCOMPARE(d[0].line, 4);
        QCOMPARE(d[0].column, 1);
        QCOMPARE(d[0].endColumn, 4);
        QCOMPARE(d[0].message, QStringLiteral("Duplicate key \"a\", already defined at line 1, column 1"));
        QVERIFY(!d[0].hint.isEmpty());
        QCOMPARE(d[1].line, 7);
        QCOMPARE(d[1].column, 11);
    }

    void parse_duplicateMergeKeys_useLagoonWording()
    {
        const auto doc = YamlDocument::parse("x: &x {a: 1}\ny: &y {b: 2}\ns:\n  << : *x\n  << : *y\n", {});
        const Diagnostic *d = findRule(doc.diagnostics(), QStringLiteral("yaml.duplicate-key"));
        QVERIFY(d);
        QCOMPARE(d->line, 5);
        QCOMPARE(d->column, 3);
        QCOMPARE(d->message, QStringLiteral("mapping key \"<<\" already defined at line 4"));
        // Both merges still apply, in source order.
        QCOMPARE(doc.root().value(u"s").mergedEntries().size(), 2);
    }

    void parse_crlf_sameLinesAndColumnsAsLf()
    {
        const QByteArray lf =
            "a: 1\nb:\n  - x   # c\n  - \"y\n    z\"\nc: |\n  t\n  u\nd: {e: [1,\n  2]}\nf: plain\n  more\n";
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        const auto one = YamlDocument::parse(lf, {});
        const auto two = YamlDocument::parse(crlf, {});
        QVERIFY(one.isValid());
        QVERIFY(two.isValid());
        const auto nodesLf = allNodes(one);
        const auto nodesCrlf = allNodes(two);
        QCOMPARE(nodesCrlf.size(), nodesLf.size());
        for (size_t i = 0; i < nodesLf.size(); ++i) {
            const Yaml::Range a = nodesLf[i].range();
            const Yaml::Range b = nodesCrlf[i].range();
            QCOMPARE(where(b), where(a));
            QCOMPARE(nodesCrlf[i].scalar(), nodesLf[i].scalar());
            QCOMPARE(source(two, nodesCrlf[i]).replace("\r\n", "\n"), source(one, nodesLf[i]));
        }
        QCOMPARE(source(two, two.root().value(u"c")), QByteArray("|\r\n  t\r\n  u"));
    }

    void parse_byteOrderMark_doesNotShiftColumns()
    {
        const QByteArray plain = "key: value\nother: [a, b]\n";
        const auto doc = YamlDocument::parse("\xEF\xBB\xBF" + plain, {});
        QVERIFY(doc.isValid());
        const YamlNode key = doc.root().keyNode(u"key");
        QCOMPARE(where(key.range()), QStringLiteral("1:1-1:4"));
        QCOMPARE(key.range().start.offset, 3);
        QCOMPARE(source(doc, key), QByteArray("key"));
        QCOMPARE(where(doc.root().value(u"key").range()), QStringLiteral("1:6-1:11"));
        QCOMPARE(source(doc, doc.root().value(u"other")), QByteArray("[a, b]"));
    }

    void parse_multiByteCharacters_columnsCountUtf16Units()
    {
        const QByteArray text = "\xC3\xA9t\xC3\xA9: \xE6\x97\xA5\xE6\x9C\xAC # x\nemoji: \xF0\x9F\x98\x80 ok\n";
        const auto doc = YamlDocument::parse(text, {});
        QVERIFY(doc.isValid());
        const YamlNode value = doc.root().value(u"\u00E9t\u00E9");
        QCOMPARE(value.scalar(), QStringLiteral("\u65E5\u672C"));
        QCOMPARE(where(value.range()), QStringLiteral("1:6-1:8"));
        QCOMPARE(where(doc.root().value(u"emoji").range()), QStringLiteral("2:8-2:13"));
    }

    void parse_badInput_diagnosticsAtTheirPositions_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("rules");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const auto row = [](const char *name, const QByteArray &text, const char *rules, int line, int column) {
            QTest::newRow(name) << text << QString::fromLatin1(rules) << line << column;
        };
        row("deep flow sequences", QByteArray(100'000, '['), "yaml.too-deep", 1, 257);
        row("deep closed flow sequences", QByteArray(100'000, '[') + QByteArray(100'000, ']'), "yaml.too-deep", 1, 257);
        row("deep flow maps", QByteArray("{a: ").repeated(100'000), "yaml.too-deep", 1, 1025);
        row("deep block sequences", QByteArray("- ").repeated(100'000) + "x\n", "yaml.too-deep", 1, 513);
        row("deep explicit keys", QByteArray("? ").repeated(100'000) + "x\n", "yaml.too-deep", 1, 513);
        // 200 block levels, then the 57th bracket is level 257.
        row("deep mixed", QByteArray("- ").repeated(200) + QByteArray(100, '[') + QByteArray(100, ']'), "yaml.too-deep",
            1, 457);
        row("nul byte", QByteArray("a: 1\nb: x\0y\n", 12), "yaml.binary", 2, 5);
        row("utf-16",
            QByteArray("\xFF\xFE"
                       "a\0:\0 \0"
                       "1\0",
                       10),
            "yaml.binary", 1, 4);
        // yaml-cpp would take 0x04 for the end of the text and ignore the rest.
        row("end of transmission", "a: 1\x04\nb: 2\n", "yaml.control-character", 1, 5);
        row("c1 control", "a: \xC2\x9B\n", "yaml.control-character", 1, 4);
        row("stray byte", "a: \xFF\n", "yaml.not-utf8", 1, 4);
        row("truncated sequence", "a: b\xC3", "yaml.not-utf8", 1, 5);
        row("overlong", "a: \xC0\xAF\n", "yaml.not-utf8", 1, 4);
        row("surrogate", "ab: \xED\xA0\x80\n", "yaml.not-utf8", 1, 5);
        row("after valid characters", "\xC3\xA9: \xE2\x82\n", "yaml.not-utf8", 1, 4);
        row("unclosed flow sequence", "a: [1, 2\nb: 3\n", "yaml.syntax", 2, 2);
        // yaml-cpp lets a quote that is never closed run to the end of the text; Lagoon does not.
        row("unclosed quote", "a: 1\n\"key: value\n", "yaml.syntax", 2, 1);
        row("unknown anchor", "a: *missing\n", "yaml.syntax", 1, 4);
        row("alias inside its anchor", "a: &a [1, *a]\nb: &b {<<: *b}\n", "yaml.alias-cycle,yaml.alias-cycle", 1, 11);
        row("tab in indentation", "a:\n  b: 1\n \tc: 2\n", "yaml.syntax,yaml.tab-indent", 3, 2);
        // yaml-cpp accepts this one; Lagoon's Go parser does not.
        row("tab yaml-cpp accepts", "key:\n\tvalue\n", "yaml.tab-indent", 2, 1);
        row("second document", "a: 1\n---\nb: 2\n", "yaml.multi-document", 2, 1);
        row("broken second document", "a: 1\n--- [\n", "yaml.multi-document", 2, 1);
    }

    void parse_badInput_diagnosticsAtTheirPositions()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, rules);
        QFETCH(int, line);
        QFETCH(int, column);
        QElapsedTimer timer;
        timer.start();
        const auto doc = YamlDocument::parse(text, QStringLiteral("bad.yml"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(ruleIds(doc).join(QLatin1Char(',')), rules);
        const Diagnostic first = doc.diagnostics().first();
        QCOMPARE(first.line, line);
        QCOMPARE(first.column, column);
        QCOMPARE(first.file, QStringLiteral("bad.yml"));
        QVERIFY(!first.message.isEmpty());
        QCOMPARE(doc.isValid(), first.severity == Diagnostic::Severity::Warning);
        checkRanges(doc);
    }

    void parse_badInput_clearMessagesAndNoTree()
    {
        const auto syntax = YamlDocument::parse("a: [1, 2\nb: 3\n", {});
        QVERIFY(syntax.diagnostics().first().message.contains(QStringLiteral("end of sequence flow not found")));
        QVERIFY(!syntax.root().isValid());
        const auto control = YamlDocument::parse("a: 1\x04\n", {});
        QVERIFY(control.diagnostics().first().message.contains(QStringLiteral("U+0004")));
        const auto utf8 = YamlDocument::parse("a: \xFF\n", {});
        QCOMPARE(utf8.diagnostics().first().endColumn, 5);
        QVERIFY(!utf8.root().isValid());
        // Tabs as content or separators, NEL and CRLF are all fine.
        const auto fine =
            YamlDocument::parse("a: |\n  \tcode\nb: [1,\n\t2]\nc: 1\t# x\n\t# x\nd: \"\xC2\x85\"\r\n", {});
        QVERIFY2(fine.isValid(), qPrintable(ruleIds(fine).join(QLatin1Char(','))));
        const auto second = YamlDocument::parse("a: 1\n---\nb: 2\n", {});
        QCOMPARE(second.root().value(u"a").scalar(), QStringLiteral("1"));
        QVERIFY(!second.root().value(u"b").isValid());
        QVERIFY(YamlDocument::parse("a: 1\n...\n", {}).diagnostics().isEmpty());
        for (const QByteArray &text : {QByteArray(), QByteArray("# only a comment\n"), QByteArray("---\n")}) {
            const auto empty = YamlDocument::parse(text, {});
            QVERIFY(empty.isValid());
            QVERIFY(empty.root().isNull());
        }
        QVERIFY(!YamlDocument().isValid());
        QVERIFY(!YamlDocument().root().isValid());
    }

    void parse_limits_deepOrLargeDocumentsStopAtTheLimit()
    {
        QByteArray text;
        for (int i = 0; i < 300; ++i)
            text += QByteArray(i, ' ') + "a:\n";
        QCOMPARE(YamlDocument::parse(text, {}).diagnostics().first().line, 257);
        QVERIFY(YamlDocument::parse(QByteArray(200, '[') + QByteArray(200, ']'), {}).isValid());
        YamlLimits limits;
        limits.maxDepth = 1000;
        // yaml-cpp's own guard (500 levels) is reported the same way.
        const auto deeper = YamlDocument::parse(QByteArray("- ").repeated(600) + "x\n", {}, limits);
        QCOMPARE(ruleIds(deeper), QStringList(QStringLiteral("yaml.too-deep")));

        limits = {};
        limits.maxFileSize = 64;
        const auto big = YamlDocument::parse(QByteArray("a: ").append(100, 'x'), {}, limits);
        QCOMPARE(ruleIds(big), QStringList(QStringLiteral("yaml.too-large")));
        QCOMPARE(big.diagnostics().first().line, 0); // the whole file
        limits = {};
        limits.maxNodes = 100;
        QByteArray many;
        for (int i = 0; i < 100; ++i)
            many += "k" + QByteArray::number(i) + ": v\n";
        const auto block = YamlDocument::parse(many, {}, limits);
        QCOMPARE(ruleIds(block), QStringList(QStringLiteral("yaml.too-large")));
        QCOMPARE(block.diagnostics().first().line, 50);
        // One long line of flow entries is refused before yaml-cpp queues its tokens.
        const auto flow = YamlDocument::parse("[" + QByteArray("a,").repeated(1000) + "]", {}, limits);
        QCOMPARE(ruleIds(flow), QStringList(QStringLiteral("yaml.too-large")));
    }

    void parse_aliasBomb_reportedWithoutExpanding()
    {
        QByteArray text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            const QByteArray previous(1, char(c - 1));
            text += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [" + QByteArray("*" + previous + ",").repeated(8) +
                    "*" + previous + "]\n";
        }
        QElapsedTimer timer;
        timer.start();
        const auto doc = YamlDocument::parse(text, {});
        QVERIFY(timer.elapsed() < 5000);
        const Diagnostic *d = findRule(doc.diagnostics(), QStringLiteral("yaml.alias-bomb"));
        QVERIFY(d);
        QCOMPARE(d->line, 8);
        QVERIFY(!doc.isValid());
        QCOMPARE(doc.root().value(u"j").at(0).at(0).size(), 9);
        // The same document under the budget is fine.
        YamlLimits generous;
        generous.maxAliasExpansion = 10'000'000'000;
        QVERIFY(YamlDocument::parse(text, {}, generous).isValid());
    }

    void parse_aliasInsideItsAnchor_resolvesToNothing()
    {
        const auto doc = YamlDocument::parse("a: &a [1, *a]\nb: &b {<<: *b}\n", {});
        const YamlNode alias = doc.root().value(u"a").at(1);
        QVERIFY(alias.isAlias());
        QVERIFY(!alias.isValid());
        QCOMPARE(alias.anchor(), QStringLiteral("a"));
        QCOMPARE(source(doc, alias), QByteArray("*a"));
        QVERIFY(doc.root().value(u"b").mergedEntries().isEmpty());
    }

    void parse_fixtures_scalarRangesReparseToTheSameValue()
    {
        const QString dir = QStringLiteral(LAGOON_SHARED_DIR "/lagoon-research/fixtures");
        if (!QDir(dir).exists())
            QSKIP(qPrintable(QStringLiteral("the Lagoon fixtures are not here: %1").arg(dir)));
        int files = 0;
        int scalars = 0;
        for (const QString &root : {dir, QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples")}) {
            QDirIterator it(root, {QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const auto doc = YamlDocument::parse(readFile(path), path);
                ++files;
                checkRanges(doc);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(path));
                for (const YamlNode &node : allNodes(doc)) {
                    if (node.isAlias() || !(node.isScalar() || node.isNull()) || node.range().isEmpty())
                        continue;
                    ++scalars;
                    QString expected = node.scalar();
                    QString actual = reparsedScalar(doc, node);
                    if (source(doc, node).startsWith('|') || source(doc, node).startsWith('>')) {
                        // Keep chomping: the trailing empty lines are outside the range.
                        expected = withoutTrailingBreaks(expected);
                        actual = withoutTrailingBreaks(actual);
                    }
                    QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1:%2: [%3] != [%4]")
                                                                .arg(path)
                                                                .arg(node.range().start.line)
                                                                .arg(actual, expected)));
                }
            }
        }
        QVERIFY(files > 100);
        QVERIFY(scalars > 1000);
    }

    void parse_composeFixtures_duplicateMergeKeysAtLagoonsLines_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("earlier");
        QTest::newRow("C01") << QStringLiteral("C01_validate_compose_docker-compose-test1/internal/testdata/"
                                               "docker-compose/test1/docker-compose.yml")
                             << 59 << 58;
        QTest::newRow("C05") << QStringLiteral("C05_validate_compose_docker-compose-test5/internal/testdata/"
                                               "docker-compose/test5/docker-compose.yml")
                             << 57 << 56;
    }

    void parse_composeFixtures_duplicateMergeKeysAtLagoonsLines()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, earlier);
        const QString file = QStringLiteral(LAGOON_SHARED_DIR "/lagoon-research/fixtures/") + path;
        if (!QFile::exists(file))
            QSKIP(qPrintable(QStringLiteral("the Lagoon fixture is not here: %1").arg(file)));
        const auto doc = YamlDocument::parse(readFile(file), path);
        QVERIFY(doc.isValid());
        // Lagoon's build: "line 59: mapping key "<<" already defined at line 58" for the first one.
        const Diagnostic *d = findRule(doc.diagnostics(), QStringLiteral("yaml.duplicate-key"));
        QVERIFY(d);
        QCOMPARE(d->line, line);
        QCOMPARE(d->message, QStringLiteral("mapping key \"<<\" already defined at line %1").arg(earlier));
        QCOMPARE(d->file, path);
    }

    void parse_fuzzRegressions_noCrashAndSaneRanges()
    {
        int files = 0;
        for (const QString &dir : {QStringLiteral(LAGOON_SOURCE_DIR "/tests/fuzz/regressions"),
                                   QStringLiteral(LAGOON_SOURCE_DIR "/tests/fuzz/corpus")}) {
            QDirIterator it(dir, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                const auto doc = YamlDocument::parse(readFile(path), path);
                ++files;
                QVERIFY2(doc.root().isValid() || hasErrors(doc.diagnostics()), qPrintable(path));
                checkRanges(doc);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(path));
            }
        }
        QVERIFY(files >= 10);
    }
};

QTEST_GUILESS_MAIN(tst_YamlDocument)
#include "tst_yamldocument.moc"
