// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QTextCursor;

namespace Lagoon {

/**
 * The YAML-aware edits behind the editor's Enter, Tab, Shift+Tab, Backspace and Ctrl+/, applied
 * through a QTextCursor. Each is one undo step and leaves `cursor` where the user continues; the
 * text decisions themselves are YamlIndentation's and YamlComments'.
 */
class YamlEditCommands final
{
public:
    /**
     * Enter: breaks the line and indents the new one (see YamlIndentation::indentAfter). Spaces
     * around the break are dropped; in the indentation it opens an empty line above instead.
     */
    static void newline(QTextCursor &cursor, int step);

    /** Tab: spaces up to the next indentation stop, or indents all lines of a multi-line selection. */
    static void tab(QTextCursor &cursor, int step);

    /**
     * Indents (or dedents) the selected lines, or the cursor's line. Several lines move by one
     * common amount so their structure survives; a single line dedents to the previous stop.
     */
    static void shiftLines(QTextCursor &cursor, int step, bool dedent);

    /** Backspace in leading spaces: deletes back to the previous stop. False when it does not apply. */
    static bool backspace(QTextCursor &cursor, int step);

    /** Ctrl+/: YamlComments::toggled() on the selected lines (or the cursor's line), touching only what changes. */
    static void toggleComment(QTextCursor &cursor);
};

} // namespace Lagoon
