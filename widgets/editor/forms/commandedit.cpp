// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/commandedit.h"

#include <algorithm>

#include <QFontDatabase>

namespace Lagoon {

CommandEdit::CommandEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateGeometry(); });
}

QSize CommandEdit::sizeHint() const
{
    const int lines = std::clamp(static_cast<int>(document()->blockCount()), 2, 8);
    const int height =
        fontMetrics().lineSpacing() * lines + 2 * frameWidth() + static_cast<int>(2 * document()->documentMargin()) + 2;
    return {QPlainTextEdit::sizeHint().width(), height};
}

QSize CommandEdit::minimumSizeHint() const
{
    return {100, sizeHint().height()};
}

void CommandEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    Q_EMIT editingFinished();
}

} // namespace Lagoon
