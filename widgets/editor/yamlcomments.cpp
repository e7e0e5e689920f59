// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/yamlcomments.h"

#include <algorithm>
#include <climits>

#include "widgets/editor/yamlindentation.h"

namespace Lagoon {

bool YamlComments::allCommented(const QStringList &lines)
{
    bool any = false;
    for (const QString &line : lines) {
        if (YamlIndentation::isBlank(line))
            continue;
        any = true;
        if (line.at(YamlIndentation::indentOf(line)) != QLatin1Char('#'))
            return false;
    }
    return any;
}

QStringList YamlComments::toggled(const QStringList &lines)
{
    QStringList result;
    result.reserve(lines.size());
    if (allCommented(lines)) {
        for (const QString &line : lines) {
            if (YamlIndentation::isBlank(line)) {
                result.append(line);
                continue;
            }
            const int hash = YamlIndentation::indentOf(line);
            const bool space = hash + 1 < line.size() && line.at(hash + 1) == QLatin1Char(' ');
            result.append(line.left(hash) + line.mid(hash + (space ? 2 : 1)));
        }
        return result;
    }

    int column = INT_MAX;
    for (const QString &line : lines) {
        if (!YamlIndentation::isBlank(line))
            column = std::min(column, YamlIndentation::indentOf(line));
    }
    for (const QString &line : lines) {
        if (YamlIndentation::isBlank(line))
            result.append(line);
        else
            result.append(line.left(column) + QLatin1String("# ") + line.mid(column));
    }
    return result;
}

} // namespace Lagoon
