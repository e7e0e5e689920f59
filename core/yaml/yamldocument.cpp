// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/yamldocument.h"

#include <algorithm>
#include <climits>
#include <istream>
#include <new>
#include <numeric>
#include <streambuf>
#include <tuple>
#include <vector>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include "core/yaml/yamlanchornames_p.h"
#include "core/yaml/yamldocumentdata_p.h"
#include "core/yaml/yamlrangeresolver_p.h"
#include "core/yaml/yamlsourcescanner_p.h"
#include "core/yaml/yamltreebuilder_p.h"

namespace Lagoon {

namespace {

using Severity = Diagnostic::Severity;

// Hands the bytes to yaml-cpp without copying them into a std::string first.
class ByteArrayStreamBuf final : public std::streambuf
{
public:
    explicit ByteArrayStreamBuf(const QByteArray &bytes)
    {
        // The get area is only read; std::streambuf just has no const flavour.
        char *begin = const_cast<char *>(bytes.constData());
        setg(begin, begin, begin + bytes.size());
    }
};

// Stops the parser as soon as a second document starts: only its position is wanted.
class SecondDocumentProbe final : public YAML::EventHandler
{
public:
    struct Found
    {
        YAML::Mark mark;
    };
    void OnDocumentStart(const YAML::Mark &mark) override { throw Found{mark}; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

// Offset of the first byte that is not part of well-formed UTF-8, or -1.
qsizetype invalidUtf8At(const QByteArray &text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((b & 0xE0) == 0xC0) {
            length = 2, cp = b & 0x1F, min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            length = 3, cp = b & 0x0F, min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            length = 4, cp = b & 0x07, min = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// Offset of the first character YAML does not allow (C0 and C1 controls other than tab, line
// breaks and NEL, and DEL), or -1. yaml-cpp even takes 0x04 for the end of the text.
qsizetype controlCharacterAt(const QByteArray &text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.constData());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const unsigned char b = s[i];
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F)
            return i;
        // U+0080..U+009F are 0xC2 0x80..0x9F in valid UTF-8; U+0085 (NEL) is allowed.
        if (b == 0xC2 && i + 1 < text.size() && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F && s[i + 1] != 0x85)
            return i;
    }
    return -1;
}

// Bytes of the UTF-8 character starting at `offset` (1 for anything odd), for one-character ranges.
qsizetype characterLength(const QByteArray &text, qsizetype offset)
{
    if (offset >= text.size())
        return 0;
    const auto b = static_cast<unsigned char>(text.at(offset));
    const qsizetype length = b >= 0xF8 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return std::min(length, text.size() - offset);
}

class YamlParse
{
public:
    explicit YamlParse(YamlDocumentData &d) : m_d(d) {}

    void run();

private:
    void add(Severity severity, const QString &ruleId, const QString &message, qsizetype start, qsizetype end,
             const QString &hint = {})
    {
        const Yaml::Position from = m_d.lines.position(start);
        const Yaml::Position to = m_d.lines.position(std::max(start, end));
        m_d.diagnostics.append(
            {severity, ruleId, message, m_d.fileName, from.line, from.column, to.line, to.column, hint});
    }
    void addAt(Severity severity, const QString &ruleId, const QString &message, qsizetype offset,
               const QString &hint = {})
    {
        add(severity, ruleId, message, offset, offset + characterLength(m_d.text, offset), hint);
    }
    void addWholeFile(const QString &ruleId, const QString &message, const QString &hint)
    {
        m_d.diagnostics.append({Severity::Error, ruleId, message, m_d.fileName, 0, 0, 0, 0, hint});
    }
    bool checkText();
    bool parseFirstDocument(YamlTreeBuilder &builder, qsizetype &secondDocument, const QByteArray &parsed);
    void reportTooDeep(qsizetype offset);
    void reportTooManyNodes(qsizetype offset);
    void reportTabs(const QList<qsizetype> &tabs, bool parsed);
    void reportAliases(const YamlTreeBuilder &builder);
    void reportDuplicateKeys();
    void reportDuplicateKey(qint32 key, qint32 first);

