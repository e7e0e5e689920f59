// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <vector>

#include <QList>

#include "core/yaml/yamldocumentdata_p.h"
#include "core/yaml/yamlsourcescanner_p.h"

namespace Lagoon {

/**
 * Gives every node of a freshly built tree its range and scalar style. yaml-cpp reports only
 * where a node starts (with its properties, and for empty values sometimes where the *next*
 * token starts), so this walks the nodes in document order with a cursor at the end of the
 * previous node and asks the scanner where each token ends. One pass, no recursion.
 */
class YamlRangeResolver final
{
public:
    /** `hasTagProperty` tells which collections were written with a tag (`!!map {…}`). */
    YamlRangeResolver(YamlDocumentData &d, const YamlSourceScanner &scanner, qsizetype documentStart,
                      qsizetype documentEnd, std::function<bool(qint32)> hasTagProperty);

    void run();

    /** Quoted scalars whose closing quote is missing (yaml-cpp let them run to the end). */
    const QList<qint32> &unterminated() const { return m_unterminated; }

private:
    enum class Role
    {
        Root,
        Key,
        Value,
        Item
    };
    struct Open
    {
        qint32 node;
        bool flow;
        bool bracketed;
        int column;
        qint32 seen = 0;
    };

    void startCollection(qint32 index);
    void finishCollection(const Open &open);
    void resolveLeaf(qint32 index, Role role);
    qsizetype emptyPosition(Role role) const;
    void noteNonSpecificTag(qint32 index, const YamlSourceScanner::Properties &props);
    void noteAnchorName(qint32 index, qsizetype at);
    bool inFlow() const { return !m_open.empty() && m_open.back().flow; }
    int blockIndent() const;
    int plainIndent() const { return inFlow() ? 0 : blockIndent() + 1; }
    qsizetype boundAfter(qint32 index) const;

    YamlDocumentData &m_d;
    const YamlSourceScanner &m_scan;
    qsizetype m_documentStart;
    qsizetype m_documentEnd;
    std::function<bool(qint32)> m_hasTagProperty;
    std::vector<Open> m_open;
    QList<qint32> m_unterminated;
    qsizetype m_cursor = 0;
};

} // namespace Lagoon
