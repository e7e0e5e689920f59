// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "core/yaml/yamldocumentdata_p.h"

namespace Lagoon {

/**
 * Receives yaml-cpp's parser events for the first document and stores them as YamlNodeData in
 * document order, with yaml-cpp's start marks; YamlRangeResolver turns those into ranges later.
 * Enforces the depth and node limits by throwing LimitExceeded out of the parser (yaml-cpp is
 * exception-safe; YamlDocument catches it), and accounts for what expanding the aliases would cost.
 */
class YamlTreeBuilder final : public YAML::EventHandler
{
public:
    struct LimitExceeded
    {
        enum class Kind
        {
            TooDeep,
            TooManyNodes
        } kind;
        qsizetype offset;
    };

    YamlTreeBuilder(YamlDocumentData &d, qsizetype bomLength);

    void OnDocumentStart(const YAML::Mark &mark) override;
    void OnDocumentEnd() override;
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override;
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override;
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override;
    void OnAnchor(const YAML::Mark &mark, const std::string &name) override;

    bool documentEnded() const { return m_ended; }
    qsizetype documentStart() const { return m_documentStart; }
    /** Collections that carry an explicit tag property (`!!map {…}`), for skipping properties. */
    bool hasTagProperty(qint32 node) const { return m_taggedCollections.contains(node); }
    /** Aliases that refer to a node they are inside of: they resolve to nothing. */
    const QList<qint32> &cyclicAliases() const { return m_cyclicAliases; }
    /** The alias at which the fully expanded document first exceeded the limit, or -1. */
    qint32 aliasBomb() const { return m_aliasBomb; }

    /** Converts a yaml-cpp mark to a byte offset into the text. */
    static qsizetype offsetOf(const YAML::Mark &mark, qsizetype bomLength, qsizetype size);

private:
    struct Frame
    {
        qint32 node;
        qint64 expanded = 1;
        std::vector<qint32> children;
    };

    qint32 addNode(YamlNode::Type type, const YAML::Mark &mark, YAML::anchor_t anchor, const std::string &tag);
    void startCollection(YamlNode::Type type, const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style);
    void endCollection();
    void addLeafSize(qint32 node, qint64 size, bool anchored);

    YamlDocumentData &m_d;
    qsizetype m_bom = 0;
    bool m_started = false;
    bool m_ended = false;
    qsizetype m_documentStart = 0;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, qint32> m_anchorNodes;
    QHash<qint32, qint64> m_expandedSizes; // of anchored nodes
    QString m_pendingAnchor;
    QSet<qint32> m_taggedCollections;
    QList<qint32> m_cyclicAliases;
    qint32 m_aliasBomb = -1;
    qint64 m_expandedTotal = 0;
};

} // namespace Lagoon
