// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <functional>

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include "core/yaml/edit/yamleditor.h"

using namespace Lagoon;

namespace {

/**
 * What a document means, for comparing before and after an edit: maps keep their key order,
 * aliases stay references (so editing an anchored value changes only that node).
 */
struct Tree
{
    enum class Kind
    {
        Null,
        Scalar,
        Sequence,
        Map,
        Alias
    };
    Kind kind = Kind::Null;
    QString text;
    QList<Tree> items;
    QList<std::pair<QString, Tree>> entries;

    friend bool operator==(const Tree &, const Tree &) = default;
};

Tree treeOf(const YamlNode &node)
{
    Tree t;
    if (node.isAlias()) {
        t.kind = Tree::Kind::Alias;
        t.text = node.anchor();
    } else if (node.isScalar()) {
        t.kind = Tree::Kind::Scalar;
        t.text = node.scalar();
    } else if (node.isSequence()) {
        t.kind = Tree::Kind::Sequence;
        for (qsizetype i = 0; i < node.size(); ++i)
            t.items.append(treeOf(node.at(i)));
    } else if (node.isMap()) {
        t.kind = Tree::Kind::Map;
        const QList<YamlEntry> entries = node.entries();
        for (const YamlEntry &e : entries)
            t.entries.append({e.key.isScalar() ? e.key.scalar() : QStringLiteral("<complex>"), treeOf(e.value)});
    }
    return t;
}

Tree treeOf(const YamlValue &value)
{
    Tree t;
    switch (value.type()) {
    case YamlValue::Type::Null:
        break;
    case YamlValue::Type::String:
    case YamlValue::Type::Plain:
        t.kind = Tree::Kind::Scalar;
        t.text = value.text();
        break;
    case YamlValue::Type::Sequence:
        t.kind = Tree::Kind::Sequence;
        for (const YamlValue &v : value.items())
            t.items.append(treeOf(v));
        break;
    case YamlValue::Type::Map:
        t.kind = Tree::Kind::Map;
        for (const auto &[k, v] : value.entries())
            t.entries.append({k, treeOf(v)});
        break;
    }
    return t;
}

/** The node at `path` (keys and indexes only) in an expected tree. */
Tree *at(Tree &root, const QList<YamlPath::Segment> &path)
{
    Tree *t = &root;
    for (const YamlPath::Segment &s : path) {
        if (s.kind == YamlPath::Segment::Kind::Index) {
            t = &t->items[s.index];
        } else {
            Tree *next = nullptr;
            for (auto &[k, v] : t->entries) {
                if (k == s.text)
                    next = &v;
            }
            t = next;
        }
    }
    return t;
}

struct Target
{
    YamlPath path;
    YamlNode node;
};

/** Every node reachable through unique scalar keys and indexes, never inside an alias. */
void collect(const YamlNode &node, const YamlPath &path, QList<Target> &out)
{
    out.append({path, node});
    if (node.isAlias())
        return;
    if (node.isMap()) {
        QStringList seen;
        const QList<YamlEntry> entries = node.entries();
        for (const YamlEntry &e : entries) {
            if (!e.key.isScalar() || e.key.isAlias() || e.key.isMergeKey())
                continue;
            if (seen.contains(e.key.scalar()))
                return; // duplicate keys: a path cannot name the first one
            seen.append(e.key.scalar());
        }
        for (const YamlEntry &e : entries) {
            if (e.key.isScalar() && !e.key.isMergeKey() && !e.key.isAlias())
                collect(e.value, path.child(e.key.scalar()), out);
        }
    } else if (node.isSequence()) {
        for (qsizetype i = 0; i < node.size(); ++i)
            collect(node.at(i), path.item(i), out);
    }
}

QStringList corpus()
{
    QStringList files;
    const QStringList roots = {QStringLiteral(LAGOON_TEST_DATA_DIR), QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples"),
                               QStringLiteral(LAGOON_SHARED_DIR "/lagoon-research/fixtures")};
    for (const QString &root : roots) {
        QDirIterator it(root, {QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

} // namespace

/**
 * The promise of every form edit, checked over every fixture and example file: each kind of edit
 * at every node makes exactly the intended change to what the document means, the text outside
 * the patch is untouched (the patch stays inside the edited node's lines), and editing a value to
 * what it already is changes nothing.
 */
class TestYamlEditRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void cleanupTestCase();

private:
    int m_edits = 0;
    int m_refused = 0;
};

void TestYamlEditRoundTrip::initTestCase()
{
    if (!QFileInfo::exists(QStringLiteral(LAGOON_SHARED_DIR "/lagoon-research/fixtures")))
        QFAIL("../shared/lagoon-research/fixtures is missing: the corpus is part of the test");
}

void TestYamlEditRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : corpus())
        QTest::newRow(qPrintable(file.section(QLatin1Char('/'), -3))) << file;
}

void TestYamlEditRoundTrip::roundTrip()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    const YamlDocument document = YamlDocument::parse(text, file);
    if (!document.isValid())
        return; // broken on purpose (a fixture of a syntax rule): editing is refused, tested elsewhere
    const YamlEditor editor(document);
    const Tree original = treeOf(document.root());
    QList<Target> targets;
    collect(document.root(), {}, targets);

