// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPlainTextEdit>

namespace Lagoon {

/**
 * A few lines of monospaced text for a shell command (tasks and cronjobs). Like QLineEdit it
 * reports editingFinished when the user leaves it, so a form commits the command once, not on
 * every keystroke; Tab moves on instead of inserting a tab.
 */
class CommandEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandEdit)

public:
    explicit CommandEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace Lagoon
