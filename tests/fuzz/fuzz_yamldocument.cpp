// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// libFuzzer entry point for YamlDocument: parses the input (with the default limits and with tiny
// ones, so the limit paths are exercised too) and walks every node, checking the invariants the
// rest of Lagoon Desktop relies on. A broken invariant aborts, which libFuzzer reports as a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <QByteArray>
#include <QString>

#include "core/yaml/yamldocument.h"

using namespace Lagoon;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void checkRange(const YamlDocument &doc, const Yaml::Range &r)
{
    require(r.start.offset <= r.end.offset, "range start after end");
    require(r.end.offset <= doc.text().size(), "range past the text");
    require(doc.position(r.start.offset) == r.start, "start position disagrees with position()");
    require(doc.position(r.end.offset) == r.end, "end position disagrees with position()");
}

// Every written node once, aliases followed one step. Bounded: a walk that expanded aliases could
// multiply, which is what yaml.alias-bomb reports; nothing here may depend on that check.
void walk(const YamlDocument &doc)
{
    std::vector<YamlNode> stack{doc.root()};
    qsizetype budget = 200'000;
    while (!stack.empty() && budget-- > 0) {
        const YamlNode node = stack.back();
        stack.pop_back();
        if (!node.isValid() && !node.isAlias()) {
            require(node.range() == Yaml::Range(), "invalid node with a range");
            continue;
        }
        checkRange(doc, node.range());
        (void)node.scalar();
        (void)node.tag();
        (void)node.anchor();
        (void)node.style();
        (void)node.isFlow();
        if (node.parent().isValid()) {
            const Yaml::Range outer = node.parent().range();
            require(outer.start.offset <= node.range().start.offset && node.range().end.offset <= outer.end.offset,
                    "node outside its parent");
        }
        if (node.isAlias()) {
            const YamlNode target = node.aliasTarget();
            require(!target.isAlias(), "alias of an alias");
            require(target.isValid() == node.isValid(), "alias validity differs from its target");
            if (target.isValid())
                checkRange(doc, target.range());
            continue; // the target is walked where it is written
        }
        if (node.isMap()) {
            const QList<YamlEntry> entries = node.entries();
            require(entries.size() == node.size(), "map size");
            qsizetype previousEnd = node.range().start.offset;
            for (const YamlEntry &e : entries) {
                require(previousEnd <= e.key.range().start.offset, "map entries out of order");
                require(e.key.range().end.offset <= e.value.range().start.offset, "value before its key");
                previousEnd = e.value.range().end.offset;
                stack.push_back(e.value);
                stack.push_back(e.key);
            }
            for (const YamlEntry &e : node.mergedEntries()) {
                require(!e.key.isMergeKey(), "merge key among merged entries");
                checkRange(doc, e.value.range());
            }
            (void)node.value(u"image");
            (void)node.keyNode(u"<<");
        } else if (node.isSequence()) {
            qsizetype previousEnd = node.range().start.offset;
            for (qsizetype i = 0; i < node.size(); ++i) {
                const YamlNode item = node.at(i);
                require(previousEnd <= item.range().start.offset, "sequence items out of order");
                previousEnd = item.range().end.offset;
                stack.push_back(item);
            }
            require(!node.at(node.size()).isValid(), "item past the end");
        }
    }
}

// A scalar's range, alone at its original column, parses to the same value: the ranges agree
// with what yaml-cpp read. Block scalars with an indentation indicator depend on their parent's
// indentation, and keep-chomping ones on the lines after them, so those are compared loosely.
void checkReparse(const YamlDocument &doc, const YamlNode &node)
{
    const QByteArray text = doc.text();
    const Yaml::Range r = node.range();
    const QByteArray token = text.mid(r.start.offset, r.length());
    const bool block = token.startsWith('|') || token.startsWith('>');
    // `a:: b` has the key "a:" and `-: b` the key "-": alone, "a:" is a map and "-" a sequence;
    // `---: b` has the key "---", a document marker when alone.
    if (node.style() == YamlNode::ScalarStyle::Plain &&
        (token.endsWith(':') || token == "-" || token == "?" || token == "---" || token == "..."))
        return;
    // A last line "---]" in a flow sequence is content; "---" before the appended break is a marker.
    const QByteArray lastLine = token.mid(token.lastIndexOf('\n') + 1);
    if (token.contains('\n') && (lastLine.startsWith("---") || lastLine.startsWith("...")))
        return;
    // A tag can make `null` a string; the tag is not part of the range.
    if (!node.tag().isEmpty())
        return;
    // A lone carriage return is content to yaml-cpp, but one before the appended "\n" is a break.
    if (token.endsWith('\r'))
        return;
    if (block && token.size() > 1 && (token.at(1) >= '1' && token.at(1) <= '9'))
        return;
    if (block && token.size() > 2 && (token.at(2) >= '1' && token.at(2) <= '9'))
        return;
    QByteArray prefix = text.left(r.start.offset);
    for (qsizetype i = text.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < prefix.size(); ++i) {
        if (prefix[i] != '\n' && !(prefix[i] == '\r' && text.at(i + 1) == '\n'))
            prefix[i] = ' ';
    }
    const YamlDocument again = YamlDocument::parse(prefix + token + '\n', QString());
    require(again.root().type() == node.type(), "a scalar's range parses to another type");
    QString expected = node.scalar();
    QString actual = again.root().scalar();
    if (block) {
        while (expected.endsWith(QLatin1Char('\n')))
            expected.chop(1);
        while (actual.endsWith(QLatin1Char('\n')))
            actual.chop(1);
    }
    require(actual == expected, "a scalar's range parses to another value");
}

std::vector<YamlNode> scalars(const YamlDocument &doc)
{
    std::vector<YamlNode> result;
    std::vector<YamlNode> stack{doc.root()};
    while (!stack.empty() && result.size() < 64) {
        const YamlNode node = stack.back();
        stack.pop_back();
        if (node.isAlias())
            continue;
        if ((node.isScalar() || node.isNull()) && !node.range().isEmpty())
            result.push_back(node);
        if (node.isMap()) {
            for (const YamlEntry &e : node.entries()) {
                stack.push_back(e.key);
                stack.push_back(e.value);
            }
        } else if (node.isSequence()) {
            for (qsizetype i = 0; i < node.size(); ++i)
                stack.push_back(node.at(i));
        }
    }
    return result;
}

void check(const QByteArray &text, const YamlLimits &limits)
{
    const YamlDocument doc = YamlDocument::parse(text, QStringLiteral("fuzz.yml"), limits);
    for (const Diagnostic &d : doc.diagnostics())
        require(!d.ruleId.isEmpty() && !d.message.isEmpty() && d.line >= 0 && d.column >= 0, "diagnostic");
    require(!doc.isValid() || doc.root().isValid(), "valid document without a root");
    require(doc.text() == text, "text changed");
    walk(doc);
    if (!doc.isValid())
        return;
    int reparsed = 0;
    for (YamlNode node : scalars(doc)) {
        if (++reparsed > 8)
            break;
        checkReparse(doc, node);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    check(text, YamlLimits());
    YamlLimits tiny;
    tiny.maxFileSize = 4096;
    tiny.maxDepth = 6;
    tiny.maxNodes = 64;
    tiny.maxAliasExpansion = 200;
    check(text, tiny);
    return 0;
}
