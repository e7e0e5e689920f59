// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Lagoon {

/** Comment toggling for YAML lines, as plain text logic (the editor applies the result as one undo step). */
class YamlComments final
{
public:
    /** True when every non-blank line starts (after indentation) with `#`; false when all are blank. */
    static bool allCommented(const QStringList &lines);

    /**
     * Comments or uncomments `lines`: when every non-blank line is commented, removes the `#` and
     * one following space from each; otherwise puts `# ` in front of every non-blank line at the
     * smallest indentation among them, so the block stays aligned and uncommenting restores it
     * exactly. Blank lines are returned unchanged.
     */
    static QStringList toggled(const QStringList &lines);
};

} // namespace Lagoon