    // One edit: the patch must apply, re-parse, stay inside `allowed` and mean `expected`.
    auto check = [&](const QString &what, const Result<YamlPatch> &patch, const Tree &expected,
                     std::pair<qsizetype, qsizetype> allowed) -> bool {
        ++m_edits;
        if (!patch) {
            ++m_refused;
            if (patch.error().message.isEmpty() || patch.error().code == Error::Code::NotFound) {
                qWarning().noquote() << what << "refused without a reason:" << patch.error().message;
                return false;
            }
            return true;
        }
        if (patch->offset < allowed.first || patch->offset + patch->length > allowed.second) {
            qWarning().noquote() << what << "patched" << patch->offset << patch->length << "outside" << allowed.first
                                 << allowed.second;
            return false;
        }
        const QByteArray after = patch->applyTo(text);
        const YamlDocument reparsed = YamlDocument::parse(after, file);
        if (!reparsed.isValid()) {
            qWarning().noquote() << what << "made the file invalid:\n" << after;
            return false;
        }
        Tree actual = treeOf(reparsed.root());
        // Removing the only key of a document leaves an empty file, which reads as null.
        if (actual.kind == Tree::Kind::Null && expected.kind == Tree::Kind::Map && expected.entries.isEmpty())
            actual = expected;
        if (actual != expected) {
            qWarning().noquote() << what << "did not make exactly the intended change:\n" << after;
            return false;
        }
        return true;
    };
    auto lineSpan = [&](const YamlNode &node) {
        const qsizetype start = node.range().start.offset;
        const qsizetype lineStart = start > 0 ? text.lastIndexOf('\n', start - 1) + 1 : 0;
        qsizetype end = text.indexOf('\n', node.range().end.offset);
        end = end < 0 ? text.size() : end + 1;
        return std::pair{lineStart, end};
    };

