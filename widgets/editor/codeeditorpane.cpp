// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/codeeditorpane.h"

#include <QVBoxLayout>

#include "widgets/editor/codeeditor.h"
#include "widgets/editor/findreplacebar.h"

namespace Lagoon {

CodeEditorPane::CodeEditorPane(QWidget *parent)
    : QWidget(parent)
    , m_editor(new CodeEditor(this))
    , m_findBar(new FindReplaceBar(m_editor, this))
{
    setObjectName(QStringLiteral("codeEditorPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);

    connect(m_editor, &CodeEditor::findRequested, m_findBar, &FindReplaceBar::open);
    connect(m_editor, &CodeEditor::findNextRequested, m_findBar, [this](bool backwards) {
        if (m_findBar->findText().isEmpty()) {
            m_findBar->open(false);
            return;
        }
        if (!m_findBar->isVisible())
            m_findBar->show();
        if (backwards)
            m_findBar->findPrevious();
        else
            m_findBar->findNext();
    });
    connect(m_editor, &CodeEditor::escapePressed, m_findBar, [this] {
        if (m_findBar->isVisible())
            m_findBar->dismiss();
    });
}

} // namespace Lagoon