    static constexpr int MaxDuplicatesReported = 200;
    YamlDocumentData &m_d;
    int m_duplicates = 0;
};

void YamlParse::run()
{
    if (!checkText())
        return;
    const YamlSourceScanner scanner(m_d.text, m_d.lines);
    // yaml-cpp queues all tokens of a line that opens a flow collection before it parses any of
    // them, so a long line of brackets is refused here, before it costs gigabytes. The pre-scan
    // counts flow nesting only; nesting that includes block levels is caught while parsing.
    const auto pre = scanner.preScan(m_d.limits.maxDepth, m_d.limits.maxNodes);
    if (pre.tooDeepAt >= 0)
        return reportTooDeep(pre.tooDeepAt);
    if (pre.tooManyAt >= 0)
        return reportTooManyNodes(pre.tooManyAt);
    const QList<qsizetype> tabs = scanner.tabIndentations();

    YamlTreeBuilder builder(m_d, m_d.lines.bomLength());
    qsizetype secondDocument = -1;
    // Same length as m_d.text, so every mark yaml-cpp reports still indexes the original bytes.
    const QByteArray parsed = YamlAnchorNames::asLibyamlReadsThem(m_d.text, pre.properties);
    if (!parseFirstDocument(builder, secondDocument, parsed)) {
        m_d.nodes.clear();
        m_d.children.clear();
        return reportTabs(tabs, false);
    }
    if (m_d.nodes.empty()) {
        // An empty stream (nothing but comments, perhaps) is an empty document.
        YamlNodeData &root = m_d.nodes.emplace_back();
        root.type = YamlNode::Type::Null;
        root.start = root.end = root.mark = m_d.lines.bomLength();
        root.subtreeEnd = 1;
    } else {
        const qsizetype end = secondDocument >= 0 ? secondDocument : m_d.text.size();
        // Token ends are looked up in what yaml-cpp read; anchor names in what the user wrote.
        const YamlSourceScanner parsedScanner(parsed, m_d.lines);
        YamlRangeResolver resolver(m_d, parsedScanner, builder.documentStart(), end,
                                   [&builder](qint32 node) { return builder.hasTagProperty(node); });
        resolver.run();
        for (const qint32 node : resolver.unterminated()) {
            addAt(
                Severity::Error, QStringLiteral("yaml.syntax"),
                QCoreApplication::translate("Lagoon::YamlDocument", "Not valid YAML: the quoted text is never closed"),
                m_d.nodes[size_t(node)].start);
        }
    }
    if (secondDocument >= 0) {
        addAt(Severity::Warning, QStringLiteral("yaml.multi-document"),
              QCoreApplication::translate("Lagoon::YamlDocument",
                                          "A second YAML document starts here; only the first one is read"),
              secondDocument,
              QCoreApplication::translate("Lagoon::YamlDocument",
                                          "Lagoon reads one document per file: remove the extra \"---\" and "
                                          "everything after it, or merge the documents."));
    }
    reportAliases(builder);
    reportDuplicateKeys();
    reportTabs(tabs, true);
}

bool YamlParse::checkText()
{
    const qsizetype limit = std::min<qsizetype>(m_d.limits.maxFileSize, INT_MAX);
    if (m_d.text.size() > limit) {
        const QLocale locale;
        addWholeFile(QStringLiteral("yaml.too-large"),
                     QCoreApplication::translate("Lagoon::YamlDocument",
                                                 "The file is %1, more than the %2 read as YAML; it was not read")
                         .arg(locale.formattedDataSize(m_d.text.size()), locale.formattedDataSize(limit)),
                     QCoreApplication::translate("Lagoon::YamlDocument",
                                                 "Lagoon configuration files are a few kilobytes; check that this "
                                                 "is the file you meant."));
        return false;
    }
    m_d.lines = YamlLineIndex(m_d.text);
    const qsizetype nul = m_d.text.indexOf('\0');
    if (nul >= 0) {
        addAt(Severity::Error, QStringLiteral("yaml.binary"),
              QCoreApplication::translate("Lagoon::YamlDocument",
                                          "The file contains binary data (a NUL byte), not YAML text"),
              nul,
              QCoreApplication::translate("Lagoon::YamlDocument",
                                          "YAML files are text; a NUL byte often means the file is UTF-16 "
                                          "encoded or not a YAML file at all."));
        return false;
    }
    const qsizetype invalid = invalidUtf8At(m_d.text);
    if (invalid >= 0) {
        add(Severity::Error, QStringLiteral("yaml.not-utf8"),
            QCoreApplication::translate("Lagoon::YamlDocument", "The file is not valid UTF-8 (byte 0x%1)")
                .arg(static_cast<unsigned char>(m_d.text.at(invalid)), 2, 16, QLatin1Char('0')),
            invalid, invalid + 1,
            QCoreApplication::translate("Lagoon::YamlDocument", "Save the file with UTF-8 encoding."));
        return false;
    }
    const qsizetype control = controlCharacterAt(m_d.text);
    if (control >= 0) {
        const auto b = static_cast<unsigned char>(m_d.text.at(control));
        const uint code = b == 0xC2 ? static_cast<unsigned char>(m_d.text.at(control + 1)) : b;
        addAt(Severity::Error, QStringLiteral("yaml.control-character"),
              QCoreApplication::translate("Lagoon::YamlDocument",
                                          "The file contains the control character U+%1, which YAML does not allow")
                  .arg(QStringLiteral("%1").arg(code, 4, 16, QLatin1Char('0')).toUpper()),
              control,
              QCoreApplication::translate("Lagoon::YamlDocument",
                                          "Remove it, or write it as an escape such as \\x%1 inside double quotes.")
                  .arg(code, 2, 16, QLatin1Char('0')));
        return false;
    }
    // A carriage return that is not part of CRLF is a line break of its own to YAML, and yaml-cpp
    // releases disagree on it (0.7 and 0.8 give different trees), so such files are refused.
    for (qsizetype i = m_d.text.indexOf('\r'); i >= 0; i = m_d.text.indexOf('\r', i + 1)) {
        if (i + 1 < m_d.text.size() && m_d.text.at(i + 1) == '\n')
            continue;
        addAt(Severity::Error, QStringLiteral("yaml.cr-line-break"),
              QCoreApplication::translate("Lagoon::YamlDocument",
                                          "The file uses a lone carriage return (CR) as a line break"),
              i,
              QCoreApplication::translate("Lagoon::YamlDocument",
                                          "Save the file with LF (or CRLF) line endings."));
        return false;
    }
    return true;
}

bool YamlParse::parseFirstDocument(YamlTreeBuilder &builder, qsizetype &secondDocument, const QByteArray &parsed)
{
    ByteArrayStreamBuf buffer(parsed);
    std::istream input(&buffer);
    const qsizetype bom = m_d.lines.bomLength();
    const qsizetype size = m_d.text.size();
    try {
        YAML::Parser parser(input);
        if (!parser.HandleNextDocument(builder))
            return true;
        try {
            SecondDocumentProbe probe;
            parser.HandleNextDocument(probe);
        } catch (const SecondDocumentProbe::Found &found) {
            secondDocument = YamlTreeBuilder::offsetOf(found.mark, bom, size);
        } catch (const YAML::Exception &e) {
            // Something that is not YAML follows the first document: still a second document.
            secondDocument = YamlTreeBuilder::offsetOf(e.mark, bom, size);
        }
        return true;
    } catch (const YamlTreeBuilder::LimitExceeded &e) {
        if (e.kind == YamlTreeBuilder::LimitExceeded::Kind::TooDeep)
            reportTooDeep(e.offset);
        else
            reportTooManyNodes(e.offset);
    } catch (const YAML::DeepRecursion &e) {
        reportTooDeep(YamlTreeBuilder::offsetOf(e.mark, bom, size));
    } catch (const YAML::Exception &e) {
        const qsizetype offset = YamlTreeBuilder::offsetOf(e.mark, bom, size);
        if (builder.documentEnded()) {
            // yaml-cpp looks at the next document's first token before it returns.
            secondDocument = offset;
            return true;
        }
        addAt(Severity::Error, QStringLiteral("yaml.syntax"),
              QCoreApplication::translate("Lagoon::YamlDocument", "Not valid YAML: %1")
                  .arg(QString::fromStdString(e.msg)),
              offset);
    }
    return false;
}

void YamlParse::reportTooDeep(qsizetype offset)
{
    addAt(Severity::Error, QStringLiteral("yaml.too-deep"),
          QCoreApplication::translate("Lagoon::YamlDocument", "Nested more than %1 levels deep; the file was not read")
              .arg(m_d.limits.maxDepth),
          offset,
          QCoreApplication::translate("Lagoon::YamlDocument",
                                      "Lagoon files need a handful of levels; this looks like generated or "
                                      "damaged YAML, such as brackets that are opened but never closed."));
}

void YamlParse::reportTooManyNodes(qsizetype offset)
{
    addAt(Severity::Error, QStringLiteral("yaml.too-large"),
          QCoreApplication::translate("Lagoon::YamlDocument", "More than %1 YAML values; the file was not read")
              .arg(m_d.limits.maxNodes),
          offset);
}

void YamlParse::reportAliases(const YamlTreeBuilder &builder)
{
    for (const qint32 alias : builder.cyclicAliases().first(std::min<qsizetype>(builder.cyclicAliases().size(), 200))) {
        const YamlNodeData &node = m_d.nodes[size_t(alias)];
        add(Severity::Error, QStringLiteral("yaml.alias-cycle"),
            QCoreApplication::translate("Lagoon::YamlDocument", "The alias *%1 is inside the node it refers to")
                .arg(m_d.anchors.value(alias)),
            node.start, node.end,
            QCoreApplication::translate("Lagoon::YamlDocument",
                                        "An alias can only repeat a node that is complete; this one would "
                                        "repeat itself forever."));
    }
    if (builder.aliasBomb() >= 0) {
        const YamlNodeData &node = m_d.nodes[size_t(builder.aliasBomb())];
        add(Severity::Error, QStringLiteral("yaml.alias-bomb"),
            QCoreApplication::translate("Lagoon::YamlDocument", "Expanding the aliases would make more than %1 values")
                .arg(m_d.limits.maxAliasExpansion),
            node.start, node.end,
            QCoreApplication::translate("Lagoon::YamlDocument",
                                        "Aliases of aliases multiply: each *alias repeats everything its anchor "
                                        "holds. This looks like an \"alias bomb\"."));
    }
}

void YamlParse::reportDuplicateKeys()
{
    // Most maps are small: a linear search beats hashing them.
    constexpr qint32 LinearLimit = 16;
    std::vector<std::pair<YamlKeyIdentity, qint32>> seen;
    QHash<YamlKeyIdentity, qint32> seenHash;
    for (const YamlNodeData &map : m_d.nodes) {
        if (map.type != YamlNode::Type::Map || map.has(YamlNodeData::Alias) || map.childCount < 4)
            continue;
        const bool linear = map.childCount / 2 <= LinearLimit;
        seen.clear();
        seenHash.clear();
        for (qint32 c = 0; c + 1 < map.childCount; c += 2) {
            const qint32 key = m_d.children[size_t(map.firstChild + c)];
            const YamlKeyIdentity identity = m_d.keyIdentity(key);
            if (!identity.isComparable())
                continue;
            qint32 first = -1;
            if (linear) {
                const auto it = std::find_if(seen.cbegin(), seen.cend(),
                                             [&](const auto &entry) { return entry.first == identity; });
                if (it == seen.cend())
                    seen.emplace_back(identity, key);
                else
                    first = it->second;
            } else {
                const auto it = seenHash.constFind(identity);
                if (it == seenHash.cend())
                    seenHash.insert(identity, key);
                else
                    first = *it;
            }
            // A generated file can repeat a key thousands of times; the first ones tell the story.
            if (first >= 0 && ++m_duplicates <= MaxDuplicatesReported)
                reportDuplicateKey(key, first);
        }
    }
}

void YamlParse::reportDuplicateKey(qint32 key, qint32 first)
{
    const YamlNodeData &node = m_d.nodes[size_t(key)];
    const Yaml::Position earlier = m_d.lines.position(m_d.nodes[size_t(first)].start);
    if (node.has(YamlNodeData::MergeKey)) {
        // The wording of gopkg.in/yaml.v3, which Lagoon's build uses for this check.
        add(Severity::Warning, QStringLiteral("yaml.duplicate-key"),
            QCoreApplication::translate("Lagoon::YamlDocument", "mapping key \"<<\" already defined at line %1")
                .arg(earlier.line),
            node.start, node.end,
            QCoreApplication::translate("Lagoon::YamlDocument",
                                        "Merge several maps with one key instead: <<: [*first, *second]. "
                                        "Lagoon's build warns about repeated merge keys."));
        return;
    }
    add(Severity::Warning, QStringLiteral("yaml.duplicate-key"),
        QCoreApplication::translate("Lagoon::YamlDocument",
                                    "Duplicate key \"%1\", already defined at line %2, column %3")
            .arg(m_d.nodes[size_t(m_d.resolve(key))].scalar)
            .arg(earlier.line)
            .arg(earlier.column),
        node.start, node.end,
        QCoreApplication::translate("Lagoon::YamlDocument",
                                    "YAML tools disagree about which of the values counts; remove one of them."));
}

void YamlParse::reportTabs(const QList<qsizetype> &tabs, bool parsed)
{
    if (tabs.isEmpty())
        return;
    // Lines inside multi-line scalars and flow collections may use tabs as separators.
    std::vector<int> inside;
    if (parsed) {
        inside.assign(size_t(m_d.lines.lineCount()) + 2, 0);
        for (const YamlNodeData &node : m_d.nodes) {
            const bool scalar = node.type == YamlNode::Type::Scalar || node.type == YamlNode::Type::Null;
            if (node.has(YamlNodeData::Alias) || !(scalar || node.has(YamlNodeData::Flow)))
                continue;
            const int first = m_d.lines.lineOf(node.start);
            const int last = m_d.lines.lineOf(node.end);
            if (last > first) {
                ++inside[size_t(first) + 1];
                --inside[size_t(last) + 1];
            }
        }
        for (size_t line = 1; line < inside.size(); ++line)
            inside[line] += inside[line - 1];
    }
    constexpr int MaxReported = 20;
    int reported = 0;
    for (const qsizetype tab : tabs) {
        const Yaml::Position at = m_d.lines.position(tab);
        if (parsed && inside[size_t(at.line)] > 0)
            continue;
        if (++reported > MaxReported)
            break;
        addAt(Severity::Error, QStringLiteral("yaml.tab-indent"),
              QCoreApplication::translate("Lagoon::YamlDocument", "A tab is used for indentation"), tab,
              QCoreApplication::translate("Lagoon::YamlDocument",
                                          "YAML indentation must be spaces; Lagoon's parser rejects tabs here."));
    }
}

} // namespace

YamlDocument::YamlDocument() = default;

YamlDocument::YamlDocument(std::shared_ptr<const YamlDocumentData> d) : m_d(std::move(d))
{
}

YamlDocument YamlDocument::parse(const QByteArray &text, const QString &fileName, const YamlLimits &limits)
{
    auto d = std::make_shared<YamlDocumentData>();
    d->text = text;
    d->fileName = fileName;
    d->limits = limits;
    try {
        YamlParse(*d).run();
    } catch (const std::bad_alloc &) {
        d->nodes.clear();
        d->children.clear();
        d->diagnostics.append(
            {Diagnostic::Severity::Error,
             QStringLiteral("yaml.too-large"),
             QCoreApplication::translate("Lagoon::YamlDocument", "Not enough memory to read this YAML file"),
             fileName,
             0,
             0,
             0,
             0,
             {}});
    } catch (...) {
        // Nothing may leave parse(); an unexpected failure is reported like a syntax error.
        d->nodes.clear();
        d->children.clear();
        d->diagnostics.append({Diagnostic::Severity::Error,
                               QStringLiteral("yaml.syntax"),
                               QCoreApplication::translate("Lagoon::YamlDocument", "The YAML parser failed"),
                               fileName,
                               0,
                               0,
                               0,
                               0,
                               {}});
    }
    // In the order of the text; equal positions keep the order they were found in.
    const Diagnostics found = d->diagnostics;
    std::vector<qsizetype> order(size_t(found.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&found](qsizetype a, qsizetype b) {
        return std::tuple(found[a].line, found[a].column, a) < std::tuple(found[b].line, found[b].column, b);
    });
    d->diagnostics.clear();
    for (const qsizetype i : order)
        d->diagnostics.append(found[i]);
    return YamlDocument(std::move(d));
}

bool YamlDocument::isValid() const
{
    return m_d && !m_d->nodes.empty() && !hasErrors(m_d->diagnostics);
}

YamlNode YamlDocument::root() const
{
    if (!m_d || m_d->nodes.empty())
        return {};
    return YamlNode(m_d, 0);
}

Diagnostics YamlDocument::diagnostics() const
{
    return m_d ? m_d->diagnostics : Diagnostics();
}

QByteArray YamlDocument::text() const
{
    return m_d ? m_d->text : QByteArray();
}

QString YamlDocument::fileName() const
{
    return m_d ? m_d->fileName : QString();
}

YamlLimits YamlDocument::limits() const
{
    return m_d ? m_d->limits : YamlLimits();
}

Yaml::Position YamlDocument::position(qsizetype offset) const
{
    return m_d ? m_d->lines.position(offset) : Yaml::Position();
}

} // namespace Lagoon
