// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/yaml/yamldocument.h"

using namespace Lagoon;

// Anchors written as `&name:` mean an anchored empty key to libyaml (Lagoon, docker-compose) but
// an anchor named "name:" to yaml-cpp; fixture C07 of Lagoon's build tool has one.
class tst_YamlAnchorNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void colonAfterAnchor_isAnAnchoredEmptyKey()
    {
        const QByteArray text = "x-site-branch:\n  &site-branch: $LAGOON_GIT_BRANCH\nargs:\n  BRANCH: *site-branch\n";
        const YamlDocument doc = YamlDocument::parse(text, QStringLiteral("docker-compose.yml"));
        QVERIFY2(doc.isValid(), qPrintable(doc.diagnostics().value(0).message));
        const YamlNode block = doc.root().value(u"x-site-branch");
        QCOMPARE(block.entries().size(), 1);
        const YamlEntry entry = block.entries().constFirst();
        QVERIFY(entry.key.isNull());
        QCOMPARE(entry.value.scalar(), QStringLiteral("$LAGOON_GIT_BRANCH"));
        const YamlNode alias = doc.root().value(u"args").value(u"BRANCH");
        QVERIFY(alias.isAlias());
        QVERIFY(alias.isNull()); // it refers to the empty key
        // Positions are those of the original text.
        const Yaml::Range r = alias.range();
        QCOMPARE(text.mid(r.start.offset, r.length()), QByteArray("*site-branch"));
        QCOMPARE(r.start.line, 4);
        QCOMPARE(entry.value.range().start.column, 17);
    }

    void ordinaryAnchors_areUntouched()
    {
        const QByteArray text = "base: &base\n  a: 1\nother:\n  <<: *base\n  url: \"&x: y\"\n";
        const YamlDocument doc = YamlDocument::parse(text, QStringLiteral("f.yml"));
        QVERIFY(doc.isValid());
        QCOMPARE(doc.root().value(u"other").value(u"url").scalar(), QStringLiteral("&x: y"));
        QCOMPARE(doc.root().value(u"other").mergedEntries().size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_YamlAnchorNames)
#include "tst_yamlanchornames.moc"
