// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace Lagoon {

class CodeEditor;
class FindReplaceBar;

/** The text view of one file: a CodeEditor with its find/replace bar underneath. */
class CodeEditorPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditorPane)

public:
    explicit CodeEditorPane(QWidget *parent = nullptr);

    CodeEditor *editor() const { return m_editor; }
    FindReplaceBar *findBar() const { return m_findBar; }

private:
    CodeEditor *m_editor;
    FindReplaceBar *m_findBar;
};

} // namespace Lagoon