    int failures = 0;
    int budget = 150; // targets per file: the big fixtures repeat the same shapes
    for (const Target &target : std::as_const(targets)) {
        if (--budget < 0)
            break;
        const YamlNode &node = target.node;
        const auto segments = target.path.segments();
        const QString where = QFileInfo(file).fileName() + QLatin1Char(' ') + target.path.toString();

        if (node.isScalar() && !node.isAlias() && !target.path.isEmpty()) {
            // Editing nothing changes nothing.
            const YamlValue same = node.style() == YamlNode::ScalarStyle::Plain ? YamlValue::plain(node.scalar())
                                                                                : YamlValue::string(node.scalar());
            const auto unchanged = editor.set(target.path, same);
            if (!unchanged || !unchanged->isEmpty()) {
                qWarning().noquote() << where << "setting the same value changed the text";
                ++failures;
            }
            for (const QString &value : {QStringLiteral("edited"), QStringLiteral("true"), QStringLiteral("a: b # c"),
                                         QStringLiteral("two\nlines")}) {
                Tree expected = original;
                *at(expected, segments) = treeOf(YamlValue::string(value));
                failures += !check(where + QStringLiteral(" set ") + value, editor.set(target.path, YamlValue::string(value)),
                                   expected, lineSpan(node));
            }
        }
        QStringList keys;
        bool uniqueKeys = true;
        for (const YamlEntry &e : node.entries()) {
            uniqueKeys = uniqueKeys && !keys.contains(e.key.scalar());
            keys.append(e.key.scalar());
        }
        if (node.isMap() && !node.isAlias() && uniqueKeys) {
            Tree expected = original;
            const YamlValue added = YamlValue::map({{QStringLiteral("name"), YamlValue::string(QStringLiteral("n"))},
                                                    {QStringLiteral("list"), YamlValue::sequence({YamlValue::plain(QStringLiteral("1"))})}});
            at(expected, segments)->entries.append({QStringLiteral("lagoon-desktop-added"), treeOf(added)});
            failures += !check(where + QStringLiteral(" add key"),
                               editor.set(target.path.child(QStringLiteral("lagoon-desktop-added")), added), expected,
                               {node.range().start.offset, text.size()});
            const QList<YamlEntry> entries = node.entries();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const YamlEntry &e = entries.at(i);
                if (!e.key.isScalar() || e.key.isMergeKey() || e.key.isAlias())
                    continue;
                Tree removed = original;
                Tree *map = at(removed, segments);
                map->entries.removeIf([&](const auto &kv) { return kv.first == e.key.scalar(); });
                // Inside the map's lines; the map's owner key when the map becomes `{}`.
                failures += !check(where + QStringLiteral(" remove ") + e.key.scalar(),
                                   editor.remove(target.path.child(e.key.scalar())), removed,
                                   {node.parent().isValid() ? node.parent().range().start.offset : 0, lineSpan(node).second});
                Tree renamed = original;
                for (auto &kv : at(renamed, segments)->entries) {
                    if (kv.first == e.key.scalar())
                        kv.first = QStringLiteral("renamed.key");
                }
                failures += !check(where + QStringLiteral(" rename ") + e.key.scalar(),
                                   editor.renameKey(target.path.child(e.key.scalar()), QStringLiteral("renamed.key")),
                                   renamed, lineSpan(e.key));
            }
        }
        if (node.isSequence() && !node.isAlias()) {
            Tree expected = original;
            const YamlValue item = YamlValue::map({{QStringLiteral("run"),
                                                    YamlValue::map({{QStringLiteral("name"), YamlValue::string(QStringLiteral("added task"))},
                                                                    {QStringLiteral("command"), YamlValue::string(QStringLiteral("drush cr"))}})}});
            at(expected, segments)->items.append(treeOf(item));
            failures += !check(where + QStringLiteral(" append"), editor.append(target.path, item), expected,
                               {node.range().start.offset, text.size()});
            Tree front = original;
            at(front, segments)->items.prepend(treeOf(YamlValue::string(QStringLiteral("first"))));
            failures += !check(where + QStringLiteral(" insert"), editor.insert(target.path, 0, YamlValue::string(QStringLiteral("first"))),
                               front, lineSpan(node));
            const qsizetype n = node.size();
            if (n >= 2) {
                Tree moved = original;
                at(moved, segments)->items.move(n - 1, 0);
                failures += !check(where + QStringLiteral(" move"), editor.move(target.path, n - 1, 0), moved, lineSpan(node));
            }
            if (n >= 1) {
                Tree removed = original;
                at(removed, segments)->items.removeAt(0);
                failures += !check(where + QStringLiteral(" remove item"), editor.remove(target.path.item(0)), removed,
                                   {node.parent().isValid() ? node.parent().range().start.offset : 0, lineSpan(node).second});
            }
        }
    }
    QCOMPARE(failures, 0);
}

void TestYamlEditRoundTrip::cleanupTestCase()
{
    qInfo("%d edits checked, %d refused with a reason", m_edits, m_refused);
    // Refusals are for writing through anchors and the like; most edits must simply work.
    QVERIFY(m_edits > 1000);
    QVERIFY2(m_refused * 50 < m_edits, "more than 2% of the edits were refused");
}

QTEST_GUILESS_MAIN(TestYamlEditRoundTrip)
#include "tst_yamleditroundtrip.moc"
