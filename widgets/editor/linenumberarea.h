// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace Lagoon {

class CodeEditor;

/** The gutter left of the text: line numbers and diagnostic markers. The editor does the painting. */
class LineNumberArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineNumberArea)

public:
    explicit LineNumberArea(CodeEditor *editor);

    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    CodeEditor *m_editor;
};

} // namespace Lagoon
