// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/linenumberarea.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>

#include "widgets/editor/codeeditor.h"

namespace Lagoon {

LineNumberArea::LineNumberArea(CodeEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("lineNumberArea"));
    setCursor(Qt::ArrowCursor);
    setAccessibleName(tr("Line numbers"));
    setAccessibleDescription(tr("The line numbers, with a marker on each line that has a problem; "
                                "a marker's tool tip says what is wrong"));
}

QSize LineNumberArea::sizeHint() const
{
    return {m_editor->lineNumberAreaWidth(), 0};
}

bool LineNumberArea::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = m_editor->lineAtY(help->pos().y());
        const QString text = line > 0 ? m_editor->gutterToolTip(line) : QString();
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_editor->paintLineNumberArea(event);
}

void LineNumberArea::mousePressEvent(QMouseEvent *event)
{
    // A click on a line number selects that line, as in most code editors.
    const int line = m_editor->lineAtY(event->position().toPoint().y());
    if (line > 0 && event->button() == Qt::LeftButton)
        m_editor->selectLine(line);
    QWidget::mousePressEvent(event);
}

} // namespace Lagoon
