// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <algorithm>

#include "core/yaml/yamltreebuilder_p.h"

namespace Lagoon {

namespace {

// Expanded sizes grow exponentially in an alias bomb; saturate far below overflow.
constexpr qint64 SizeCap = qint64(1) << 60;

qint64 saturatingAdd(qint64 a, qint64 b)
{
    return std::min(SizeCap, a + b);
}

} // namespace

YamlTreeBuilder::YamlTreeBuilder(YamlDocumentData &d, qsizetype bomLength) : m_d(d), m_bom(bomLength)
{
}

qsizetype YamlTreeBuilder::offsetOf(const YAML::Mark &mark, qsizetype bomLength, qsizetype size)
{
    if (mark.is_null() || mark.pos < 0)
        return bomLength;
    // yaml-cpp does not count the byte order mark it skipped.
    return std::min<qsizetype>(qsizetype(mark.pos) + bomLength, size);
}

void YamlTreeBuilder::OnDocumentStart(const YAML::Mark &mark)
{
    if (m_started)
        return;
    m_started = true;
    m_documentStart = offsetOf(mark, m_bom, m_d.text.size());
}

void YamlTreeBuilder::OnDocumentEnd()
{
    m_ended = true;
}

void YamlTreeBuilder::OnAnchor(const YAML::Mark &, const std::string &name)
{
    m_pendingAnchor = QString::fromStdString(name);
}

qint32 YamlTreeBuilder::addNode(YamlNode::Type type, const YAML::Mark &mark, YAML::anchor_t anchor,
                                const std::string &tag)
{
    if (qsizetype(m_d.nodes.size()) >= m_d.limits.maxNodes)
        throw LimitExceeded{LimitExceeded::Kind::TooManyNodes, offsetOf(mark, m_bom, m_d.text.size())};
    const auto index = qint32(m_d.nodes.size());
    YamlNodeData &node = m_d.nodes.emplace_back();
    node.type = type;
    node.mark = offsetOf(mark, m_bom, m_d.text.size());
    node.subtreeEnd = index + 1;
    if (!m_stack.empty()) {
        node.parent = m_stack.back().node;
        m_stack.back().children.push_back(index);
    }
    if (anchor != YAML::NullAnchor) {
        m_anchorNodes[anchor] = index;
        m_d.anchors.insert(index, m_pendingAnchor);
        m_pendingAnchor.clear();
    }
    // "?" and "!" are the non-specific tags yaml-cpp gives untagged nodes.
    if (!tag.empty() && tag != "?" && tag != "!")
        m_d.tags.insert(index, QString::fromStdString(tag));
    return index;
}

void YamlTreeBuilder::addLeafSize(qint32 node, qint64 size, bool anchored)
{
    m_expandedTotal = saturatingAdd(m_expandedTotal, size);
    if (!m_stack.empty())
        m_stack.back().expanded = saturatingAdd(m_stack.back().expanded, size);
    if (anchored)
        m_expandedSizes.insert(node, size);
}

void YamlTreeBuilder::OnNull(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    addLeafSize(addNode(YamlNode::Type::Null, mark, anchor, {}), 1, anchor != YAML::NullAnchor);
}

void YamlTreeBuilder::OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                               const std::string &value)
{
    const qint32 index = addNode(YamlNode::Type::Scalar, mark, anchor, tag);
    m_d.nodes[size_t(index)].scalar = QString::fromStdString(value);
    addLeafSize(index, 1, anchor != YAML::NullAnchor);
}

void YamlTreeBuilder::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    const qint32 index = addNode(YamlNode::Type::Invalid, mark, YAML::NullAnchor, {});
    YamlNodeData &node = m_d.nodes[size_t(index)];
    node.flags |= YamlNodeData::Alias;
    const auto target = m_anchorNodes.find(anchor);
    if (target == m_anchorNodes.end()) // yaml-cpp rejects unknown anchors before this
        return addLeafSize(index, 1, false);
    m_d.anchors.insert(index, m_d.anchors.value(target->second));
    const bool cyclic =
        std::any_of(m_stack.begin(), m_stack.end(), [&](const Frame &f) { return f.node == target->second; });
    if (cyclic) {
        m_cyclicAliases.append(index);
        return addLeafSize(index, 1, false);
    }
    node.aliasTarget = target->second;
    addLeafSize(index, m_expandedSizes.value(target->second, 1), false);
    if (m_aliasBomb < 0 && m_expandedTotal > m_d.limits.maxAliasExpansion)
        m_aliasBomb = index;
}

void YamlTreeBuilder::startCollection(YamlNode::Type type, const YAML::Mark &mark, const std::string &tag,
                                      YAML::anchor_t anchor, YAML::EmitterStyle::value style)
{
    if (qsizetype(m_stack.size()) >= m_d.limits.maxDepth)
        throw LimitExceeded{LimitExceeded::Kind::TooDeep, offsetOf(mark, m_bom, m_d.text.size())};
    const qint32 index = addNode(type, mark, anchor, tag);
    if (style == YAML::EmitterStyle::Flow)
        m_d.nodes[size_t(index)].flags |= YamlNodeData::Flow;
    // Collections get "?" when untagged, so anything else was written as a property.
    if (!tag.empty() && tag != "?")
        m_taggedCollections.insert(index);
    m_expandedTotal = saturatingAdd(m_expandedTotal, 1);
    m_stack.push_back(Frame{index, 1, {}});
}

void YamlTreeBuilder::endCollection()
{
    if (m_stack.empty())
        return;
    Frame frame = std::move(m_stack.back());
    m_stack.pop_back();
    YamlNodeData &node = m_d.nodes[size_t(frame.node)];
    node.firstChild = qint32(m_d.children.size());
    node.childCount = qint32(frame.children.size());
    node.subtreeEnd = qint32(m_d.nodes.size());
    m_d.children.insert(m_d.children.end(), frame.children.begin(), frame.children.end());
    if (m_d.anchors.contains(frame.node))
        m_expandedSizes.insert(frame.node, frame.expanded);
    if (!m_stack.empty())
        m_stack.back().expanded = saturatingAdd(m_stack.back().expanded, frame.expanded);
}

void YamlTreeBuilder::OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                                      YAML::EmitterStyle::value style)
{
    startCollection(YamlNode::Type::Sequence, mark, tag, anchor, style);
}

void YamlTreeBuilder::OnSequenceEnd()
{
    endCollection();
}

void YamlTreeBuilder::OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                                 YAML::EmitterStyle::value style)
{
    startCollection(YamlNode::Type::Map, mark, tag, anchor, style);
}

void YamlTreeBuilder::OnMapEnd()
{
    endCollection();
}

} // namespace Lagoon
