// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <algorithm>

#include <QByteArrayView>

#include "core/yaml/yamlrangeresolver_p.h"

namespace Lagoon {

using Type = YamlNode::Type;
using Style = YamlNode::ScalarStyle;

YamlRangeResolver::YamlRangeResolver(YamlDocumentData &d, const YamlSourceScanner &scanner, qsizetype documentStart,
                                     qsizetype documentEnd, std::function<bool(qint32)> hasTagProperty)
    : m_d(d), m_scan(scanner), m_documentStart(documentStart), m_documentEnd(documentEnd),
      m_hasTagProperty(std::move(hasTagProperty))
{
}

void YamlRangeResolver::run()
{
    m_cursor = m_documentStart;
    const auto count = qint32(m_d.nodes.size());
    for (qint32 i = 0; i < count; ++i) {
        while (!m_open.empty() && i >= m_d.nodes[size_t(m_open.back().node)].subtreeEnd) {
            const Open open = m_open.back();
            m_open.pop_back();
            finishCollection(open);
        }
        Role role = Role::Root;
        if (!m_open.empty()) {
            Open &parent = m_open.back();
            if (m_d.nodes[size_t(parent.node)].type == Type::Map)
                role = parent.seen % 2 == 0 ? Role::Key : Role::Value;
            else
                role = Role::Item;
            ++parent.seen;
        }
        const YamlNodeData &node = m_d.nodes[size_t(i)];
        if (!node.has(YamlNodeData::Alias) && (node.type == Type::Sequence || node.type == Type::Map))
            startCollection(i);
        else
            resolveLeaf(i, role);
    }
    while (!m_open.empty()) {
        const Open open = m_open.back();
        m_open.pop_back();
        finishCollection(open);
    }
}

int YamlRangeResolver::blockIndent() const
{
    for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
        if (!it->flow)
            return it->column;
    }
    return -1;
}

qsizetype YamlRangeResolver::boundAfter(qint32 index) const
{
    const auto next = size_t(index) + 1;
    if (next < m_d.nodes.size() && m_d.nodes[next].mark > m_d.nodes[size_t(index)].mark)
        return m_d.nodes[next].mark;
    return m_documentEnd;
}

void YamlRangeResolver::startCollection(qint32 index)
{
    YamlNodeData &node = m_d.nodes[size_t(index)];
    // Only the collection's own properties: a block map's first key may carry some too.
    const int ownProperties = (m_d.anchors.contains(index) ? 1 : 0) + (m_hasTagProperty(index) ? 1 : 0);
    const auto props = m_scan.skipProperties(node.mark, ownProperties);
    const qsizetype start = props.contentStart;
    noteNonSpecificTag(index, props);
    noteAnchorName(index, props.anchor);
    const bool flowStyle = node.has(YamlNodeData::Flow);
    const bool flow = flowStyle || inFlow();
    const char open = node.type == Type::Map ? '{' : '[';
    // A flow map without braces is a single pair inside a flow sequence: `[a: 1]`.
    const bool bracketed = flowStyle && m_scan.at(start) == open;
    node.start = start;
    m_cursor = bracketed ? start + 1 : start;
    m_open.push_back(Open{index, flow, bracketed, flow ? 0 : m_scan.byteColumn(start)});
}

void YamlRangeResolver::finishCollection(const Open &open)
{
    YamlNodeData &node = m_d.nodes[size_t(open.node)];
    qsizetype end = m_cursor;
    if (open.bracketed) {
        const qsizetype close = m_scan.closingBracket(m_cursor, node.type == Type::Map ? '}' : ']');
        if (close >= 0)
            end = close + 1;
    } else if (node.childCount == 0) {
        end = node.start;
    }
    node.end = std::clamp(end, node.start, m_scan.size());
    m_cursor = node.end;
}

void YamlRangeResolver::noteNonSpecificTag(qint32 index, const YamlSourceScanner::Properties &props)
{
    // yaml-cpp reports a written `!` like the implicit tag of quoted scalars; the source tells them apart.
    if (props.tag && !m_d.tags.contains(index))
        m_d.tags.insert(index, QStringLiteral("!"));
}

void YamlRangeResolver::noteAnchorName(qint32 index, qsizetype at)
{
    if (at < 0 || !m_d.anchors.contains(index) || (m_scan.at(at) != '&' && m_scan.at(at) != '*'))
        return;
    // Where YamlAnchorNames shortened `&name:` to `&nam :` for yaml-cpp, the name is the one written.
    qsizetype end = m_scan.anchorNameEnd(at + 1);
    if (end < m_d.text.size() && m_d.text.at(end) != m_scan.at(end))
        ++end;
    m_d.anchors.insert(index, QString::fromUtf8(m_d.text.mid(at + 1, end - at - 1)));
}

qsizetype YamlRangeResolver::emptyPosition(Role role) const
{
    const qsizetype q = m_scan.skipSeparation(m_cursor);
    const char c = m_scan.at(q);
    // An indicator on a later line belongs to this collection only at its indentation; one
    // further left closes it (`? ? a` then `: b` at column 0 is the outer key's value).
    const auto ours = [&] {
        if (inFlow() || m_open.empty())
            return true;
        return m_d.lines.lineStartOf(q) == m_d.lines.lineStartOf(m_cursor) ||
               m_scan.byteColumn(q) == m_open.back().column;
    };
    switch (role) {
    case Role::Value:
        if (c == ':' && ours())
            return q + 1;
        break;
    case Role::Item:
        if (c == '-' && !inFlow() && ours())
            return q + 1;
        break;
    case Role::Key:
        if (c == '?' && ours())
            return q + 1;
        if (c == ':' && ours())
            return q;
        break;
    case Role::Root:
        if (q + 3 <= m_scan.size() && (c == '-' && m_scan.at(q + 1) == '-' && m_scan.at(q + 2) == '-'))
            return q + 3;
        break;
    }
    return m_cursor;
}

void YamlRangeResolver::resolveLeaf(qint32 index, Role role)
{
    YamlNodeData &node = m_d.nodes[size_t(index)];
    qsizetype start = 0;
    qsizetype end = 0;
    if (node.has(YamlNodeData::Alias)) {
        start = node.mark;
        end = m_scan.at(start) == '*' ? m_scan.anchorNameEnd(start + 1) : start;
        if (end > start && end < m_d.text.size() && m_d.text.at(end) != m_scan.at(end))
            ++end; // the alias's last character was renamed away for yaml-cpp
        noteAnchorName(index, start);
    } else if (node.mark < m_cursor) {
        // yaml-cpp reports a missing value at its key's token: an empty value after the key.
        start = end = emptyPosition(role);
    } else {
        const auto props = m_scan.skipProperties(node.mark, 2);
        noteNonSpecificTag(index, props);
        noteAnchorName(index, props.anchor);
        const qsizetype s = props.contentStart;
        const qsizetype bound = boundAfter(index);
        // yaml-cpp reports some empty values where the next token starts; that token is not ours.
        const auto next = size_t(index) + 1;
        const bool takenByNext = next < m_d.nodes.size() && m_d.nodes[next].mark == s;
        const qsizetype empty = props.count > 0 ? props.end : -1;
        int indent = plainIndent();
        int parentIndent = blockIndent();
        // Properties where a simple key may start push an indentation level in yaml-cpp's scanner.
        if (props.count > 0 && !inFlow() && m_d.lines.lineStartOf(node.mark) == m_d.lines.lineStartOf(s) &&
            m_scan.simpleKeyAllowedAt(node.mark)) {
            const int column = m_scan.byteColumn(node.mark);
            if (column > parentIndent) {
                indent = column + 1;
                parentIndent = column;
            }
        }
        if (node.type == Type::Scalar) {
            const char c = m_scan.at(s);
            const bool quoted = c == '"' || c == '\'';
            const bool block = (c == '|' || c == '>') && !inFlow();
            if (!node.scalar.isEmpty() || ((quoted || block) && !takenByNext)) {
                start = s;
                if (quoted) {
                    end = m_scan.quotedScalarEnd(s);
                    if (end < 0) {
                        m_unterminated.append(index);
                        end = m_scan.size();
                    }
                    node.style = c == '"' ? Style::DoubleQuoted : Style::SingleQuoted;
                } else if (block) {
                    end = m_scan.blockScalarEnd(s, parentIndent);
                    node.style = c == '|' ? Style::Literal : Style::Folded;
                } else {
                    end = m_scan.plainScalarEnd(s, inFlow(), indent, bound);
                }
            } else {
                start = end = empty >= 0 ? empty : emptyPosition(role);
            }
        } else {
            const qsizetype length = takenByNext || s >= bound ? 0 : m_scan.nullTokenLength(s, inFlow(), indent, bound);
            if (length > 0) {
                start = s;
                end = s + length;
            } else {
                start = end = empty >= 0 ? empty : emptyPosition(role);
            }
        }
    }
    node.start = std::clamp<qsizetype>(start, 0, m_scan.size());
    node.end = std::clamp(end, node.start, m_scan.size());
    m_cursor = std::max(m_cursor, node.end);
    if (role == Role::Key && node.type == Type::Scalar && node.style == Style::Plain &&
        node.scalar == QLatin1StringView("<<") && !m_d.tags.contains(index))
        node.flags |= YamlNodeData::MergeKey;
}

} // namespace Lagoon
